package org.lstmrisk.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One CSV file, read from disk once and split into records once by {@link CsvLineScanner}: comma-separated,
 * {@code "} quotes, no comment lines, every cell kept as text (nothing guessed, nothing treated as missing, so that
 * the callers parse and report every cell). Keeps the file's bytes (for the fingerprint) and the 1-based line of
 * each record (the header is line 1). Column names and cells are returned trimmed.
 */
final class CsvTable {

    private static final char SEPARATOR = ',';

    private final Path file;
    private final byte[] bytes;
    private final List<String> header;
    private final List<String[]> records;
    private final int[] recordLines;

    private CsvTable(Path file, byte[] bytes, List<String> header, List<String[]> records, int[] recordLines) {
        this.file = file;
        this.bytes = bytes;
        this.header = header;
        this.records = records;
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
        List<String> header = new ArrayList<>();
        for (String name : records.records().get(0)) {
            header.add(name.replace("\uFEFF", "").trim());
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
        return new CsvTable(file, bytes, List.copyOf(header), records.records(), recordLines);
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
        return records.get(row + 1)[column].trim();
    }

    /** A problem in data row {@code row}, column {@code column}. */
    DataInputException error(int row, int column, String reason) {
        return new DataInputException(file, line(row), header.get(column), reason);
    }
}
