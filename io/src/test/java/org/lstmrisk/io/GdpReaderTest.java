package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lstmrisk.io.TestData.assertDataError;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.macro.MacroSeries;

class GdpReaderTest {

    private static final LocalDate Q3_2023 = LocalDate.of(2023, 7, 1);
    private static final LocalDate Q4_2023 = LocalDate.of(2023, 10, 1);

    private final GdpReader reader = new GdpReader(30);

    @TempDir
    Path dir;

    /** The value of the quarter starting {@code start}, read from the file's text by the test itself. */
    private static double valueInFile(List<String> lines, LocalDate start) {
        for (String line : lines) {
            if (line.startsWith(start + ",")) {
                return Double.parseDouble(line.substring(line.indexOf(',') + 1));
            }
        }
        throw new AssertionError("no row for " + start);
    }

    @Test
    void read_gdpc1_keepsEveryQuarterAndNamesTheSeriesByItsColumn() throws DataInputException {
        Path file = TestData.shared("GDPC1.csv");
        MacroSeries gdp = reader.read(file);
        assertEquals("GDPC1", gdp.name());
        assertEquals(313, gdp.size());
        assertEquals(LocalDate.of(1947, 1, 1), gdp.periodStarts().get(0));
        assertEquals(LocalDate.of(2025, 1, 1), gdp.periodStarts().get(312));
        assertEquals(23526.085, gdp.values()[312]);
    }

    @Test
    void valueAsOf_q4_2023_isHiddenOnJanuary29AndVisibleOnJanuary30WithA30DayLag() throws DataInputException {
        Path file = TestData.shared("GDPC1.csv");
        List<String> lines = TestData.lines(file);
        MacroSeries gdp = reader.read(file);
        // 2023-12-31 + 30 days = 2024-01-30
        assertEquals(LocalDate.of(2024, 1, 30), LocalDate.of(2023, 12, 31).plusDays(30));
        assertEquals(valueInFile(lines, Q3_2023), gdp.valueAsOf(LocalDate.of(2024, 1, 29)).getAsDouble());
        assertEquals(valueInFile(lines, Q4_2023), gdp.valueAsOf(LocalDate.of(2024, 1, 30)).getAsDouble());
    }

    @Test
    void valueAsOf_neverShowsAQuarterBeforeItsPublicationDate() throws DataInputException {
        Path file = TestData.shared("GDPC1.csv");
        List<String> lines = TestData.lines(file);
        MacroSeries gdp = reader.read(file);
        for (int k = 0; k < gdp.size(); k++) {
            LocalDate start = gdp.periodStarts().get(k);
            LocalDate published = start.plusMonths(3).minusDays(1).plusDays(30);
            assertEquals(published, gdp.publicationDates().get(k));
            assertEquals(valueInFile(lines, start), gdp.valueAsOf(published).getAsDouble(), start.toString());
            OptionalDouble dayBefore = gdp.valueAsOf(published.minusDays(1));
            if (k == 0) {
                assertTrue(dayBefore.isEmpty());
            } else {
                assertEquals(valueInFile(lines, gdp.periodStarts().get(k - 1)), dayBefore.getAsDouble(),
                        start.toString());
            }
        }
    }

    @Test
    void growthAsOf_matchesAHandComputationFromTheFile() throws DataInputException {
        Path file = TestData.shared("GDPC1.csv");
        List<String> lines = TestData.lines(file);
        MacroSeries gdp = reader.read(file);
        double expected = Math.log(valueInFile(lines, Q4_2023) / valueInFile(lines, Q3_2023));
        assertEquals(expected, gdp.growthAsOf(LocalDate.of(2024, 1, 30)).getAsDouble(), 1e-15);
        assertNotEquals(expected, gdp.growthAsOf(LocalDate.of(2024, 1, 29)).getAsDouble());
        assertTrue(gdp.growthAsOf(LocalDate.of(1947, 7, 29)).isEmpty(), "only one quarter published by then");
    }

    @Test
    void truncatingTheFile_doesNotChangeAnyValueUpToTheTruncationHorizon() throws DataInputException {
        Path file = TestData.shared("GDPC1.csv");
        List<String> lines = TestData.lines(file);
        int keep = 1 + 272;  // header and the quarters up to 2014-10-01
        Path truncated = TestData.writeLines(dir, "GDPC1.csv", lines.subList(0, keep));
        MacroSeries full = reader.read(file);
        MacroSeries cut = reader.read(truncated);
        LocalDate firstDropped = LocalDate.parse(lines.get(keep).substring(0, 10));
        LocalDate horizon = firstDropped.plusMonths(3).minusDays(1).plusDays(30).minusDays(1);
        for (LocalDate d = LocalDate.of(1947, 1, 1); !d.isAfter(horizon); d = d.plusDays(1)) {
            assertEquals(full.valueAsOf(d), cut.valueAsOf(d), d.toString());
            assertEquals(full.growthAsOf(d), cut.growthAsOf(d), d.toString());
        }
        assertNotEquals(full.valueAsOf(horizon.plusDays(1)), cut.valueAsOf(horizon.plusDays(1)));
    }

    @Test
    void read_smallFile_publishesAtQuarterEndPlusLag() throws DataInputException {
        Path file = TestData.write(dir, "g.csv", "observation_date,GDP\n2023-07-01,100\n2023-10-01,103\n");
        MacroSeries gdp = reader.read(file);
        assertEquals(List.of(LocalDate.of(2023, 10, 30), LocalDate.of(2024, 1, 30)), gdp.publicationDates());
        assertEquals(100.0, gdp.valueAsOf(LocalDate.of(2024, 1, 29)).getAsDouble());
        assertEquals(103.0, gdp.valueAsOf(LocalDate.of(2024, 1, 30)).getAsDouble());
        MacroSeries noLag = new GdpReader(0).read(file);
        assertEquals(LocalDate.of(2023, 12, 31), noLag.publicationDates().get(1));
    }

    @Test
    void read_acceptsFredsOlderDateHeader() throws DataInputException {
        Path file = TestData.write(dir, "old.csv", "DATE,GDPC1\n2023-07-01,100\n");
        assertEquals("GDPC1", reader.read(file).name());
    }

    @Test
    void constructor_rejectsANegativeLag() {
        assertThrows(IllegalArgumentException.class, () -> new GdpReader(-1));
    }

    @Test
    void read_refusesBadRows() {
        List<String[]> cases = new ArrayList<>();
        // row 3 replaced; expected field
        cases.add(new String[] {"2023-08-01,101", "observation_date", "not the first day of a quarter"});
        cases.add(new String[] {"2023-10-02,101", "observation_date", "not the first day of a quarter"});
        cases.add(new String[] {"01-10-23,101", "observation_date", "not a date"});
        cases.add(new String[] {"2023-07-01,101", "observation_date", "duplicate date"});
        cases.add(new String[] {"2023-04-01,101", "observation_date", "out of order"});
        cases.add(new String[] {"2024-01-01,101", "observation_date", "quarters missing"});
        cases.add(new String[] {"2023-10-01,.", "GDP", "'.' is not a number"});
        cases.add(new String[] {"2023-10-01,", "GDP", "empty"});
        cases.add(new String[] {"2023-10-01,-5", "GDP", "positive"});
        cases.add(new String[] {"2023-10-01,0", "GDP", "positive"});
        cases.add(new String[] {"2023-10-01,NaN", "GDP", "NaN"});
        for (String[] c : cases) {
            Path file = TestData.write(dir, "g.csv", "observation_date,GDP\n2023-07-01,100\n" + c[0] + "\n");
            DataInputException e = assertDataError("g.csv", 3, c[1], () -> reader.read(file));
            assertTrue(e.reason().contains(c[2]), e.getMessage());
        }
    }

    @Test
    void read_refusesAMissingDateColumnExtraColumnsOrNoRows() {
        Path noDate = TestData.write(dir, "a.csv", "day,GDP\n2023-07-01,100\n");
        assertDataError("a.csv", 1, "observation_date", () -> reader.read(noDate));
        Path extra = TestData.write(dir, "b.csv", "observation_date,GDP,X\n2023-07-01,100,1\n");
        assertDataError("b.csv", 1, "", () -> reader.read(extra));
        Path empty = TestData.write(dir, "c.csv", "observation_date,GDP\n");
        assertDataError("c.csv", 2, "", () -> reader.read(empty));
        assertDataError("d.csv", 0, "", () -> reader.read(dir.resolve("d.csv")));
    }
}
