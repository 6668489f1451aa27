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
 *
 * <p>The layout that yfinance writes ({@code df.to_csv} of a {@code yf.download} frame) is recognised by its three
 * header rows: {@code Price,Close,High,...} (the column names), {@code Ticker,AAPL,AAPL,...} (the ticker of each
 * column) and {@code Date,,,...} (the index name, every other cell empty). The first column is then named
 * {@code Date}, {@link #columnTicker} gives each column's ticker, and the data rows start on the fourth record;
 * {@link #line} still gives the true line in the file. A column name may then appear once per ticker.
 */
final class CsvTable {

    private static final char SEPARATOR = ',';

    private final Path file;
    private final byte[] bytes;
    private final List<String> header;
    private final List<String[]> records;
    private final int[] recordLines;
    /** Records before the first data row: 1, or 3 in the yfinance layout. */
    private final int headerRecords;
    /** The ticker of each column in the yfinance layout (the first, the date column, is empty), else null. */
    private final List<String> columnTickers;

    private CsvTable(Path file, byte[] bytes, List<String> header, List<String[]> records, int[] recordLines,
                     int headerRecords, List<String> columnTickers) {
        this.file = file;
        this.bytes = bytes;
        this.header = header;
        this.records = records;
        this.recordLines = recordLines;
        this.headerRecords = headerRecords;
        this.columnTickers = columnTickers;
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
        List<String> tickers = yfinanceTickers(file, header, records);
        if (tickers != null) {
            header.set(0, "Date");
        }
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).isEmpty()) {
                throw new DataInputException(file, 1, "", "column " + (c + 1) + " has no name in the header");
            }
            for (int d = 0; d < c; d++) {
                if (header.get(c).equalsIgnoreCase(header.get(d))
                        && (tickers == null || tickers.get(c).equals(tickers.get(d)))) {
                    throw new DataInputException(file, 1, header.get(c), "column name appears twice in the header"
                            + (tickers == null ? "" : " for ticker " + tickers.get(c)));
                }
            }
        }
        return new CsvTable(file, bytes, List.copyOf(header), records.records(), recordLines,
                tickers == null ? 1 : 3, tickers);
    }

    /**
     * The column tickers when the file is in the yfinance layout (first cells {@code Price}, {@code Ticker},
     * {@code Date} on the first three records), else null.
     *
     * @throws DataInputException when the second record starts with {@code Ticker} but the layout is incomplete
     */
    private static List<String> yfinanceTickers(Path file, List<String> header, CsvLineScanner.Records records)
            throws DataInputException {
        List<String[]> r = records.records();
        if (!header.get(0).equalsIgnoreCase("Price") || r.size() < 2
                || !r.get(1)[0].trim().equalsIgnoreCase("Ticker")) {
            return null;
        }
        int[] lines = records.lines();
        if (r.size() < 3 || !r.get(2)[0].trim().equalsIgnoreCase("Date")) {
            throw new DataInputException(file, r.size() < 3 ? lines[1] : lines[2], "", "the yfinance layout "
                    + "(Price / Ticker / Date header rows) needs a third header row starting with 'Date'");
        }
        for (int c = 1; c < r.get(2).length; c++) {
            if (!r.get(2)[c].trim().isEmpty()) {
                throw new DataInputException(file, lines[2], header.get(c), "the 'Date' header row of the yfinance "
                        + "layout must have empty cells after 'Date', found '" + r.get(2)[c].trim() + "'");
            }
        }
        List<String> tickers = new ArrayList<>();
        tickers.add("");
        for (int c = 1; c < r.get(1).length; c++) {
            String t = r.get(1)[c].trim();
            if (t.isEmpty()) {
                throw new DataInputException(file, lines[1], header.get(c), "the 'Ticker' header row of the "
                        + "yfinance layout names no ticker for column " + (c + 1));
            }
            tickers.add(t);
        }
        return List.copyOf(tickers);
    }

    /** True for the yfinance layout (three header rows, a ticker per column). */
    boolean multiHeader() {
        return columnTickers != null;
    }

    /** The ticker of column {@code column} in the yfinance layout; empty for the date column or other layouts. */
    String columnTicker(int column) {
        return columnTickers == null ? "" : columnTickers.get(column);
    }

    /** The distinct column tickers of the yfinance layout in first-seen order; empty for other layouts. */
    List<String> columnTickers() {
        return columnTickers == null ? List.of() : columnTickers.stream().skip(1).distinct().toList();
    }

    /** The line of the yfinance 'Ticker' header row (2 unless blank lines precede it), or 0. */
    int tickerRowLine() {
        return columnTickers == null ? 0 : recordLines[1];
    }

    /** The file. */
    Path file() {
        return file;
    }

    /** The file and its raw bytes (not copied; callers must not modify), without the parsed records. */
    FileBytes content() {
        return new FileBytes(file, bytes);
    }

    /** Column names as written in the header, trimmed. */
    List<String> header() {
        return header;
    }

    /** Index of the column named {@code name} ignoring case, or -1. */
    int column(String name) {
        return column(name, null);
    }

    /**
     * Index of the column named {@code name} ignoring case whose yfinance ticker is {@code ticker} (any ticker when
     * {@code ticker} is null, and the date column whatever the ticker), or -1.
     */
    int column(String name, String ticker) {
        for (int c = 0; c < header.size(); c++) {
            if (ticker != null && c > 0 && columnTickers != null && !columnTickers.get(c).equals(ticker)) {
                continue;
            }
            if (header.get(c).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return -1;
    }

    /** Number of data rows (records after the header). */
    int rowCount() {
        return recordLines.length - headerRecords;
    }

    /** The line of the first data row (2, or 4 in the yfinance layout, plus blank lines). */
    int firstDataLine() {
        return recordLines.length > headerRecords ? recordLines[headerRecords]
                : recordLines[recordLines.length - 1] + 1;
    }

    /** The 1-based line on which data row {@code row} (0-based, the first after the header) starts. */
    int line(int row) {
        return recordLines[row + headerRecords];
    }

    /** The trimmed text of a cell of data row {@code row}; an empty cell is {@code ""}. */
    String cell(int row, int column) {
        return records.get(row + headerRecords)[column].trim();
    }

    /** A problem in data row {@code row}, column {@code column}. */
    DataInputException error(int row, int column, String reason) {
        return new DataInputException(file, line(row), header.get(column), reason);
    }
}
