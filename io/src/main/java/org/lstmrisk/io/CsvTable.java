package org.lstmrisk.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * One CSV file read by Tablesaw with explicit options: comma-separated, {@code "} quotes, no comment lines,
 * every column as STRING (nothing guessed, and nothing but an empty cell treated as missing, so that the
 * callers parse and report every cell). The header is read as a record too, so column names are kept exactly
 * as written. Keeps the file's bytes and the 1-based line of each record (the header is line 1), found by
 * {@link CsvLineScanner} and cross-checked against Tablesaw's record count. Cells are returned trimmed.
 */
final class CsvTable {

    private static final char SEPARATOR = ',';

    private final Path file;
    private final byte[] bytes;
    private final List<String> header;
    private final StringColumn[] columns;
    private final int[] recordLines;

    private CsvTable(Path file, byte[] bytes, List<String> header, StringColumn[] columns, int[] recordLines) {
        this.file = file;
        this.bytes = bytes;
        this.header = header;
        this.columns = columns;
        this.recordLines = recordLines;
    }

    /**
     * Reads {@code file}.
     *
     * @throws DataInputException when the file is missing, unreadable, empty, ragged or not parseable
     */
    static CsvTable read(Path file) throws DataInputException {
        if (!Files.exists(file)) {
            throw new DataInputException(file, 0, "", "file does not exist");
        }
        InputFileCheck.check(file, InputFileCheck.MAX_CSV_BYTES, "CSV file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataInputException(file, 0, "", "file does not exist", e);
        } catch (IOException e) {
            throw new DataInputException(file, 0, "", "cannot read the file: " + e, e);
        }
        CsvLineScanner.Records records = CsvLineScanner.scan(file, bytes, SEPARATOR);
        int[] recordLines = records.lines();
        if (recordLines.length == 0) {
            throw new DataInputException(file, 1, "", "the file is empty, expected a header line");
        }
        Table table;
        try {
            CsvReadOptions options = CsvReadOptions
                    .builder(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))
                    .tableName(String.valueOf(file.getFileName()))
                    .header(false)
                    .separator(SEPARATOR)
                    .quoteChar('"')
                    .commentPrefix('\0')
                    .columnTypes(stringTypes(records.fields()))
                    .missingValueIndicator("")
                    .sample(false)
                    .build();
            table = Table.read().usingOptions(options);
        } catch (RuntimeException e) {
            throw new DataInputException(file, 0, "", "the CSV cannot be parsed: " + e.getMessage(), e);
        }
        if (table.rowCount() != recordLines.length) {
            throw new DataInputException(file, 0, "", "Tablesaw read " + table.rowCount() + " records but the file has "
                    + recordLines.length + " non-blank records; refusing to guess line numbers");
        }
        List<String> header = new ArrayList<>();
        StringColumn[] columns = new StringColumn[table.columnCount()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = table.stringColumn(c);
            String name = columns[c].get(0);
            header.add(name == null ? "" : name.replace("\uFEFF", "").trim());
        }
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).isEmpty()) {
                throw new DataInputException(file, 1, "", "column " + (c + 1) + " has no name in the header");
            }
            for (int d = 0; d < c; d++) {
                if (header.get(c).equalsIgnoreCase(header.get(d))) {
                    throw new DataInputException(file, 1, header.get(c), "column name appears twice in the header");
                }
            }
        }
        return new CsvTable(file, bytes, List.copyOf(header), columns, recordLines);
    }

    /** One STRING type per column: given explicitly, so that Tablesaw runs no type detection at all. */
    private static ColumnType[] stringTypes(int columns) {
        ColumnType[] types = new ColumnType[columns];
        java.util.Arrays.fill(types, ColumnType.STRING);
        return types;
    }

    /** The file. */
    Path file() {
        return file;
    }

    /** The raw bytes of the file (not copied; callers must not modify). */
    byte[] bytes() {
        return bytes;
    }

    /** Column names as written in the header, trimmed. */
    List<String> header() {
        return header;
    }

    /** Index of the column named {@code name} ignoring case, or -1. */
    int column(String name) {
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return -1;
    }

    /** Number of data rows (records after the header). */
    int rowCount() {
        return recordLines.length - 1;
    }

    /** The 1-based line on which data row {@code row} (0-based, the first after the header) starts. */
    int line(int row) {
        return recordLines[row + 1];
    }

    /** The trimmed text of a cell of data row {@code row}; an empty cell is {@code ""}. */
    String cell(int row, int column) {
        String s = columns[column].get(row + 1);
        return s == null ? "" : s.trim();
    }

    /** A problem in data row {@code row}, column {@code column}. */
    DataInputException error(int row, int column, String reason) {
        return new DataInputException(file, line(row), header.get(column), reason);
    }
}
