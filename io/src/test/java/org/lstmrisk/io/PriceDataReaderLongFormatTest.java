package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long-format file reads to the same prices as the same data split into per-ticker files. */
class PriceDataReaderLongFormatTest {

    private final PriceDataReader reader = new PriceDataReader(GapPolicy.DEFAULT);

    @Test
    void read_longFormat_equalsTheSameDataAsPerTickerFiles(@TempDir Path dir) throws Exception {
        // rows interleaved by date; BBB lacks 2024-01-04, which is forward-filled in both layouts
        TestData.write(dir, "prices.csv", """
                Date,Ticker,Open,High,Low,Close,Adj Close,Volume
                2024-01-02,AAA,10,11,9,10.5,10.4,1000
                2024-01-02,bbb,20,21,19,20.5,20.5,500
                2024-01-03,AAA,10.5,12,10,11,10.9,1100
                2024-01-03,BBB,20.5,22,20,21,21,600
                2024-01-04,AAA,11,11.5,10.5,11.2,11.1,900
                2024-01-05,BBB,21,21.5,20.5,21.2,21.2,700
                2024-01-05,AAA,11.2,11.8,11,11.5,11.4,950
                """);
        Path split = Files.createDirectory(dir.resolve("split"));
        TestData.write(split, "AAA.csv", """
                Date,Open,High,Low,Close,Adj Close,Volume
                2024-01-02,10,11,9,10.5,10.4,1000
                2024-01-03,10.5,12,10,11,10.9,1100
                2024-01-04,11,11.5,10.5,11.2,11.1,900
                2024-01-05,11.2,11.8,11,11.5,11.4,950
                """);
        TestData.write(split, "BBB.csv", """
                Date,Open,High,Low,Close,Adj Close,Volume
                2024-01-02,20,21,19,20.5,20.5,500
                2024-01-03,20.5,22,20,21,21,600
                2024-01-05,21,21.5,20.5,21.2,21.2,700
                """);

        LoadedPrices longFormat = reader.read(dir.resolve("prices.csv"));
        LoadedPrices perTicker = reader.read(split);

        assertEquals(perTicker.history(), longFormat.history());
        assertEquals(List.of("AAA", "BBB"), longFormat.history().tickers());
        for (int i = 0; i < 2; i++) {
            TickerCoverage a = longFormat.coverage().get(i);
            TickerCoverage b = perTicker.coverage().get(i);
            assertEquals(b.ticker(), a.ticker());
            assertEquals(b.rows(), a.rows());
            assertEquals(b.filledValues(), a.filledValues());
            assertEquals(b.firstDate(), a.firstDate());
            assertEquals(b.lastDate(), a.lastDate());
            assertEquals("Adj Close", a.priceColumn());
            assertEquals("prices.csv", String.valueOf(a.source().getFileName()));
        }
        assertEquals(1, longFormat.coverage().get(1).filledValues());
        // the adjusted close is the price; the range is scaled by adjClose / close
        assertEquals(10.4, longFormat.history().series("AAA").close(0));
        assertEquals(11 * 10.4 / 10.5, longFormat.history().series("AAA").high()[0], 1e-12);
    }
}
