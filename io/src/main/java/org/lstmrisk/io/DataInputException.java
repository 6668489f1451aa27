package org.lstmrisk.io;

import java.nio.file.Path;

/**
 * Bad input data: names the file, the 1-based line (0 when the problem is not on one line) and the field
 * (column name, or empty), and says what is wrong.
 */
public class DataInputException extends Exception {

    private final Path file;
    private final long line;
    private final String field;
    private final String reason;

    /** A problem at {@code file}, {@code line}, {@code field}. */
    public DataInputException(Path file, long line, String field, String reason) {
        super(format(file, line, field, reason));
        this.file = file;
        this.line = line;
        this.field = field == null ? "" : field;
        this.reason = reason;
    }

    /** A problem at {@code file}, {@code line}, {@code field}, caused by {@code cause}. */
    public DataInputException(Path file, long line, String field, String reason, Throwable cause) {
        this(file, line, field, reason);
        initCause(cause);
    }

    private static String format(Path file, long line, String field, String reason) {
        StringBuilder sb = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (field != null && !field.isEmpty()) {
            sb.append(", field '").append(field).append('\'');
        }
        // One line whatever the reason quotes from the file (a quoted cell may hold line breaks).
        return sb.append(": ").append(String.valueOf(reason).replaceAll("\\R", " ")).toString();
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** The 1-based line (the header is line 1), or 0. */
    public long line() {
        return line;
    }

    /** The field, or empty. */
    public String field() {
        return field;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }
}
