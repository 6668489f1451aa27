package org.lstmrisk.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One CSV file the application writes, built row by row in memory: Apache Commons CSV's {@link CSVPrinter} with
 * {@link CSVFormat#DEFAULT} and {@code \n} line ends, so fields are quoted per RFC 4180 (a field with a comma, a
 * quote or a line break is quoted, quotes doubled; Commons CSV also quotes an empty first field and a field that
 * starts with a space, {@code !}, {@code "} or {@code #} or ends with a space, which a reader reads back the same).
 * Before quoting, every field goes through {@link #neutralised(String)}, so that no text runs as a spreadsheet
 * formula. The writers format their numbers themselves; a number such as {@code -0.25} is written as it is.
 * Not thread-safe: one instance builds one file on one thread.
 */
public final class CsvOutput {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?([eE][-+]?\\d+)?|Infinity|NaN)");

    private final StringBuilder text = new StringBuilder();
    private final CSVPrinter printer;

    /** An empty file. */
    public CsvOutput() {
        try {
            printer = new CSVPrinter(text, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
    }

    /** A file whose first row is {@code header}. */
    public static CsvOutput withHeader(List<String> header) {
        return new CsvOutput().row(header);
    }

    /** Appends one row; a {@code null} field is an empty field. */
    public CsvOutput row(List<String> fields) {
        try {
            printer.printRecord(fields.stream().map(CsvOutput::neutralised));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Appends one row; a {@code null} field is an empty field. */
    public CsvOutput row(String... fields) {
        return row(Arrays.asList(fields));
    }

    /** The file so far. */
    public String text() {
        return text.toString();
    }

    /** The file so far as UTF-8 bytes. */
    public byte[] utf8() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code field} as a spreadsheet shows it as text: when it starts with {@code = + - @} (or a tab or carriage
     * return) and is not a plain number, it gets a leading single quote ({@code =HYPERLINK(...)} becomes
     * {@code '=HYPERLINK(...)}); numbers such as {@code -0.25}, {@code 1.0E-4} or {@code -Infinity} and all other
     * text are returned as they are; {@code null} is the empty string.
     */
    public static String neutralised(String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        char first = field.charAt(0);
        if ((first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
                && !NUMBER.matcher(field).matches()) {
            return "'" + field;
        }
        return field;
    }
}
