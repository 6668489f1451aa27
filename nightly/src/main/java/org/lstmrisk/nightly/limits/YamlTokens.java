package org.lstmrisk.nightly.limits;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.lstmrisk.io.DataInputException;

/**
 * A YAML token stream of one file with typed scalar reads; every problem becomes a {@link DataInputException} at
 * the line of the current token. Not thread-safe: one instance reads one file on one thread.
 */
final class YamlTokens {

    private final YAMLParser parser;
    private final Path file;

    YamlTokens(YAMLParser parser, Path file) {
        this.parser = parser;
        this.file = file;
    }

    /** Advances to the next token (null at the end of the stream); aliases are refused. */
    JsonToken next() throws IOException, DataInputException {
        JsonToken token = parser.nextToken();
        if (token != null && parser.isCurrentAlias()) {
            throw error("", "YAML aliases (*" + parser.getText() + ") are not supported in a limits file");
        }
        return token;
    }

    /** The current token. */
    JsonToken current() {
        return parser.currentToken();
    }

    /** The text of the current token (a key's name, a scalar's text as written). */
    String text() throws IOException {
        return parser.getText();
    }

    /** The 1-based line of the current token. */
    long line() {
        return parser.currentTokenLocation().getLineNr();
    }

    /** A problem at the current token. */
    DataInputException error(String field, String reason) {
        return error(line(), field, reason);
    }

    /** A problem at {@code line}. */
    DataInputException error(long line, String field, String reason) {
        return new DataInputException(file, line, field, reason);
    }

    /** The next token, which must be a scalar (string, number or boolean); its text as written. */
    String scalar(String field) throws IOException, DataInputException {
        JsonToken token = next();
        if (token == JsonToken.VALUE_NULL) {
            throw error(field, "'" + field + "' has no value");
        }
        if (token == null || !token.isScalarValue()) {
            throw error(field, "'" + field + "' must be a single value, not " + describe(token));
        }
        return text();
    }

    /** The next token, which must be a number. */
    double number(String field) throws IOException, DataInputException {
        String text = scalar(field);
        if (!current().isNumeric()) {
            throw error(field, "'" + field + "' must be a number (a fraction, e.g. 0.03 for 3 %), not '" + text + "'");
        }
        try {
            return parser.getDoubleValue();
        } catch (JsonProcessingException e) {
            // YAML's .inf and .nan are number tokens that Jackson cannot convert.
            throw error(field, "'" + field + "' must be a finite number, not '" + text + "'");
        }
    }

    /** The next token, which must be true or false. */
    boolean bool(String field) throws IOException, DataInputException {
        String text = scalar(field);
        JsonToken token = current();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw error(field, "'" + field + "' must be true or false, not '" + text + "'");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    /** The next token, which must be an ISO date YYYY-MM-DD. */
    LocalDate date(String field) throws IOException, DataInputException {
        String text = scalar(field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(field, "'" + field + "' must be an ISO date YYYY-MM-DD, not '" + text + "'");
        }
    }

    /**
     * The next token, which must be a list of scalars, e.g. {@code [AAPL, MSFT]}; their texts as written (so an
     * unquoted ticker such as NO or ON, which YAML reads as a boolean, keeps its name). Each entry's line is added
     * to {@code lines}.
     */
    List<String> scalarList(String field, List<Long> lines) throws IOException, DataInputException {
        JsonToken token = next();
        if (token != JsonToken.START_ARRAY) {
            throw error(field, "'" + field + "' must be a list such as [AAPL, MSFT], not " + describe(token));
        }
        List<String> values = new ArrayList<>();
        while ((token = next()) != JsonToken.END_ARRAY) {
            if (token == null || !token.isScalarValue() || token == JsonToken.VALUE_NULL) {
                throw error(field, "each entry of '" + field + "' must be a single value, not " + describe(token));
            }
            values.add(text());
            lines.add(line());
        }
        return values;
    }

    /** How a token reads in a message. */
    String describe(JsonToken token) throws IOException {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_NULL -> "nothing";
            default -> token.isScalarValue() ? "'" + text() + "'" : token.toString();
        };
    }
}
