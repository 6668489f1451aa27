package org.lstmrisk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A second, deliberately plain reader of Yahoo CSV files (String.split, no Tablesaw) so that end-to-end
 * figures are checked against numbers computed independently of the product's reader.
 */
final class IndependentCsv {

    private IndependentCsv() {
    }

    /** Date → Adj Close of a Yahoo-layout file. */
    static TreeMap<LocalDate, Double> adjustedCloses(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            String[] header = lines.get(0).split(",");
            int col = List.of(header).indexOf("Adj Close");
            var out = new TreeMap<LocalDate, Double>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                out.put(LocalDate.parse(f[0]), Double.parseDouble(f[col]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Log returns of the {@code window} days ending at {@code asOf} (window + 1 prices). */
    static double[] logReturns(Map<LocalDate, Double> closes, LocalDate asOf, int window) {
        var upTo = new TreeMap<>(closes).headMap(asOf, true);
        Double[] p = upTo.values().toArray(new Double[0]);
        double[] r = new double[window];
        for (int t = 0; t < window; t++) {
            int i = p.length - window - 1 + t;
            r[t] = Math.log(p[i + 1] / p[i]);
        }
        return r;
    }

    /** Pearson correlation by the two-pass textbook formula. */
    static double pearson(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= x.length;
        my /= y.length;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
