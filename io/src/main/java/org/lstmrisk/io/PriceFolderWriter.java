package org.lstmrisk.io;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;

/**
 * Writes a {@link PriceHistory} as a price folder that {@code --data} reads back: one {@code TICKER.csv} per ticker
 * with {@code Date,Open,High,Low,Close,Volume} (Yahoo layout without an adjusted close; prices with six decimals
 * as Yahoo's files have them, so reading them back gives the prices to ±5e-7). The folder is written atomically by
 * {@link AtomicFolderWriter}, which replaces a folder already there: callers check that it is absent or empty.
 * This class is immutable and thread-safe.
 */
public final class PriceFolderWriter {

    private final AtomicFolderWriter writer = new AtomicFolderWriter();

    /** Writes the folder {@code target} and returns it. */
    public Path write(PriceHistory history, Path target) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (PriceSeries s : history.series()) {
            CsvOutput csv = CsvOutput.withHeader(java.util.List.of("Date", "Open", "High", "Low", "Close", "Volume"));
            double[] volume = s.volume();
            for (int i = 0; i < s.size(); i++) {
                csv.row(s.date(i).toString(), price(s.open(i)), price(s.high(i)), price(s.low(i)), price(s.close(i)),
                        Long.toString(Math.round(volume[i])));
            }
            files.put(s.ticker() + ".csv", csv.utf8());
        }
        return writer.replace(target, files);
    }

    private static String price(double p) {
        return java.math.BigDecimal.valueOf(p).setScale(6, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
}
