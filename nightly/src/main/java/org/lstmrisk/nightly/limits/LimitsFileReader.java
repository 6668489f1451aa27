package org.lstmrisk.nightly.limits;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.lstmrisk.io.DataInputException;
import org.lstmrisk.portfolio.limits.Limit;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a limits file (YAML, the format of DESIGN.md "Limits file") into {@link Limit}s, in file order:
 * <pre>
 * limits:
 *   - name: portfolio-var99
 *     metric: portfolio.var99
 *     limit: 0.03      # fraction, same units as the metric
 *     warn: 0.8        # optional, default 0.8; fraction of the limit in (0, 1]
 *     hard: true       # optional, default true
 *     scope: [AAPL]    # optional, position.* metrics only; default every ticker
 *     from: 2024-01-01 # optional, inclusive
 *     to: 2024-06-30   # optional, inclusive
 * </pre>
 * {@code limits: []} means no limits. Malformed YAML, a missing file, an unknown top-level or per-limit key, a
 * missing name/metric/limit, an unknown metric, a limit ≤ 0, a warn outside (0, 1], a duplicate name, a scope on
 * a portfolio metric, a malformed date or from after to is a {@link DataInputException} naming the file, the line
 * and the key. Tickers in a scope are not checked against the data here; {@code LimitChecker} does that. This
 * class is immutable and thread-safe.
 *
 * <p>Bounds: the file must be a regular file of at most {@link org.lstmrisk.io.InputFileCheck#MAX_YAML_BYTES}
 * bytes; a limit's name is at most 64 characters without control characters; scope tickers follow
 * {@link org.lstmrisk.io.TickerName}; YAML aliases ({@code *name}) are refused.
 */
public final class LimitsFileReader {

    private static final String LIMITS = "limits";

    private final YAMLFactory yaml = new YAMLFactory();

    /** A reader. */
    public LimitsFileReader() {
    }

    /** Reads {@code file} (UTF-8). */
    public List<Limit> read(Path file) throws DataInputException {
        if (file == null) {
            throw new IllegalArgumentException("file is null");
        }
        org.lstmrisk.io.InputFileCheck.check(file, org.lstmrisk.io.InputFileCheck.MAX_YAML_BYTES, "limits file");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             YAMLParser parser = yaml.createParser(reader)) {
            return read(new YamlTokens(parser, file));
        } catch (NoSuchFileException e) {
            throw new DataInputException(file, 0, "", "the limits file does not exist", e);
        } catch (JsonProcessingException e) {
            throw new DataInputException(file, syntaxErrorLine(e), "", "malformed YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DataInputException(file, 0, "", "cannot read the limits file: " + e, e);
        }
    }

    /**
     * The 1-based line of a YAML syntax error: where SnakeYAML found the problem (Jackson's own location is that of
     * the last good token, which for a stray tab is the line before), else Jackson's location, else 0.
     */
    private static long syntaxErrorLine(JsonProcessingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                return marked.getProblemMark().getLine() + 1L;
            }
        }
        JsonLocation where = e.getLocation();
        return where == null ? 0 : Math.max(where.getLineNr(), 0);
    }

    private static List<Limit> read(YamlTokens tokens) throws IOException, DataInputException {
        JsonToken token = tokens.next();
        if (token == null) {
            throw tokens.error(0, LIMITS, "the file is empty; it must have a 'limits:' list (limits: [] for none)");
        }
        if (token != JsonToken.START_OBJECT) {
            throw tokens.error(LIMITS, "the file must be a mapping with a 'limits:' list, not " + tokens.describe(token));
        }
        long rootLine = tokens.line();
        List<Limit> limits = null;
        while ((token = tokens.next()) != JsonToken.END_OBJECT) {
            String key = tokens.text();
            if (!LIMITS.equals(key)) {
                throw tokens.error(key, "unknown top-level key '" + key + "'; the only key is 'limits'");
            }
            if (limits != null) {
                throw tokens.error(key, "'limits' is given twice");
            }
            limits = limitList(tokens);
        }
        if (limits == null) {
            throw tokens.error(rootLine, LIMITS, "the file has no 'limits:' list (limits: [] for none)");
        }
        if (tokens.next() != null) {
            throw tokens.error("", "the file has more than one YAML document; a limits file has one");
        }
        return List.copyOf(limits);
    }

    private static List<Limit> limitList(YamlTokens tokens) throws IOException, DataInputException {
        JsonToken token = tokens.next();
        if (token != JsonToken.START_ARRAY) {
            throw tokens.error(LIMITS, "'limits' must be a list of limits (limits: [] for none), not "
                    + tokens.describe(token));
        }
        List<Limit> limits = new ArrayList<>();
        Map<String, Long> nameLines = new HashMap<>();
        while ((token = tokens.next()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                throw tokens.error(LIMITS, "each entry of 'limits' must be a mapping with name, metric and limit, not "
                        + tokens.describe(token));
            }
            LimitEntryReader.Entry entry = LimitEntryReader.read(tokens);
            String name = entry.limit().name();
            Long first = nameLines.putIfAbsent(name, entry.nameLine());
            if (first != null) {
                throw tokens.error(entry.nameLine(), "name", "duplicate limit name '" + name + "' (first on line "
                        + first + ")");
            }
            limits.add(entry.limit());
        }
        return limits;
    }
}
