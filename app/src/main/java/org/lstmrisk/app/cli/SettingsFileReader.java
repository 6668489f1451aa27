package org.lstmrisk.app.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.lstmrisk.io.DataInputException;

/**
 * Reads a YAML run configuration into {@link SettingsFile}. An unknown key, a value of the wrong type or a
 * malformed file is a {@link DataInputException} naming the file, line and key. YAML aliases ({@code *name}) are
 * refused (Jackson would read the alias's name as the value); the file must be a regular file of at most
 * {@link org.lstmrisk.io.InputFileCheck#MAX_YAML_BYTES} bytes. This class is immutable and thread-safe.
 */
public final class SettingsFileReader {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** Reads {@code file}. */
    public SettingsFile read(Path file) throws DataInputException {
        org.lstmrisk.io.InputFileCheck.check(file, org.lstmrisk.io.InputFileCheck.MAX_YAML_BYTES, "configuration file");
        try {
            if (Files.size(file) == 0) {
                return SettingsFile.EMPTY;
            }
            Map<String, Long> keyLines = topLevelKeyLines(file);
            try {
                SettingsFile s = yaml.readValue(file.toFile(), SettingsFile.class);
                return s == null ? SettingsFile.EMPTY : s;
            } catch (UnrecognizedPropertyException e) {
                throw new DataInputException(file, keyLines.getOrDefault(e.getPropertyName(), line(e.getLocation())),
                        e.getPropertyName(), "unknown key; known keys: " + new TreeSet<>(
                        e.getKnownPropertyIds().stream().map(String::valueOf).toList()));
            } catch (JsonMappingException e) {
                String field = e.getPath().isEmpty() ? "" : e.getPath().get(e.getPath().size() - 1).getFieldName();
                throw new DataInputException(file, keyLines.getOrDefault(field, line(e.getLocation())), field,
                        e.getOriginalMessage(), e);
            }
        } catch (NoSuchFileException e) {
            throw new DataInputException(file, 0, "", "configuration file not found");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DataInputException(file, line(e.getLocation()), "", e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DataInputException(file, 0, "", "cannot read: " + e.getMessage(), e);
        }
    }

    /** The line of each top-level key; Jackson reports record errors at the end of the mapping instead. */
    private Map<String, Long> topLevelKeyLines(Path file) throws IOException, DataInputException {
        var lines = new HashMap<String, Long>();
        try (JsonParser p = yaml.getFactory().createParser(file.toFile())) {
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                }
                if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yp && yp.isCurrentAlias()) {
                    throw new DataInputException(file, p.currentTokenLocation().getLineNr(),
                            depth == 1 && p.currentName() != null ? p.currentName() : "",
                            "YAML aliases (*" + p.getText() + ") are not supported in a configuration file; "
                                    + "write the value out");
                }
                if (t == JsonToken.FIELD_NAME && depth == 1) {
                    lines.putIfAbsent(p.currentName(), (long) p.currentTokenLocation().getLineNr());
                }
            }
        }
        return lines;
    }

    private static long line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }
}
