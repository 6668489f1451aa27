package org.lstmrisk.core.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lstmrisk.core.PriceSeries;

/** Small seeded OHLCV series for feature tests. */
final class TestSeries {

    private TestSeries() {
    }

    static List<LocalDate> days(int n) {
        var d = new ArrayList<LocalDate>();
        for (int i = 0; i < n; i++) {
            d.add(LocalDate.of(2020, 1, 1).plusDays(i));
        }
        return d;
    }

    /** A random walk with consistent OHLC and volume. */
    static PriceSeries randomWalk(int n, long seed) {
        Random rnd = new Random(seed);
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double p = 100;
        for (int i = 0; i < n; i++) {
            double open = p * Math.exp(0.003 * rnd.nextGaussian());
            double close = open * Math.exp(0.015 * rnd.nextGaussian());
            o[i] = open;
            c[i] = close;
            h[i] = Math.max(open, close) * Math.exp(0.004 * Math.abs(rnd.nextGaussian()));
            l[i] = Math.min(open, close) * Math.exp(-0.004 * Math.abs(rnd.nextGaussian()));
            v[i] = 1e6 * Math.exp(0.3 * rnd.nextGaussian());
            p = close;
        }
        return new PriceSeries("RW", days(n), o, h, l, c, v);
    }

    /** Closes only. */
    static PriceSeries closes(double... c) {
        return PriceSeries.ofCloses("C", days(c.length), c);
    }
}
