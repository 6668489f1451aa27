package org.lstmrisk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;

/** Writes a price history as a folder of Yahoo-layout CSV files, prices at full precision (they read back exactly). */
final class SyntheticFolder {

    private SyntheticFolder() {
    }

    static Path write(Path dir, PriceHistory history) throws IOException {
        Files.createDirectories(dir);
        for (PriceSeries s : history.series()) {
            write(dir, s);
        }
        return dir;
    }

    static void write(Path dir, PriceSeries s) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Date,Open,High,Low,Close,Adj Close,Volume");
        for (int i = 0; i < s.size(); i++) {
            lines.add(s.date(i) + "," + s.open(i) + "," + s.high(i) + "," + s.low(i) + "," + s.close(i) + ","
                    + s.close(i) + "," + (s.hasVolume() ? Math.round(s.volume()[i]) : 1000));
        }
        Files.write(dir.resolve(s.ticker() + ".csv"), lines);
    }

    /** {@code s} with the close of day {@code i} set to the close of day {@code i − 1} (an unchanged close). */
    static PriceSeries withUnchangedClose(PriceSeries s, int... days) {
        double[] o = s.open();
        double[] h = s.high();
        double[] l = s.low();
        double[] c = s.close();
        for (int i : days) {
            c[i] = c[i - 1];
            h[i] = Math.max(h[i], c[i]);
            l[i] = Math.min(l[i], c[i]);
        }
        return new PriceSeries(s.ticker(), s.dates(), o, h, l, c, s.volume());
    }

    /** {@code s} with every price from day {@code from} on multiplied by a day-dependent factor (a different future). */
    static PriceSeries withChangedFuture(PriceSeries s, int from) {
        double[] o = s.open();
        double[] h = s.high();
        double[] l = s.low();
        double[] c = s.close();
        double factor = 1;
        for (int i = from; i < s.size(); i++) {
            factor *= Math.exp(0.03 * Math.sin(1.7 * i));
            o[i] *= factor;
            h[i] *= factor;
            l[i] *= factor;
            c[i] *= factor;
        }
        return new PriceSeries(s.ticker(), s.dates(), o, h, l, c, s.volume());
    }
}
