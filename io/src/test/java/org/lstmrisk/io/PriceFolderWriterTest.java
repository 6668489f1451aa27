package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.simulation.SyntheticMarket;

class PriceFolderWriterTest {

    @Test
    void writtenFolder_readsBackToThePricesWithSixDecimals(@TempDir Path dir) throws DataInputException {
        PriceHistory history = new SyntheticMarket(3, 40, LocalDate.of(2021, 6, 1), 5L).generate();
        Path folder = new PriceFolderWriter().write(history, dir.resolve("prices"));
        PriceHistory back = PriceDataReader.DEFAULT.read(folder).history();
        assertEquals(history.tickers(), back.tickers());
        for (PriceSeries s : history.series()) {
            PriceSeries r = back.series(s.ticker());
            assertEquals(s.dates(), r.dates());
            assertArrayEquals(s.close(), r.close(), 5.000001e-7);
            assertArrayEquals(s.high(), r.high(), 5.000001e-7);
            assertArrayEquals(s.low(), r.low(), 5.000001e-7);
            assertArrayEquals(s.open(), r.open(), 5.000001e-7);
        }
    }
}
