package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lstmrisk.io.TestData.assertDataError;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightsReaderTest {

    private final WeightsReader reader = new WeightsReader();

    @TempDir
    Path dir;

    @Test
    void read_keepsFileOrderAndLinesAndAllowsShorts() throws DataInputException {
        Path file = TestData.write(dir, "w.csv", "Ticker,WEIGHT\nmsft,0.6\n\nAAPL,-0.25\n\"KO\",1e-1\n");
        WeightsFile w = reader.read(file);
        assertEquals(file, w.source());
        assertEquals(List.of(new WeightEntry("MSFT", 0.6, 2), new WeightEntry("AAPL", -0.25, 4),
                new WeightEntry("KO", 0.1, 5)), w.entries());
    }

    @Test
    void read_refusesAMissingFile() {
        assertDataError("absent.csv", 0, "", () -> reader.read(dir.resolve("absent.csv")));
    }

    @Test
    void read_refusesAMissingColumn() {
        Path noWeight = TestData.write(dir, "w.csv", "ticker,w\nAAPL,1\n");
        assertDataError("w.csv", 1, "weight", () -> reader.read(noWeight));
        Path noTicker = TestData.write(dir, "v.csv", "symbol,weight\nAAPL,1\n");
        assertDataError("v.csv", 1, "ticker", () -> reader.read(noTicker));
    }

    @Test
    void read_refusesBadWeights() {
        for (String bad : List.of("", "abc", "NaN", "Infinity", "1e999", "null")) {
            Path file = TestData.write(dir, "w.csv", "ticker,weight\nAAPL,0.5\nMSFT," + bad + "\n");
            DataInputException e = assertDataError("w.csv", 3, "weight", () -> reader.read(file));
            assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        }
    }

    @Test
    void read_refusesABlankOrDuplicateTicker() {
        Path blank = TestData.write(dir, "w.csv", "ticker,weight\nAAPL,0.5\n,0.5\n");
        assertDataError("w.csv", 3, "ticker", () -> reader.read(blank));
        Path duplicate = TestData.write(dir, "w.csv", "ticker,weight\nAAPL,0.5\nMSFT,0.2\naapl,0.3\n");
        DataInputException e = assertDataError("w.csv", 4, "ticker", () -> reader.read(duplicate));
        assertTrue(e.reason().contains("first on line 2"), e.getMessage());
    }

    @Test
    void read_refusesAFileWithoutRows() {
        Path file = TestData.write(dir, "w.csv", "ticker,weight\n");
        assertDataError("w.csv", 2, "", () -> reader.read(file));
    }

    @Test
    void read_refusesARaggedRow() {
        Path file = TestData.write(dir, "w.csv", "ticker,weight\nAAPL,0.5,extra\n");
        assertDataError("w.csv", 2, "", () -> reader.read(file));
    }
}
