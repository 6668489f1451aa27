package org.lstmrisk.report.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;

/**
 * The one JSON configuration of every file and listing this application writes (report.json, evaluation.json,
 * the history as JSON, the experiments' JSON): records are written field by field in record-component order,
 * doubles at full precision ({@link Double#toString}, non-finite values as the strings {@code "NaN"} and
 * {@code "Infinity"}), dates as ISO {@code YYYY-MM-DD}, instants as ISO-8601 UTC, null fields as {@code null}
 * unless a component says otherwise. Documents are indented by Jackson's default pretty printer and end with a
 * newline; values stored inside the history database are written on one line. Reading is lenient about keys it
 * does not know (more keys may come) and strict about types (no number as a string, except {@code "NaN"} and
 * {@code "Infinity"}). Stateless: its writers and readers are immutable.
 */
public final class JsonFormat {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    private static final ObjectWriter DOCUMENT = MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectWriter LINE = MAPPER.writer();
    private static final ObjectReader READER = MAPPER.reader();

    private JsonFormat() {
    }

    /** {@code value} as an indented JSON document ending with a newline, UTF-8. */
    public static byte[] document(Object value) {
        return documentText(value).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code value} as an indented JSON document ending with a newline. */
    public static String documentText(Object value) {
        try {
            return DOCUMENT.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** {@code value} as JSON on one line, without a trailing newline (for values stored in a database). */
    public static String line(Object value) {
        try {
            return LINE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The reader of this format, for reading JSON text back into the same records. */
    public static ObjectReader reader() {
        return READER;
    }
}
