package org.lstmrisk.io;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Finds the 1-based line on which each CSV record starts and checks that every record has as many fields as
 * the header, by a single pass over the bytes with the same quoting rules as Tablesaw's parser
 * (RFC 4180: a field that starts with {@code "} is quoted, {@code ""} inside it is a quote, line breaks inside
 * quotes belong to the field). Blank lines (empty or only spaces and tabs) are skipped, as Tablesaw skips them,
 * so a record keeps its true line number in the file even after blank lines or multi-line quoted fields. A field
 * longer than {@link InputFileCheck#MAX_CSV_FIELD_BYTES} bytes is refused with its line.
 */
final class CsvLineScanner {

    private CsvLineScanner() {
    }

    /**
     * Where the records of a file start.
     *
     * @param lines  the 1-based start line of every record, the header first
     * @param fields the number of fields of every record
     */
    record Records(int[] lines, int fields) {
    }

    /**
     * Scans {@code bytes}.
     *
     * @throws DataInputException for a ragged row or an unterminated quote
     */
    static Records scan(Path file, byte[] bytes, char separator) throws DataInputException {
        int[] lines = new int[64];
        int records = 0;
        int headerFields = -1;
        int line = 1;
        int i = startAfterBom(bytes);
        int n = bytes.length;
        while (i < n) {
            // skip a blank line
            int j = i;
            while (j < n && (bytes[j] == ' ' || bytes[j] == '\t')) {
                j++;
            }
            if (j == n) {
                break;
            }
            if (bytes[j] == '\n' || bytes[j] == '\r') {
                i = endOfLineBreak(bytes, j);
                line++;
                continue;
            }
            // one record
            int recordLine = line;
            int fields = 1;
            boolean fieldStart = true;
            boolean quoted = false;
            int quoteLine = line;
            int fieldBegin = i;
            while (i < n) {
                if (i - fieldBegin > InputFileCheck.MAX_CSV_FIELD_BYTES) {
                    throw new DataInputException(file, recordLine, "", "field " + fields + " is longer than "
                            + InputFileCheck.MAX_CSV_FIELD_BYTES + " bytes; refusing to read it (the bound keeps a broken file from costing minutes)");
                }
                byte b = bytes[i];
                if (quoted) {
                    if (b == '"') {
                        if (i + 1 < n && bytes[i + 1] == '"') {
                            i += 2;
                            continue;
                        }
                        quoted = false;
                    } else if (b == '\n' || b == '\r') {
                        i = endOfLineBreak(bytes, i);
                        line++;
                        continue;
                    }
                    i++;
                } else if (b == '\n' || b == '\r') {
                    break;
                } else if (b == separator) {
                    fields++;
                    fieldStart = true;
                    i++;
                    fieldBegin = i;
                } else if (fieldStart && b == '"') {
                    quoted = true;
                    quoteLine = line;
                    fieldStart = false;
                    i++;
                } else {
                    if (b != ' ' && b != '\t') {
                        fieldStart = false;
                    }
                    i++;
                }
            }
            if (quoted) {
                throw new DataInputException(file, quoteLine, "",
                        "a quoted field is not closed before the end of the file");
            }
            if (headerFields < 0) {
                headerFields = fields;
            } else if (fields != headerFields) {
                throw new DataInputException(file, recordLine, "", "ragged row: " + fields
                        + " fields, but the header has " + headerFields);
            }
            if (records == lines.length) {
                lines = Arrays.copyOf(lines, records * 2);
            }
            lines[records++] = recordLine;
            if (i < n) {
                i = endOfLineBreak(bytes, i);
                line++;
            }
        }
        return new Records(Arrays.copyOf(lines, records), Math.max(headerFields, 0));
    }

    private static int startAfterBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /** Index after the line break at {@code i}: {@code \n}, {@code \r\n} or {@code \r}. */
    private static int endOfLineBreak(byte[] b, int i) {
        if (b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
            return i + 2;
        }
        return i + 1;
    }
}
