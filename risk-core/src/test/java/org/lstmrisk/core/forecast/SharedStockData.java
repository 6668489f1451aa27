package org.lstmrisk.core.forecast;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.core.PriceSeries;

/**
 * Adjusted closes of a djia30 stock from the data shipped beside the project (system property
 * {@code lstmrisk.sharedData}, set by the parent pom); tests that need it are skipped when it is absent.
 */
final class SharedStockData {

    private SharedStockData() {
    }

    /**
     * The {@code Adj Close} column of {@code djia30/<ticker>.csv} (header {@code Date,Open,High,Low,Close,Adj Close,
     * Volume}, as the product's reader takes it) from the first row up to and including {@code upTo}.
     */
    static PriceSeries djia30(String ticker, LocalDate upTo) throws IOException {
        String dir = System.getProperty("lstmrisk.sharedData");
        assumeTrue(dir != null, "lstmrisk.sharedData not set");
        Path file = Path.of(dir, "djia30", ticker + ".csv");
        assumeTrue(Files.isRegularFile(file), "no " + file);
        List<String> lines = Files.readAllLines(file);
        if (!lines.get(0).trim().equals("Date,Open,High,Low,Close,Adj Close,Volume")) {
            throw new IllegalStateException("unexpected header in " + file + ": " + lines.get(0));
        }
        List<LocalDate> dates = new ArrayList<>();
        List<Double> closes = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            LocalDate d = LocalDate.parse(cells[0]);
            if (d.isAfter(upTo)) {
                break;
            }
            dates.add(d);
            closes.add(Double.parseDouble(cells[5]));
        }
        return PriceSeries.ofCloses(ticker, dates, closes.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
