package org.lstmrisk.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one price CSV into validated {@link RawSeries}, one per ticker: a per-ticker file (ticker = file name
 * stem, upper case), a long file with a {@code ticker} column, or a yfinance file (ticker = the {@code Ticker} header
 * row's value of the columns, upper case; several tickers side by side are read as several series). Header names are matched ignoring case.
 * Every cell that is used is parsed and checked here; the first bad one is a {@link DataInputException}.
 */
final class PriceFileParser {

    /** Relative tolerance for the open/high/low/close consistency checks. */
    static final double OHLC_TOLERANCE = 1e-6;

    private PriceFileParser() {
    }

    /** Parses {@code table} under {@link DataPolicy#DEFAULT}. */
    static List<RawSeries> parse(CsvTable table) throws DataInputException {
        return parse(table, DataPolicy.DEFAULT);
    }

    /**
     * Parses {@code table}: rows whose every value field is {@code null} and suspension rows are skipped,
     * dropped, kept or refused as {@code policy} says, and counted per ticker.
     */
    static List<RawSeries> parse(CsvTable table, DataPolicy policy) throws DataInputException {
        if (table.multiHeader()) {
            List<RawSeries> out = new ArrayList<>();
            for (String ticker : table.columnTickers()) {
                var problem = TickerName.problem(ticker);
                if (problem.isPresent()) {
                    throw new DataInputException(table.file(), table.tickerRowLine(), "Ticker", problem.get());
                }
                out.addAll(parse(table, Columns.find(table, ticker), ticker.toUpperCase(Locale.ROOT), policy));
            }
            return out;
        }
        Columns c = Columns.find(table, null);
        String fileTicker = fileStem(table);
        if (c.ticker < 0) {
            var problem = TickerName.problem(fileTicker);
            if (problem.isPresent()) {
                throw new DataInputException(table.file(), 0, "", "the file name gives the ticker, but "
                        + problem.get());
            }
        }
        return parse(table, c, fileTicker, policy);
    }

    private static List<RawSeries> parse(CsvTable table, Columns c, String fileTicker, DataPolicy policy)
            throws DataInputException {
        if (table.rowCount() == 0) {
            throw new DataInputException(table.file(), table.firstDataLine(), "", "no data rows after the header");
        }
        DatePattern pattern = choosePattern(table, c.date);
        String adjusted = c.adjClose >= 0 ? table.header().get(c.adjClose) : null;
        String priceColumn = c.adjClose >= 0 ? "Adj Close" : "Close";
        Map<String, Builder> byTicker = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            LocalDate date = date(table, row, c.date, pattern);
            String ticker = fileTicker;
            if (c.ticker >= 0) {
                ticker = table.cell(row, c.ticker).toUpperCase(Locale.ROOT);
                var problem = TickerName.problem(ticker);
                if (problem.isPresent()) {
                    throw table.error(row, c.ticker, problem.get());
                }
            }
            Builder b = byTicker.computeIfAbsent(ticker, t -> new Builder(c.open >= 0, c.volume >= 0));
            b.checkOrder(table, row, c.date, date);
            if (policy.missingRows() == DataPolicy.MissingRows.SKIP && c.allValuesMissing(table, row)) {
                b.skipped++;
                b.lastSeen(date, table.line(row));
                continue;
            }
            double close = price(table, row, c.close);
            double open = Double.NaN;
            double high = Double.NaN;
            double low = Double.NaN;
            if (c.open >= 0) {
                open = price(table, row, c.open);
                high = price(table, row, c.high);
                low = price(table, row, c.low);
                checkRange(table, row, c, open, high, low, close);
            }
            double volume = Double.NaN;
            if (c.volume >= 0) {
                volume = NumberCell.parse(table, row, c.volume);
                if (volume < 0) {
                    throw table.error(row, c.volume, "volume must not be negative, was " + table.cell(row, c.volume));
                }
            }
            // A suspension: no volume, and open, high, low and close all equal to the previous close (as written).
            boolean suspension = volume == 0 && b.n > 0 && close == b.lastRawClose
                    && (c.open < 0 || (open == close && high == close && low == close));
            double rawClose = close;
            if (adjusted != null) {
                double adjClose = price(table, row, c.adjClose);
                double factor = adjClose / close;
                // Scale by the day's factor; a value equal to the close stays equal to the adjusted close, so
                // rounding never moves a high below (or a low above) the close it touched.
                open = open == close ? adjClose : open * factor;
                high = high == close ? adjClose : high * factor;
                low = low == close ? adjClose : low * factor;
                close = adjClose;
            }
            if (suspension) {
                switch (policy.suspensions()) {
                    case STRICT -> throw table.error(row, c.volume, "zero volume with open = high = low = close = "
                            + "the previous close (a suspension row, or a holiday the vendor filled in); "
                            + "--suspensions drop or keep accepts it");
                    case DROP -> {
                        b.suspensions++;
                        b.lastSeen(date, table.line(row));
                        continue;
                    }
                    case KEEP -> b.suspensions++;
                }
            }
            b.add(date, table.line(row), open, high, low, close, volume);
            b.lastRawClose = rawClose;
        }
        List<RawSeries> out = new ArrayList<>(byTicker.size());
        String dateField = table.header().get(c.date);
        for (var e : byTicker.entrySet()) {
            if (e.getValue().n == 0) {
                throw new DataInputException(table.file(), e.getValue().lastLine, "", e.getKey() + " has no row "
                        + "with prices: every row was skipped (" + e.getValue().skipped + " null rows, "
                        + e.getValue().suspensions + " suspension rows)");
            }
            out.add(e.getValue().build(e.getKey(), table, dateField, priceColumn, policy));
        }
        return out;
    }

    /** The upper-cased file name without its extension. */
    static String fileStem(CsvTable table) {
        String name = String.valueOf(table.file().getFileName());
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).toUpperCase(Locale.ROOT);
    }

    private static DatePattern choosePattern(CsvTable table, int dateColumn) throws DataInputException {
        String first = table.cell(0, dateColumn);
        DatePattern p = DatePattern.of(first);
        if (p == null) {
            throw table.error(0, dateColumn, "unparseable date '" + first + "': expected " + DatePattern.ISO
                    + " or " + DatePattern.DAY_MONTH_YEAR2);
        }
        return p;
    }

    private static LocalDate date(CsvTable table, int row, int column, DatePattern pattern) throws DataInputException {
        String cell = table.cell(row, column);
        LocalDate d = pattern.parse(cell);
        if (d != null) {
            return d;
        }
        if (pattern.hasShape(cell)) {
            throw table.error(row, column, "'" + cell + "' is not a valid date (pattern " + pattern + ")");
        }
        DatePattern other = DatePattern.of(cell);
        if (other != null) {
            throw table.error(row, column, "date '" + cell + "' does not match the file's date pattern " + pattern
                    + " (chosen from line " + table.line(0) + ")");
        }
        throw table.error(row, column, "unparseable date '" + cell + "': expected the pattern " + pattern);
    }

    private static double price(CsvTable table, int row, int column) throws DataInputException {
        double v = NumberCell.parse(table, row, column);
        if (v <= 0) {
            throw table.error(row, column, "price must be positive, was " + table.cell(row, column));
        }
        return v;
    }

    private static void checkRange(CsvTable table, int row, Columns c, double open, double high, double low,
                                   double close) throws DataInputException {
        if (above(low, high)) {
            throw table.error(row, c.high, "high " + high + " is below low " + low);
        }
        if (above(open, high) || above(low, open)) {
            throw table.error(row, c.open, "open " + open + " is outside [low, high] = [" + low + ", " + high + "]");
        }
        if (above(close, high) || above(low, close)) {
            throw table.error(row, c.close, "close " + close + " is outside [low, high] = [" + low + ", " + high + "]");
        }
    }

    /** True when {@code a} exceeds {@code b} by more than the relative tolerance. */
    private static boolean above(double a, double b) {
        return a - b > OHLC_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    /** Column indices of one file, -1 when absent. */
    private record Columns(int date, int ticker, int open, int high, int low, int close, int adjClose, int volume) {

        static Columns find(CsvTable t, String ticker) throws DataInputException {
            int date = required(t, "Date", ticker);
            int close = required(t, "Close", ticker);
            int open = t.column("Open", ticker);
            int high = t.column("High", ticker);
            int low = t.column("Low", ticker);
            int present = (open >= 0 ? 1 : 0) + (high >= 0 ? 1 : 0) + (low >= 0 ? 1 : 0);
            if (present != 0 && present != 3) {
                String missing = open < 0 ? "Open" : high < 0 ? "High" : "Low";
                throw new DataInputException(t.file(), 1, missing, "Open, High and Low must be all present or all"
                        + " absent, but '" + missing + "' is missing from the header " + t.header());
            }
            int adj = t.column("Adj Close", ticker);
            if (adj < 0) {
                adj = t.column("Adj_Close", ticker);
            }
            return new Columns(date, ticker == null ? t.column("ticker") : -1, open, high, low, close, adj,
                    t.column("Volume", ticker));
        }

        private static int required(CsvTable t, String name, String ticker) throws DataInputException {
            int c = t.column(name, ticker);
            if (c < 0) {
                throw new DataInputException(t.file(), 1, name, "missing required column '" + name + "' in header "
                        + t.header() + (ticker == null ? "" : " for ticker " + ticker));
            }
            return c;
        }

        /**
         * True when every value cell of the row (prices and volume) reads {@code null}: the vendor's mark of a hole.
         * An empty cell is not such a mark (it stays an error: a truncated or hand-edited row).
         */
        boolean allValuesMissing(CsvTable t, int row) {
            for (int column : new int[] {open, high, low, close, adjClose, volume}) {
                if (column >= 0 && !t.cell(row, column).equalsIgnoreCase("null")) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Growable columns of one ticker, with the order checks. */
    private static final class Builder {
        private final boolean range;
        private final boolean hasVolume;
        private LocalDate[] dates = new LocalDate[256];
        private int[] lines = new int[256];
        private double[][] values;
        private int n;
        /** Rows skipped as all-null, suspension rows found (dropped or kept). */
        int skipped;
        int suspensions;
        /** The close as written (before adjustment) of the last row kept, for the suspension test. */
        double lastRawClose = Double.NaN;
        /** The date and line of the last row seen, kept or not, for the order check. */
        private LocalDate lastDate;
        private int lastLine;

        Builder(boolean range, boolean hasVolume) {
            this.range = range;
            this.hasVolume = hasVolume;
            this.values = new double[5][256];
        }

        void checkOrder(CsvTable table, int row, int dateColumn, LocalDate date) throws DataInputException {
            if (lastDate == null) {
                return;
            }
            LocalDate previous = lastDate;
            if (date.equals(previous)) {
                throw table.error(row, dateColumn, "duplicate date " + date + ", first on line " + lastLine);
            }
            if (date.isBefore(previous)) {
                throw table.error(row, dateColumn, "date " + date + " is out of order: it follows " + previous
                        + " on line " + lastLine);
            }
        }

        /** Records a row that was read but not kept. */
        void lastSeen(LocalDate date, int line) {
            lastDate = date;
            lastLine = line;
        }

        void add(LocalDate date, int line, double open, double high, double low, double close, double volume) {
            if (n == dates.length) {
                dates = Arrays.copyOf(dates, 2 * n);
                lines = Arrays.copyOf(lines, 2 * n);
                for (int k = 0; k < values.length; k++) {
                    values[k] = Arrays.copyOf(values[k], 2 * n);
                }
            }
            dates[n] = date;
            lines[n] = line;
            values[0][n] = open;
            values[1][n] = high;
            values[2][n] = low;
            values[3][n] = close;
            values[4][n] = volume;
            n++;
            lastSeen(date, line);
        }

        RawSeries build(String ticker, CsvTable table, String dateField, String priceColumn, DataPolicy policy) {
            return new RawSeries(ticker, table.file(), dateField, priceColumn, Arrays.copyOf(dates, n),
                    Arrays.copyOf(lines, n),
                    range ? Arrays.copyOf(values[0], n) : null,
                    range ? Arrays.copyOf(values[1], n) : null,
                    range ? Arrays.copyOf(values[2], n) : null,
                    Arrays.copyOf(values[3], n),
                    hasVolume ? Arrays.copyOf(values[4], n) : null, skipped, suspensions,
                    policy.suspensions() == DataPolicy.Suspensions.DROP);
        }
    }
}
