package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lstmrisk.io.TestData.assertDataError;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;

/**
 * The patterns of real vendor data, on generated fixtures: the yfinance three-header layout, {@code null} rows on
 * scattered dates, runs of suspension rows, two exchange calendars and a corporate-action jump; each policy, and that
 * no flag uses data after its confirmation date.
 */
class RealDataPolicyTest {

    @TempDir
    Path tmp;

    /** One generated row: OHLC around a random walk, volume 1000 + something. */
    private record Row(LocalDate date, double open, double high, double low, double close, double volume) {

        String yahoo() {
            return String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s", date, open, high, low, close, close,
                    (long) volume);
        }

        /** yfinance column order: Close, High, Low, Open, Volume. */
        String yfinance() {
            return String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s", date, close, high, low, open, (long) volume);
        }
    }

    /** Weekdays from 2020-01-06, {@code n} of them, a seeded random walk. */
    private static List<Row> walk(int n, long seed) {
        var random = new Random(seed);
        var rows = new ArrayList<Row>();
        LocalDate d = LocalDate.of(2020, 1, 6);
        double close = 100;
        while (rows.size() < n) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                double open = close * Math.exp(0.002 * random.nextGaussian());
                double next = open * Math.exp(0.01 * random.nextGaussian());
                double high = Math.max(open, next) * 1.003;
                double low = Math.min(open, next) * 0.997;
                rows.add(new Row(d, round(open), round(high), round(low), round(next), 1000 + random.nextInt(500)));
                close = round(next);
            }
            d = d.plusDays(1);
        }
        return rows;
    }

    private static double round(double x) {
        return Math.round(x * 1e4) / 1e4;
    }

    private static final String YAHOO_HEADER = "Date,Open,High,Low,Close,Adj Close,Volume";

    private Path yahoo(Path dir, String ticker, List<Row> rows) {
        var lines = new ArrayList<String>();
        lines.add(YAHOO_HEADER);
        rows.forEach(r -> lines.add(r.yahoo()));
        return TestData.writeLines(dir, ticker + ".csv", lines);
    }

    private static Path dir(Path tmp, String name) {
        try {
            return java.nio.file.Files.createDirectories(tmp.resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- yfinance layout ----

    @Test
    void yfinanceLayout_readsTheSamePricesAsTheYahooLayout_withTheTickerFromTheTickerRow() throws Exception {
        List<Row> rows = walk(60, 1);
        Path yahooDir = dir(tmp, "yahoo");
        yahoo(yahooDir, "^GSPC", rows);
        var lines = new ArrayList<String>(List.of("Price,Close,High,Low,Open,Volume",
                "Ticker,^GSPC,^GSPC,^GSPC,^GSPC,^GSPC", "Date,,,,,"));
        rows.forEach(r -> lines.add(r.yfinance()));
        Path yf = TestData.writeLines(dir(tmp, "yf"), "whatever.csv", lines);

        PriceSeries fromYf = new PriceDataReader(DataPolicy.DEFAULT).read(yf).history().series("^GSPC");
        PriceSeries fromYahoo = new PriceDataReader(DataPolicy.DEFAULT).read(yahooDir).history().series("^GSPC");
        assertEquals(fromYahoo.dates(), fromYf.dates());
        assertEquals(List.of(fromYahoo.close()[7], fromYahoo.open()[7], fromYahoo.volume()[7]),
                List.of(fromYf.close()[7], fromYf.open()[7], fromYf.volume()[7]));
        assertTrue(java.util.Arrays.equals(fromYahoo.close(), fromYf.close()));
    }

    @Test
    void yfinanceLayout_severalTickersSideBySide_areSeveralSeries() throws Exception {
        List<Row> a = walk(30, 2);
        List<Row> b = walk(30, 3);
        var lines = new ArrayList<String>(List.of("Price,Close,Close,Volume,Volume",
                "Ticker,AAA,BBB,AAA,BBB", "Date,,,,"));
        for (int i = 0; i < 30; i++) {
            lines.add(a.get(i).date() + "," + a.get(i).close() + "," + b.get(i).close() + ","
                    + (long) a.get(i).volume() + "," + (long) b.get(i).volume());
        }
        PriceHistory h = new PriceDataReader(DataPolicy.DEFAULT).read(TestData.writeLines(tmp, "two.csv", lines))
                .history();
        assertEquals(List.of("AAA", "BBB"), h.tickers());
        assertEquals(b.get(29).close(), h.series("BBB").close(29));
        assertEquals(a.get(3).volume(), h.series("AAA").volume()[3]);
    }

    @Test
    void yfinanceLayout_badCell_namesTheTrueLineAndField() {
        List<Row> rows = walk(10, 4);
        var lines = new ArrayList<String>(List.of("Price,Close,High,Low,Open,Volume",
                "Ticker,X,X,X,X,X", "Date,,,,,"));
        rows.forEach(r -> lines.add(r.yfinance()));
        lines.set(6, lines.get(6).replaceFirst(",[0-9.]+,", ",abc,")); // line 7, the Close cell
        Path f = TestData.writeLines(tmp, "x.csv", lines);
        assertDataError("x.csv", 7, "Close", () -> new PriceDataReader(DataPolicy.DEFAULT).read(f));
    }

    @Test
    void yfinanceLayout_missingTickerOrDateRow_isRefusedWithItsLine() {
        Path noTicker = TestData.writeLines(tmp, "a.csv", List.of("Price,Close,Volume", "Ticker,X,",
                "Date,,", "2020-01-06,1,1"));
        assertDataError("a.csv", 2, "Volume", () -> new PriceDataReader(DataPolicy.DEFAULT).read(noTicker));
        Path badDate = TestData.writeLines(tmp, "b.csv", List.of("Price,Close,Volume", "Ticker,X,X",
                "Date,oops,", "2020-01-06,1,1"));
        assertDataError("b.csv", 3, "Close", () -> new PriceDataReader(DataPolicy.DEFAULT).read(badDate));
    }

    // ---- null rows ----

    /** A Yahoo file with all-null rows on rows {@code nullRows} (0-based data rows; the header is line 1). */
    private Path withNullRows(Path dir, List<Row> rows, int... nullRows) {
        var lines = new ArrayList<String>();
        lines.add(YAHOO_HEADER);
        rows.forEach(r -> lines.add(r.yahoo()));
        for (int i : nullRows) {
            lines.set(i + 1, rows.get(i).date() + ",null,null,null,null,null,null");
        }
        return TestData.writeLines(dir, "NUL.csv", lines);
    }

    @Test
    void nullRows_skippedAndCountedByDefault_refusedWhenStrict() {
        List<Row> rows = walk(80, 5);
        Path f = withNullRows(tmp, rows, 10, 33, 34, 71);
        LoadedPrices p = assertDoesNotThrow(() -> new PriceDataReader(DataPolicy.DEFAULT).read(f));
        PriceSeries s = p.tradingDays().series("NUL");
        assertEquals(76, s.size());
        assertEquals(-1, s.indexOf(rows.get(33).date()));
        assertEquals(4, p.coverage().get(0).nullRows());
        assertEquals(76, p.coverage().get(0).rows());
        // the return across a skipped row is one two-day return
        int i = s.indexOf(rows.get(11).date());
        assertEquals(rows.get(9).close(), s.close(i - 1));

        var strict = new DataPolicy(DataPolicy.MissingRows.STRICT, DataPolicy.Suspensions.DROP,
                DataPolicy.Calendars.SEPARATE, GapPolicy.UNLIMITED, DataPolicy.Jumps.KEEP, 0.25);
        assertDataError("NUL.csv", 12, "Close", () -> new PriceDataReader(strict).read(f));
    }

    @Test
    void aRowWithOnlySomeNullCells_isStillRefused() {
        List<Row> rows = walk(20, 6);
        var lines = new ArrayList<String>();
        lines.add(YAHOO_HEADER);
        rows.forEach(r -> lines.add(r.yahoo()));
        lines.set(5, rows.get(4).date() + ",null,null,null,null,null,1200");
        Path f = TestData.writeLines(tmp, "P.csv", lines);
        assertDataError("P.csv", 6, "Close", () -> new PriceDataReader(DataPolicy.DEFAULT).read(f));
    }

    // ---- suspension rows ----

    /** Rows {@code from..to} (0-based, inclusive) replaced by suspension rows: flat at the previous close, volume 0. */
    private static List<Row> suspended(List<Row> rows, int from, int to) {
        var out = new ArrayList<>(rows);
        double c = rows.get(from - 1).close();
        for (int i = from; i <= to; i++) {
            out.set(i, new Row(rows.get(i).date(), c, c, c, c, 0));
        }
        return out;
    }

    private static DataPolicy suspensions(DataPolicy.Suspensions s) {
        return new DataPolicy(DataPolicy.MissingRows.SKIP, s, DataPolicy.Calendars.SEPARATE, GapPolicy.UNLIMITED,
                DataPolicy.Jumps.KEEP, 0.25);
    }

    @Test
    void suspensionRuns_droppedByDefault_keptOrRefusedOnRequest() {
        Path d = dir(tmp, "susp");
        List<Row> rows = suspended(suspended(walk(100, 7), 20, 24), 60, 61);
        yahoo(d, "SUS", rows);
        yahoo(d, "REF", walk(100, 8)); // trades every day: the union calendar keeps the suspended dates

        LoadedPrices dropped = assertDoesNotThrow(() -> new PriceDataReader(DataPolicy.DEFAULT).read(d));
        TickerCoverage c = dropped.coverage().get(1);
        assertEquals("SUS", c.ticker());
        assertEquals(7, c.droppedSuspensions());
        assertEquals(0, c.keptSuspensions());
        assertEquals(93, dropped.tradingDays().series("SUS").size());
        assertEquals(7, c.filledValues()); // carried on the union calendar for the correlation only
        assertEquals(100, dropped.history().series("SUS").size());

        LoadedPrices kept = assertDoesNotThrow(() -> new PriceDataReader(suspensions(DataPolicy.Suspensions.KEEP))
                .read(d));
        assertEquals(7, kept.coverage().get(1).keptSuspensions());
        assertEquals(100, kept.tradingDays().series("SUS").size());
        assertEquals(0, kept.coverage().get(1).filledValues());

        // line 22 = data row 20, the first suspension row
        assertDataError("SUS.csv", 22, "Volume",
                () -> new PriceDataReader(suspensions(DataPolicy.Suspensions.STRICT)).read(d));
    }

    @Test
    void zeroVolumeWithAMove_isNotASuspension() {
        List<Row> rows = new ArrayList<>(walk(30, 9));
        Row r = rows.get(10);
        rows.set(10, new Row(r.date(), r.open(), r.high(), r.low(), r.close(), 0));
        Path f = yahoo(tmp, "ZV", rows);
        LoadedPrices p = assertDoesNotThrow(() -> new PriceDataReader(suspensions(DataPolicy.Suspensions.STRICT))
                .read(f));
        assertEquals(30, p.tradingDays().series("ZV").size());
    }

    // ---- two calendars ----

    /** A second exchange: the same weekdays without {@code closed} (0-based indices of the first calendar). */
    private static List<Row> without(List<Row> rows, java.util.Set<Integer> closed) {
        var out = new ArrayList<Row>();
        for (int i = 0; i < rows.size(); i++) {
            if (!closed.contains(i)) {
                out.add(rows.get(i));
            }
        }
        return out;
    }

    @Test
    void twoCalendars_volatilityModelsSeeOwnDays_correlationSeesTheMultiDayReturn() {
        Path d = dir(tmp, "two");
        List<Row> ny = without(walk(120, 10), java.util.Set.of(50)); // one New York holiday
        var closed = new java.util.TreeSet<Integer>();
        for (int i = 30; i < 37; i++) {
            closed.add(i); // a seven-weekday Golden Week
        }
        List<Row> sh = without(walk(120, 11), closed);
        yahoo(d, "NY", ny);
        yahoo(d, "SH", sh);

        LoadedPrices p = assertDoesNotThrow(() -> new PriceDataReader(DataPolicy.DEFAULT).read(d));
        assertTrue(p.severalCalendars());
        assertEquals(119, p.tradingDays().series("NY").size());
        assertEquals(113, p.tradingDays().series("SH").size());
        assertEquals(120, p.history().series("SH").size());
        assertEquals(1, p.coverage().get(0).filledValues());
        assertEquals(7, p.coverage().get(1).filledValues());

        // The correlation window over the union calendar: zero on the closed dates, and on the reopening date the
        // log return from the last close before the closure (computed here from the rows written).
        List<LocalDate> cal = p.history().calendar();
        LocalDate reopen = sh.get(30).date();
        int end = cal.indexOf(reopen);
        double[][] w = p.history().logReturnWindow(List.of("NY", "SH"), reopen, 10);
        for (int k = 2; k < 9; k++) {
            assertEquals(0.0, w[k][1], 0.0);
        }
        assertEquals(Math.log(sh.get(30).close() / sh.get(29).close()), w[9][1], 1e-15);
        assertEquals(cal.get(end), reopen);

        // fill: the filled dates are trading days of the model too (today's behaviour); a gap limit refuses
        var fill = new DataPolicy(DataPolicy.MissingRows.SKIP, DataPolicy.Suspensions.DROP,
                DataPolicy.Calendars.FILL, GapPolicy.UNLIMITED, DataPolicy.Jumps.KEEP, 0.25);
        LoadedPrices filled = assertDoesNotThrow(() -> new PriceDataReader(fill).read(d));
        assertSame(filled.history(), filled.tradingDays());
        assertDataError("SH.csv", 32, "Date", () -> new PriceDataReader(fill.withGaps(new GapPolicy(5))).read(d));
        assertDataError("SH.csv", 32, "Date",
                () -> new PriceDataReader(DataPolicy.DEFAULT.withGaps(new GapPolicy(6))).read(d));
    }

    @Test
    void oneCalendar_tradingDaysEqualTheHistory() {
        Path d = dir(tmp, "one");
        yahoo(d, "A", walk(50, 12));
        yahoo(d, "B", walk(50, 13));
        LoadedPrices p = assertDoesNotThrow(() -> new PriceDataReader(DataPolicy.DEFAULT).read(d));
        assertFalse(p.severalCalendars());
        assertEquals(p.history(), p.tradingDays());
    }

    // ---- suspect jumps ----

    /** A mis-dated split: day {@code t}'s close is halved (the adjustment applied one day early), then restored. */
    private static List<Row> misdatedSplit(List<Row> rows, int t) {
        var out = new ArrayList<>(rows);
        Row r = rows.get(t);
        out.set(t, new Row(r.date(), r.open() / 2, r.high() / 2, r.low() / 2, r.close() / 2, r.volume()));
        return out;
    }

    @Test
    void misdatedSplit_isFlaggedOnlyOnceTheReversalIsSeen() {
        List<Row> rows = misdatedSplit(walk(60, 14), 40);
        Path f = yahoo(tmp, "CA", rows);
        LoadedPrices p = assertDoesNotThrow(() -> new PriceDataReader(DataPolicy.DEFAULT).read(f));
        LocalDate t = rows.get(40).date();
        LocalDate next = rows.get(41).date();

        assertEquals(List.of(), p.asOf(t).jumps(), "at the close of t the reversal is not known yet");
        List<SuspectJump> seen = p.asOf(next).jumps();
        assertEquals(1, seen.size());
        SuspectJump j = seen.get(0);
        assertEquals(t, j.date());
        assertEquals(next, j.confirmedOn());
        assertEquals(SuspectJump.REVERSED, j.reason());
        assertEquals(Math.log(rows.get(40).close() / rows.get(39).close()), j.logReturn(), 1e-15);
    }

    @Test
    void jumpWithoutVolume_isFlaggedOnItsOwnDay() {
        List<Row> rows = new ArrayList<>(walk(40, 15));
        Row r = rows.get(20);
        double c = rows.get(19).close() * 1.5;
        rows.set(20, new Row(r.date(), c, c, c, c, 0));
        Path f = yahoo(tmp, "NV", rows);
        LoadedPrices p = assertDoesNotThrow(() -> new PriceDataReader(DataPolicy.DEFAULT).read(f));
        List<SuspectJump> seen = p.asOf(r.date()).jumps();
        assertEquals(1, seen.size());
        assertEquals(SuspectJump.NO_VOLUME, seen.get(0).reason());
        assertEquals(r.date(), seen.get(0).confirmedOn());
    }

    @Test
    void detect_onACutSeries_isTheFullDetectionUpToTheCut_noLookAhead() {
        List<Row> rows = misdatedSplit(misdatedSplit(walk(120, 16), 30), 90);
        Row r = rows.get(60);
        double c = rows.get(59).close() * 0.6;
        rows.set(60, new Row(r.date(), c, c, c, c, 0));
        Path f = yahoo(tmp, "LA", rows);
        PriceSeries s = assertDoesNotThrow(() -> new PriceDataReader(DataPolicy.DEFAULT).read(f)).tradingDays()
                .series("LA");
        List<SuspectJump> all = SuspectJumps.detect(s, 0.25);
        assertEquals(3, all.size());
        for (LocalDate a : s.dates()) {
            List<SuspectJump> expected = all.stream().filter(j -> !j.confirmedOn().isAfter(a)).toList();
            assertEquals(expected, SuspectJumps.detect(s.truncatedTo(a), 0.25), "as of " + a);
        }
    }

    @Test
    void asOf_doesNotDependOnLaterData() {
        List<Row> rows = misdatedSplit(walk(60, 17), 40);
        Path a = yahoo(dir(tmp, "a"), "CA", rows);
        var changed = new ArrayList<>(rows);
        for (int i = 41; i < 60; i++) { // a different future: no reversal, other prices
            Row r = rows.get(i);
            changed.set(i, new Row(r.date(), r.open() / 2, r.high() / 2, r.low() / 2, r.close() / 2, r.volume()));
        }
        Path b = yahoo(dir(tmp, "b"), "CA", changed);
        for (DataPolicy.Jumps policy : DataPolicy.Jumps.values()) {
            var pol = new DataPolicy(DataPolicy.MissingRows.SKIP, DataPolicy.Suspensions.DROP,
                    DataPolicy.Calendars.SEPARATE, GapPolicy.UNLIMITED, policy, 0.25);
            LocalDate t = rows.get(40).date();
            PricesAsOf x = assertDoesNotThrow(() -> new PriceDataReader(pol).read(a)).asOf(t);
            PricesAsOf y = assertDoesNotThrow(() -> new PriceDataReader(pol).read(b)).asOf(t);
            assertEquals(x, y, policy.toString());
        }
    }

    @Test
    void jumpPolicies_missingDropsTheDay_winsoriseClipsItsReturn() {
        List<Row> rows = misdatedSplit(walk(60, 18), 40);
        Path f = yahoo(tmp, "CA", rows);
        LocalDate t = rows.get(40).date();
        LocalDate next = rows.get(41).date();
        double r = Math.log(rows.get(40).close() / rows.get(39).close());
        double rNext = Math.log(rows.get(41).close() / rows.get(40).close());

        var missing = new DataPolicy(DataPolicy.MissingRows.SKIP, DataPolicy.Suspensions.DROP,
                DataPolicy.Calendars.SEPARATE, GapPolicy.UNLIMITED, DataPolicy.Jumps.MISSING, 0.25);
        PricesAsOf m = assertDoesNotThrow(() -> new PriceDataReader(missing).read(f)).asOf(next);
        PriceSeries own = m.tradingDays().series("CA");
        assertEquals(-1, own.indexOf(t));
        assertEquals(rows.get(39).close(), m.aligned().series("CA").close(m.aligned().series("CA").indexOf(t)));
        assertEquals(rows.get(41).close(), own.close(own.size() - 1));
        // at the close of t nothing is known: the price of t is still there
        PricesAsOf before = assertDoesNotThrow(() -> new PriceDataReader(missing).read(f)).asOf(t);
        assertEquals(rows.get(40).close(), before.tradingDays().series("CA").close(40));

        var winsorise = new DataPolicy(DataPolicy.MissingRows.SKIP, DataPolicy.Suspensions.DROP,
                DataPolicy.Calendars.SEPARATE, GapPolicy.UNLIMITED, DataPolicy.Jumps.WINSORISE, 0.25);
        PriceSeries w = assertDoesNotThrow(() -> new PriceDataReader(winsorise).read(f)).asOf(next).tradingDays()
                .series("CA");
        assertTrue(r < -0.25);
        assertEquals(-0.25, Math.log(w.close(40) / w.close(39)), 1e-12);
        assertEquals(rNext, Math.log(w.close(41) / w.close(40)), 1e-12);
        assertEquals(rows.get(39).close(), w.close(39));
        assertNotEquals(rows.get(41).close(), w.close(41));
    }

    private static <T> T assertDoesNotThrow(org.junit.jupiter.api.function.ThrowingSupplier<T> s) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(s);
    }
}
