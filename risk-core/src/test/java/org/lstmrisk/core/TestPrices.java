package org.lstmrisk.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small builders of price series for tests. */
public final class TestPrices {

    private TestPrices() {
    }

    /** {@code n} consecutive weekdays starting on {@code start} (a weekday). */
    public static List<LocalDate> weekdays(LocalDate start, int n) {
        var out = new ArrayList<LocalDate>(n);
        LocalDate d = start;
        while (out.size() < n) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                out.add(d);
            }
            d = d.plusDays(1);
        }
        return out;
    }

    /** A closes-only series on weekdays from 2024-01-01. */
    public static PriceSeries closes(String ticker, double... closes) {
        return PriceSeries.ofCloses(ticker, weekdays(LocalDate.of(2024, 1, 1), closes.length), closes);
    }

    /** A closes-only Gaussian random walk of {@code n} prices with daily log-return volatility {@code sigma}. */
    public static PriceSeries randomWalk(String ticker, int n, double sigma, long seed) {
        var rng = new SplittableRandom(seed);
        double[] c = new double[n];
        c[0] = 100;
        for (int i = 1; i < n; i++) {
            c[i] = c[i - 1] * Math.exp(sigma * rng.nextGaussian());
        }
        return PriceSeries.ofCloses(ticker, weekdays(LocalDate.of(2020, 1, 1), n), c);
    }
}
