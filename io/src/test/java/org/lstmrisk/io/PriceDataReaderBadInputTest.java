package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lstmrisk.io.TestData.assertDataError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad price input is refused with the file, the 1-based line and the field. */
class PriceDataReaderBadInputTest {

    private static final String HEADER = "Date,Open,High,Low,Close,Adj Close,Volume";
    private static final List<String> ROWS = List.of(
            "2024-01-02,10,11,9,10.5,10.4,1000",
            "2024-01-03,10.5,12,10,11,10.9,1100",
            "2024-01-04,11,11.5,10.5,11.2,11.1,900",
            "2024-01-05,11.2,11.8,11,11.5,11.4,950");

    private final PriceDataReader reader = new PriceDataReader(GapPolicy.DEFAULT);

    @TempDir
    Path dir;

    /** The valid file with line {@code line} (1-based, header = 1) replaced. */
    private Path fileWithLine(int line, String replacement) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(ROWS);
        lines.set(line - 1, replacement);
        return TestData.writeLines(dir, "ABC.csv", lines);
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of(3, "2024-01-03,10.5,12,10,,10.9,1100", "Close", "empty"),
                Arguments.of(3, "2024-01-03,null,12,10,11,10.9,1100", "Open", "null"),
                Arguments.of(4, "2024-01-04,11,NaN,10.5,11.2,11.1,900", "High", "NaN"),
                Arguments.of(4, "2024-01-04,11,11.5,abc,11.2,11.1,900", "Low", "'abc' is not a number"),
                Arguments.of(5, "2024-01-05,11.2,11.8,11,11.5,11.4,1.5x", "Volume", "'1.5x' is not a number"),
                Arguments.of(2, "2024-01-02,10,11,9,10.5d,10.4,1000", "Close", "'10.5d' is not a number"),
                Arguments.of(3, "2024-01-03,10.5,12,10,0,10.9,1100", "Close", "positive"),
                Arguments.of(3, "2024-01-03,-10.5,12,10,11,10.9,1100", "Open", "positive"),
                Arguments.of(3, "2024-01-03,10.5,12,10,Infinity,10.9,1100", "Close", "finite"),
                Arguments.of(3, "2024-01-03,10.5,12,10,1e999,10.9,1100", "Close", "finite"),
                Arguments.of(3, "2024-01-03,10.5,12,10,11,0,1100", "Adj Close", "positive"),
                Arguments.of(3, "2024-01-03,10.5,12,10,11,10.9,-1", "Volume", "negative"),
                Arguments.of(3, "2024-01-03,10.5,9,10,9.5,9.4,1100", "High", "below low"),
                Arguments.of(3, "2024-01-03,12.5,12,10,11,10.9,1100", "Open", "outside [low, high]"),
                Arguments.of(3, "2024-01-03,10.5,12,10,9.9,9.8,1100", "Close", "outside [low, high]"),
                Arguments.of(3, "2024/01/03,10.5,12,10,11,10.9,1100", "Date", "unparseable date"),
                Arguments.of(2, "Jan 2 2024,10,11,9,10.5,10.4,1000", "Date", "unparseable date"),
                Arguments.of(3, "2023-02-29,10.5,12,10,11,10.9,1100", "Date", "not a valid date"),
                Arguments.of(3, "03-01-24,10.5,12,10,11,10.9,1100", "Date", "does not match the file's date pattern"),
                Arguments.of(3, "2024-01-02,10.5,12,10,11,10.9,1100", "Date", "duplicate date"),
                Arguments.of(4, "2024-01-01,11,11.5,10.5,11.2,11.1,900", "Date", "out of order"),
                Arguments.of(4, "2024-01-04,11,11.5,10.5,11.2,11.1,900,7", "", "ragged row"),
                Arguments.of(4, "2024-01-04,11,11.5,10.5,11.2,11.1", "", "ragged row"));
    }

    @ParameterizedTest(name = "line {0}: {1} -> {2}")
    @MethodSource("badRows")
    void read_refusesBadRow_namingFileLineAndField(int line, String row, String field, String reason) {
        Path file = fileWithLine(line, row);
        DataInputException e = assertDataError("ABC.csv", line, field, () -> reader.read(file));
        assertTrue(e.reason().contains(reason), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void read_acceptsTheValidFile() throws DataInputException {
        LoadedPrices loaded = reader.read(fileWithLine(1, HEADER));
        assertEquals(4, loaded.history().series("ABC").size());
    }

    @Test
    void read_acceptsRangeViolationsWithinTheRelativeTolerance() throws DataInputException {
        // open above high by 1e-7 relative: a rounding difference, accepted
        String open = Double.toString(12 * (1 + 1e-7));
        LoadedPrices loaded = reader.read(fileWithLine(3, "2024-01-03," + open + ",12,10,11,10.9,1100"));
        assertEquals(4, loaded.history().series("ABC").size());
        // 1e-5 relative is refused
        Path bad = fileWithLine(3, "2024-01-03," + 12 * (1 + 1e-5) + ",12,10,11,10.9,1100");
        assertDataError("ABC.csv", 3, "Open", () -> reader.read(bad));
    }

    @Test
    void read_refusesAnIsoDateInADayMonthYearFile() {
        Path file = TestData.write(dir, "SP.csv", "Date,Close\n03-01-00,10\n2000-01-04,11\n");
        DataInputException e = assertDataError("SP.csv", 3, "Date", () -> reader.read(file));
        assertTrue(e.reason().contains("dd-MM-yy"), e.getMessage());
    }

    @Test
    void read_readsTwoDigitYearsAsTwentyYY() throws DataInputException {
        Path file = TestData.write(dir, "YY.csv", "Date,Close\n03-01-00,10\n31-12-99,11\n");
        var series = reader.read(file).history().series("YY");
        assertEquals(java.time.LocalDate.of(2000, 1, 3), series.firstDate());
        assertEquals(java.time.LocalDate.of(2099, 12, 31), series.lastDate());
    }

    @Test
    void read_ignoresAUtf8ByteOrderMark() throws DataInputException {
        Path file = TestData.write(dir, "BOM.csv", "\uFEFFDate,Close\n2024-01-02,10\n2024-01-03,x\n");
        assertDataError("BOM.csv", 3, "Close", () -> reader.read(file));
    }

    @Test
    void read_parsesTwoDigitYearsStrictly() throws DataInputException {
        Path leap = TestData.write(dir, "LEAP.csv", "Date,Close\n28-02-24,10\n29-02-24,11\n");
        assertEquals(java.time.LocalDate.of(2024, 2, 29), reader.read(leap).history().series("LEAP").lastDate());
        Path notLeap = TestData.write(dir, "NOLEAP.csv", "Date,Close\n28-02-23,10\n29-02-23,11\n");
        assertDataError("NOLEAP.csv", 3, "Date", () -> reader.read(notLeap));
    }

    @Test
    void read_refusesMissingRequiredColumns() {
        Path noDate = TestData.write(dir, "A.csv", "Day,Close\n2024-01-02,10\n");
        assertDataError("A.csv", 1, "Date", () -> reader.read(noDate));
        Path noClose = TestData.write(dir, "B.csv", "Date,Open,High,Low,Adj Close\n2024-01-02,10,11,9,10\n");
        assertDataError("B.csv", 1, "Close", () -> reader.read(noClose));
    }

    @Test
    void read_refusesAnIncompleteOpenHighLowSet() {
        Path file = TestData.write(dir, "A.csv", "Date,Open,High,Close\n2024-01-02,10,11,10.5\n");
        assertDataError("A.csv", 1, "Low", () -> reader.read(file));
    }

    @Test
    void read_acceptsCloseOnlyFilesWithoutRangeOrVolume() throws DataInputException {
        Path file = TestData.write(dir, "a.csv", "date,close\n2024-01-02,10\n2024-01-03,11\n");
        LoadedPrices loaded = reader.read(file);
        assertEquals(false, loaded.history().series("A").hasRange());
        assertEquals(false, loaded.history().series("A").hasVolume());
        assertEquals("Close", loaded.coverage().get(0).priceColumn());
    }

    @Test
    void read_refusesADuplicateColumnName() {
        Path file = TestData.write(dir, "A.csv", "Date,Close,close\n2024-01-02,10,10\n");
        assertDataError("A.csv", 1, "close", () -> reader.read(file));
    }

    @Test
    void read_refusesAMissingPath() {
        assertDataError("nothing-here", 0, "", () -> reader.read(dir.resolve("nothing-here")));
    }

    @Test
    void read_refusesAFolderWithoutCsvFiles() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("empty"));
        TestData.write(folder, "notes.txt", "Date,Close\n2024-01-02,10\n");
        DataInputException e = assertDataError("empty", 0, "", () -> reader.read(folder));
        assertTrue(e.reason().contains("no .csv file"), e.getMessage());
    }

    @Test
    void read_refusesAnEmptyFileAndAHeaderWithoutRows() {
        Path empty = TestData.write(dir, "E.csv", "");
        assertDataError("E.csv", 1, "", () -> reader.read(empty));
        Path headerOnly = TestData.write(dir, "H.csv", HEADER + "\n");
        assertDataError("H.csv", 2, "", () -> reader.read(headerOnly));
    }

    @Test
    void read_countsBlankLinesSoTheReportedLineIsThePhysicalLine() {
        // lines: 1 header, 2 row, 3 blank, 4 spaces only, 5 row, 6 bad row
        Path file = TestData.write(dir, "ABC.csv", HEADER + "\n" + ROWS.get(0) + "\n\n   \n" + ROWS.get(1) + "\n"
                + "2024-01-04,11,11.5,10.5,oops,11.1,900\n" + ROWS.get(3) + "\n\n");
        assertDataError("ABC.csv", 6, "Close", () -> reader.read(file));
    }

    @Test
    void read_countsLineBreaksInsideQuotedFields() throws DataInputException {
        // a quoted note spans lines 3-4; the bad close is on physical line 5
        String header = "Date,Close,Note";
        Path good = TestData.write(dir, "Q.csv", header + "\n2024-01-02,\"10.5\",plain\n"
                + "2024-01-03,11,\"two\nlines, with a comma\"\n2024-01-04,12,x\n");
        LoadedPrices loaded = reader.read(good);
        assertEquals(3, loaded.history().series("Q").size());
        assertEquals(10.5, loaded.history().series("Q").close(0));
        Path bad = TestData.write(dir, "Q.csv", header + "\n2024-01-02,10,plain\n"
                + "2024-01-03,11,\"two\nlines\"\n2024-01-04,,x\n");
        assertDataError("Q.csv", 5, "Close", () -> reader.read(bad));
    }

    @Test
    void read_acceptsWindowsLineEndings() throws DataInputException {
        Path file = TestData.write(dir, "W.csv", "Date,Close\r\n2024-01-02,10\r\n2024-01-03,11\r\n");
        assertEquals(2, reader.read(file).history().series("W").size());
        Path bad = TestData.write(dir, "W.csv", "Date,Close\r\n2024-01-02,10\r\n\r\n2024-01-03,x\r\n");
        assertDataError("W.csv", 4, "Close", () -> reader.read(bad));
    }

    @Test
    void read_refusesAnUnterminatedQuote() {
        Path file = TestData.write(dir, "U.csv", "Date,Close\n2024-01-02,10\n2024-01-03,\"11\n");
        assertDataError("U.csv", 3, "", () -> reader.read(file));
    }

    @Test
    void read_reportsTheTrueLineInACorruptedCopyOfARealFile() throws Exception {
        List<String> lines = new ArrayList<>(TestData.lines(TestData.shared("djia30/AAPL.csv")));
        String[] cells = lines.get(3000).split(",");  // physical line 3001
        cells[4] = "NaN";
        lines.set(3000, String.join(",", cells));
        lines.add(100, "");                            // a blank line: the bad row moves to line 3002
        Path copy = TestData.writeLines(dir, "AAPL.csv", lines);
        DataInputException e = assertDataError("AAPL.csv", 3002, "Close", () -> reader.read(copy));
        assertTrue(e.reason().contains("NaN"), e.getMessage());
    }

    @Test
    void read_refusesAGapLongerThanThePolicy_namingTheRowAfterTheGap() throws DataInputException {
        TestData.write(dir, "AAA.csv", "Date,Close\n2024-01-02,1\n2024-01-03,1\n2024-01-04,1\n2024-01-05,1\n");
        TestData.write(dir, "BBB.csv", "Date,Close\n2024-01-02,2\n2024-01-05,3\n");
        DataInputException e = assertDataError("BBB.csv", 3, "Date",
                () -> new PriceDataReader(new GapPolicy(1)).read(dir));
        assertTrue(e.reason().contains("2024-01-03..2024-01-04"), e.getMessage());

        LoadedPrices filled = new PriceDataReader(new GapPolicy(2)).read(dir);
        TickerCoverage bbb = filled.coverage().get(1);
        assertEquals("BBB", bbb.ticker());
        assertEquals(2, bbb.filledValues());
        assertEquals(2, bbb.rows());
        double[] close = filled.history().series("BBB").close();
        assertEquals(List.of(2.0, 2.0, 2.0, 3.0), List.of(close[0], close[1], close[2], close[3]));
    }

    @Test
    void read_refusesATickerFoundInTwoFiles() {
        TestData.write(dir, "AAA.csv", "Date,Close\n2024-01-02,1\n");
        TestData.write(dir, "long.csv", "date,ticker,close\n2024-01-02,BBB,1\n2024-01-02,aaa,2\n");
        DataInputException e = assertDataError("long.csv", 3, "", () -> reader.read(dir));
        assertTrue(e.reason().contains("AAA.csv"), e.getMessage());
    }

    @Test
    void read_refusesABlankTickerAndPerTickerOrderErrorsInLongFormat() {
        Path blank = TestData.write(dir, "long.csv", "date,ticker,close\n2024-01-02,AAA,1\n2024-01-02, ,2\n");
        assertDataError("long.csv", 3, "ticker", () -> reader.read(blank));
        Path duplicate = TestData.write(dir, "long.csv",
                "date,ticker,close\n2024-01-02,AAA,1\n2024-01-02,BBB,2\n2024-01-03,BBB,2\n2024-01-02,AAA,1\n");
        DataInputException e = assertDataError("long.csv", 5, "date", () -> reader.read(duplicate));
        assertTrue(e.reason().contains("duplicate date 2024-01-02, first on line 2"), e.getMessage());
    }
}
