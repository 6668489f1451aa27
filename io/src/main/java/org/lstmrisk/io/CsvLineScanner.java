package org.lstmrisk.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a CSV file into records in one pass over its text, keeping the 1-based line on which each record starts
 * and checking that every record has as many fields as the header. Quoting is RFC 4180: a field that starts with
 * {@code "} (after optional spaces) is quoted, {@code ""} inside it is a quote, separators and line breaks inside
 * quotes belong to the field; characters after the closing quote are kept as written. Lines end with {@code \n},
 * {@code \r\n} or {@code \r}. Blank lines (empty or only spaces and tabs) are skipped, so a record keeps its true
 * line number in the file even after blank lines or multi-line quoted fields. A leading UTF-8 byte-order mark is
 * ignored; bytes that are not UTF-8 become U+FFFD. A field longer than {@link InputFileCheck#MAX_CSV_FIELD_CHARS}
 * characters is refused with its line, so that a broken file cannot cost minutes.
 */
final class CsvLineScanner {

    private CsvLineScanner() {
    }

    /**
     * The records of a file.
     *
     * @param lines   the 1-based start line of every record, the header first
     * @param records the fields of every record as written (unquoted, not trimmed), the header first
     */
    record Records(int[] lines, List<String[]> records) {
    }

    /**
     * Splits {@code bytes}, the content of {@code file}.
     *
     * @throws DataInputException for a ragged row, an unterminated quote or a field over the bound
     */
    static Records scan(Path file, byte[] bytes, char separator) throws DataInputException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String[]> records = new ArrayList<>();
        int[] lines = new int[64];
        int headerFields = -1;
        int line = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int n = text.length();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (i < n) {
            // skip a blank line
            int j = i;
            while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            if (j == n) {
                break;
            }
            if (text.charAt(j) == '\n' || text.charAt(j) == '\r') {
                i = endOfLineBreak(text, j);
                line++;
                continue;
            }
            // one record
            int recordLine = line;
            fields.clear();
            field.setLength(0);
            boolean fieldStart = true;
            boolean quoted = false;
            int quoteLine = line;
            while (i < n) {
                checkFieldLength(file, recordLine, fields.size() + 1, field);
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        quoted = false;
                        i++;
                    } else if (c == '\n' || c == '\r') {
                        int next = endOfLineBreak(text, i);
                        field.append(text, i, next);
                        i = next;
                        line++;
                    } else {
                        field.append(c);
                        i++;
                    }
                } else if (c == '\n' || c == '\r') {
                    break;
                } else if (c == separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                    i++;
                } else if (fieldStart && c == '"') {
                    quoted = true;
                    quoteLine = line;
                    fieldStart = false;
                    field.setLength(0);
                    i++;
                } else if (fieldStart && c != ' ' && c != '\t') {
                    // an unquoted field: everything up to the next separator or line break, copied at once
                    int end = i + 1;
                    while (end < n) {
                        char d = text.charAt(end);
                        if (d == separator || d == '\n' || d == '\r') {
                            break;
                        }
                        end++;
                    }
                    field.append(text, i, end);
                    fieldStart = false;
                    i = end;
                } else {
                    if (c != ' ' && c != '\t') {
                        fieldStart = false;
                    }
                    field.append(c);
                    i++;
                }
            }
            if (quoted) {
                throw new DataInputException(file, quoteLine, "",
                        "a quoted field is not closed before the end of the file");
            }
            checkFieldLength(file, recordLine, fields.size() + 1, field);
            fields.add(field.toString());
            if (headerFields < 0) {
                headerFields = fields.size();
            } else if (fields.size() != headerFields) {
                throw new DataInputException(file, recordLine, "", "ragged row: " + fields.size()
                        + " fields, but the header has " + headerFields);
            }
            if (records.size() == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            lines[records.size()] = recordLine;
            records.add(fields.toArray(String[]::new));
            if (i < n) {
                i = endOfLineBreak(text, i);
                line++;
            }
        }
        return new Records(Arrays.copyOf(lines, records.size()), records);
    }

    private static void checkFieldLength(Path file, int line, int fieldNumber, StringBuilder field)
            throws DataInputException {
        if (field.length() > InputFileCheck.MAX_CSV_FIELD_CHARS) {
            throw new DataInputException(file, line, "", "field " + fieldNumber + " is longer than "
                    + InputFileCheck.MAX_CSV_FIELD_CHARS + " characters; refusing to read it");
        }
    }

    /** Index after the line break at {@code i}: {@code \n}, {@code \r\n} or {@code \r}. */
    private static int endOfLineBreak(String s, int i) {
        if (s.charAt(i) == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            return i + 2;
        }
        return i + 1;
    }
}
