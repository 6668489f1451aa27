package org.lstmrisk.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads daily prices from one of:
 * <ul>
 *   <li>a folder of per-ticker CSV files ({@code AAPL.csv} → ticker {@code AAPL}) in the Yahoo layout
 *       {@code Date,Open,High,Low,Close,Adj Close,Volume}, or without {@code Adj Close};</li>
 *   <li>one such file (the ticker is the file name without extension, upper case);</li>
 *   <li>one long-format file with a {@code ticker} column ({@code date,ticker,open,high,low,close,adj close,volume};
 *       header names are case-insensitive; only date, ticker and close are required).</li>
 * </ul>
 * Dates are ISO {@code yyyy-MM-dd} or {@code dd-MM-yy} (as in the shipped S&amp;P 500 file; the two-digit year
 * is read as 20yy, so 2000-2099 only; both parsed strictly); one pattern per file, chosen from the first data
 * row, every other row must match it. Open, high and low are optional but all-or-none; adjusted close
 * ({@code Adj Close}) and volume are optional. With an adjusted close, close := adjusted close and open, high,
 * low are scaled by adjusted close / close (see {@code PriceSeries}). Every row is checked: a missing
 * or non-numeric or non-positive price, an empty or {@code null} cell, a duplicate or out-of-order or
 * unparseable date, a negative volume, high below low or open/close outside [low, high] (beyond a relative
 * 1e-6), or a ragged row is a {@link DataInputException} naming file, line (1-based, the header is line 1,
 * blank lines counted) and field, except what the {@link DataPolicy} accepts: rows whose every value field is
 * {@code null} (skipped by default) and suspension rows (zero volume, open = high = low = close = previous
 * close; dropped by default), each counted in {@link TickerCoverage}. Nothing is dropped silently. The yfinance layout
 * (three header rows {@code Price} / {@code Ticker} / {@code Date}, see {@link CsvTable}) is recognised in any of
 * these files; its tickers come from the {@code Ticker} row. Tickers are then aligned on the common calendar
 * under the {@link GapPolicy}, in alphabetical order, and each keeps its own trading days
 * ({@link LoadedPrices#tradingDays}); a ticker found in two files is refused. In a folder,
 * every regular file whose name ends in {@code .csv} (any case) is read, other files are ignored; files are
 * parsed in parallel, and when several are bad the first in file-name order is reported. Each file is read from
 * disk once and split into records once; the fingerprint is SHA-256 over those same bytes: each file's name, a
 * zero byte, its length (8 bytes, big-endian) and its bytes, in file-name order.
 *
 * <p>Untrusted names and sizes: every ticker, from a {@code ticker} cell or from a file name, must satisfy
 * {@link TickerName} (1 to 32 letters, digits and {@code . - _ ^ =}; no separators, no {@code ..}, no control
 * characters), since it becomes a file name in the state folder; a file must be a regular file of at most
 * {@link InputFileCheck#MAX_CSV_BYTES} bytes (a FIFO or a device is refused before it is read), and a cell at most
 * {@link InputFileCheck#MAX_CSV_FIELD_CHARS} characters. This class is immutable and thread-safe.
 */
public final class PriceDataReader {

    /** A reader with {@link GapPolicy#DEFAULT}. */
    public static final PriceDataReader DEFAULT = new PriceDataReader(GapPolicy.DEFAULT);

    private final DataPolicy policy;

    /** A reader that treats gaps by {@code gapPolicy} and everything else by {@link DataPolicy#DEFAULT}. */
    public PriceDataReader(GapPolicy gapPolicy) {
        this(DataPolicy.DEFAULT.withGaps(java.util.Objects.requireNonNull(gapPolicy, "gapPolicy")));
    }

    /** A reader under {@code policy}. */
    public PriceDataReader(DataPolicy policy) {
        this.policy = java.util.Objects.requireNonNull(policy, "policy");
    }

    /**
     * Reads a folder or a file.
     *
     * @throws DataInputException when the path does not exist, holds no CSV file, any row is bad, a ticker is in
     *                            two files, or a gap is longer than the gap policy allows
     */
    public LoadedPrices read(Path path) throws DataInputException {
        List<Path> files = inputFiles(path);
        // Files are parsed in parallel (one task per file); errors are reported for the first bad file in name order.
        List<ParsedFile> parsed = (files.size() > 1 ? files.parallelStream() : files.stream())
                .map(f -> ParsedFile.of(f, policy)).toList();
        List<FileBytes> contents = new ArrayList<>(files.size());
        List<RawSeries> series = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (ParsedFile p : parsed) {
            if (p.error() != null) {
                throw p.error();
            }
            contents.add(p.content());
            for (RawSeries s : p.series()) {
                Path other = seen.putIfAbsent(s.ticker(), s.source());
                if (other != null) {
                    throw new DataInputException(s.source(), s.lines()[0], "", "ticker " + s.ticker()
                            + " was already read from " + other);
                }
                series.add(s);
            }
        }
        CalendarAligner.Result aligned = new CalendarAligner(policy.gaps(), policy.calendars()).align(series);
        return new LoadedPrices(aligned.history(), aligned.tradingDays(), aligned.coverage(),
                Fingerprints.ofFiles(contents), policy);
    }

    /** One file read and parsed, or the reason it could not be. */
    private record ParsedFile(FileBytes content, List<RawSeries> series, DataInputException error) {

        static ParsedFile of(Path file, DataPolicy policy) {
            try {
                CsvTable table = CsvTable.read(file);
                return new ParsedFile(table.content(), PriceFileParser.parse(table, policy), null);
            } catch (DataInputException e) {
                return new ParsedFile(null, List.of(), e);
            }
        }
    }

    /** The CSV files to read, sorted by file name. */
    private static List<Path> inputFiles(Path path) throws DataInputException {
        if (!Files.exists(path)) {
            throw new DataInputException(path, 0, "", "no such file or folder");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(path)) {
            for (Path p : dir) {
                if (Files.isRegularFile(p)
                        && String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new DataInputException(path, 0, "", "cannot list the folder: " + e, e);
        }
        if (files.isEmpty()) {
            throw new DataInputException(path, 0, "", "the folder holds no .csv file");
        }
        files.sort((a, b) -> String.valueOf(a.getFileName()).compareTo(String.valueOf(b.getFileName())));
        return files;
    }
}
