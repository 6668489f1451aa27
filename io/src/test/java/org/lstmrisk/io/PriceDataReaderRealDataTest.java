package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;

/** Reads the real shared data; facts checked come from SOURCES.md or from the files themselves. */
class PriceDataReaderRealDataTest {

    private static final PriceDataReader READER = new PriceDataReader(GapPolicy.DEFAULT);

    @Test
    void read_djia30_hasThirtyTickersWithTheDocumentedRanges() throws DataInputException {
        LoadedPrices loaded = READER.read(TestData.shared("djia30"));
        PriceHistory h = loaded.history();
        assertEquals(30, h.tickers().size());
        assertEquals(h.tickers().stream().sorted().toList(), h.tickers());
        PriceSeries aapl = h.series("AAPL");
        assertEquals(LocalDate.of(2000, 1, 3), aapl.firstDate());
        assertEquals(LocalDate.of(2024, 3, 8), aapl.lastDate());
        assertEquals(6084, aapl.size());
        assertEquals(LocalDate.of(2008, 3, 19), h.series("V").firstDate());
        assertEquals(LocalDate.of(2004, 6, 23), h.series("CRM").firstDate());
        assertEquals(6084, h.calendar().size());
    }

    @Test
    void read_djia30_usesAdjCloseAndScalesTheRangeByTheSameFactor() throws DataInputException {
        // AAPL.csv line 2: 2000-01-03,0.936384,1.004464,0.907924,0.999442,0.846127,535796800
        PriceSeries aapl = READER.read(TestData.shared("djia30")).history().series("AAPL");
        double factor = 0.846127 / 0.999442;
        assertEquals(0.846127, aapl.close(0), 1e-12);
        assertEquals(0.936384 * factor, aapl.open()[0], 1e-12);
        assertEquals(1.004464 * factor, aapl.high()[0], 1e-12);
        assertEquals(0.907924 * factor, aapl.low()[0], 1e-12);
        assertEquals(535796800.0, aapl.volume()[0]);
    }

    @Test
    void read_djia30_fillsNothingAndDoesNotExtendShortHistories() throws DataInputException {
        LoadedPrices loaded = READER.read(TestData.shared("djia30"));
        for (TickerCoverage c : loaded.coverage()) {
            assertEquals(0, c.filledValues(), c.ticker());
            assertEquals("Adj Close", c.priceColumn(), c.ticker());
            assertEquals(loaded.history().series(c.ticker()).size(), c.rows(), c.ticker());
        }
        PriceSeries dow = loaded.history().series("DOW");
        assertEquals(LocalDate.of(2019, 3, 20), dow.firstDate());
        assertEquals(1252, dow.size());
        TickerCoverage dowCoverage = coverage(loaded, "DOW");
        assertEquals(LocalDate.of(2019, 3, 20), dowCoverage.firstDate());
        assertEquals(1252, dowCoverage.rows());
        assertEquals("DOW.csv", String.valueOf(dowCoverage.source().getFileName()));
        assertEquals(loaded.history().tickers(), loaded.coverage().stream().map(TickerCoverage::ticker).toList());
    }

    @Test
    void fingerprint_isStableAndChangesWithOneByte(@TempDir Path dir) throws Exception {
        Path aapl = TestData.shared("djia30/AAPL.csv");
        String first = READER.read(aapl).fingerprint();
        assertTrue(first.matches("sha256:[0-9a-f]{64}"), first);
        assertEquals(first, READER.read(aapl).fingerprint());
        byte[] bytes = Files.readAllBytes(aapl);
        Path copy = dir.resolve("AAPL.csv");
        Files.write(copy, bytes);
        assertEquals(first, READER.read(copy).fingerprint(), "same name and bytes, other folder");
        int at = new String(bytes, java.nio.charset.StandardCharsets.US_ASCII).indexOf("0.846127");
        bytes[at + 7] = '8';
        Files.write(copy, bytes);
        assertNotEquals(first, READER.read(copy).fingerprint());
    }

    @Test
    void read_sp500_parsesTwoDigitYearDatesAsTwentyFirstCentury() throws DataInputException {
        LoadedPrices loaded = READER.read(TestData.shared("sp500.csv"));
        PriceSeries sp = loaded.history().series("SP500");
        assertEquals(LocalDate.of(2000, 1, 3), sp.firstDate());
        assertEquals(LocalDate.of(2018, 8, 31), sp.lastDate());
        assertEquals(4697, sp.size());
        assertEquals(1455.219971, sp.close(0));
        assertEquals("Close", loaded.coverage().get(0).priceColumn());
    }

    @Test
    void read_shanghaiComposite_keepsAllRows() throws DataInputException {
        LoadedPrices loaded = READER.read(TestData.shared("shanghai_composite_000001SS.csv"));
        PriceSeries sse = loaded.history().series("SHANGHAI_COMPOSITE_000001SS");
        assertEquals(3716, sse.size());
        assertEquals(LocalDate.of(2010, 1, 4), sse.firstDate());
        assertEquals(LocalDate.of(2025, 4, 29), sse.lastDate());
        // SOURCES.md spot check: 2019-12-31 close 3050.12
        assertEquals(3050.12, sse.close(sse.indexOf(LocalDate.of(2019, 12, 31))), 0.005);
        // SOURCES.md: the one bad volume print is kept (volume is a relative signal only)
        assertEquals(100.0, sse.volume()[sse.indexOf(LocalDate.of(2022, 4, 28))]);
    }

    @Test
    void read_mixedFolder_forwardFillsExactlyTheDatesTheOtherMarketTraded(@TempDir Path dir) throws Exception {
        Path sp = copy(TestData.shared("sp500.csv"), dir);
        Path sse = copy(TestData.shared("shanghai_composite_000001SS.csv"), dir);
        List<LocalDate> spDates = dates(sp, DateTimeFormatter.ofPattern("dd-MM-yy"));
        List<LocalDate> sseDates = dates(sse, DateTimeFormatter.ISO_LOCAL_DATE);
        TreeSet<LocalDate> union = new TreeSet<>(spDates);
        union.addAll(sseDates);
        int longestRun = Math.max(longestRun(union, spDates), longestRun(union, sseDates));

        LoadedPrices loaded = new PriceDataReader(new GapPolicy(longestRun)).read(dir);

        assertEquals(missingCount(union, spDates), coverage(loaded, "SP500").filledValues());
        assertEquals(missingCount(union, sseDates), coverage(loaded, "SHANGHAI_COMPOSITE_000001SS").filledValues());
        assertTrue(coverage(loaded, "SP500").filledValues() > 0);
        PriceSeries s = loaded.history().series("SP500");
        assertEquals(spDates.get(spDates.size() - 1), s.lastDate(), "not filled after its own last date");
        assertEquals(union.subSet(spDates.get(0), true, spDates.get(spDates.size() - 1), true).size(), s.size());
        // a filled date repeats the previous close, with a flat range and zero volume
        LocalDate filled = firstMissing(union, spDates);
        int i = s.indexOf(filled);
        assertEquals(s.close(i - 1), s.close(i));
        assertEquals(s.close(i - 1), s.high()[i]);
        assertEquals(s.close(i - 1), s.low()[i]);
        assertEquals(0.0, s.volume()[i]);
        assertEquals(union.first(), loaded.history().firstDate());
    }

    @Test
    void read_mixedFolder_refusesAGapOneDayLongerThanThePolicyAllows(@TempDir Path dir) throws Exception {
        copy(TestData.shared("sp500.csv"), dir);
        Path sse = copy(TestData.shared("shanghai_composite_000001SS.csv"), dir);
        List<LocalDate> spDates = dates(dir.resolve("sp500.csv"), DateTimeFormatter.ofPattern("dd-MM-yy"));
        List<LocalDate> sseDates = dates(sse, DateTimeFormatter.ISO_LOCAL_DATE);
        TreeSet<LocalDate> union = new TreeSet<>(spDates);
        union.addAll(sseDates);
        int longest = Math.max(longestRun(union, spDates), longestRun(union, sseDates));
        // SHANGHAI... sorts before SP500, so its first gap is reported first
        LocalDate missing = firstMissing(union, sseDates);
        LocalDate after = sseDates.stream().filter(d -> d.isAfter(missing)).findFirst().orElseThrow();
        int expectedLine = sseDates.indexOf(after) + 2;

        DataInputException e = TestData.assertDataError("shanghai_composite_000001SS.csv", expectedLine, "Date",
                () -> new PriceDataReader(GapPolicy.REFUSE).read(dir));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());

        assertThrows(() -> new PriceDataReader(new GapPolicy(longest - 1)).read(dir));
    }

    private static void assertThrows(org.junit.jupiter.api.function.Executable code) {
        org.junit.jupiter.api.Assertions.assertThrows(DataInputException.class, code);
    }

    private static TickerCoverage coverage(LoadedPrices loaded, String ticker) {
        return loaded.coverage().stream().filter(c -> c.ticker().equals(ticker)).findFirst().orElseThrow();
    }

    private static Path copy(Path file, Path dir) throws IOException {
        return Files.copy(file, dir.resolve(file.getFileName()));
    }

    /** The first column of every data line, parsed independently of the code under test. */
    private static List<LocalDate> dates(Path file, DateTimeFormatter format) {
        List<String> lines = TestData.lines(file);
        List<LocalDate> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            LocalDate d = LocalDate.parse(line.substring(0, line.indexOf(',')), format);
            out.add(d.getYear() < 2000 ? d.plusYears(100) : d);
        }
        return out;
    }

    private static List<LocalDate> missingInRange(TreeSet<LocalDate> union, List<LocalDate> own) {
        Set<LocalDate> have = Set.copyOf(own);
        return union.subSet(own.get(0), true, own.get(own.size() - 1), true).stream()
                .filter(d -> !have.contains(d)).toList();
    }

    private static int missingCount(TreeSet<LocalDate> union, List<LocalDate> own) {
        return missingInRange(union, own).size();
    }

    private static LocalDate firstMissing(TreeSet<LocalDate> union, List<LocalDate> own) {
        return missingInRange(union, own).get(0);
    }

    private static int longestRun(TreeSet<LocalDate> union, List<LocalDate> own) {
        Set<LocalDate> have = Set.copyOf(own);
        int longest = 0;
        int run = 0;
        for (LocalDate d : union.subSet(own.get(0), true, own.get(own.size() - 1), true)) {
            run = have.contains(d) ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
