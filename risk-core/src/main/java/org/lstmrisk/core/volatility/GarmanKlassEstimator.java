package org.lstmrisk.core.volatility;

import org.lstmrisk.core.PriceSeries;

/**
 * Garman–Klass (1980) estimator: sqrt(mean(0.5 ln(H/L)² − (2 ln 2 − 1) ln(C/O)²)) over the days of the
 * window, as a daily volatility (fraction). Like Parkinson it ignores overnight gaps. Each day's term is
 * non-negative for a consistent bar. This class is immutable and thread-safe.
 */
public record GarmanKlassEstimator() implements RealisedVolatilityEstimator {

    /** The name {@code garman-klass}. */
    public static final String NAME = "garman-klass";

    private static final double CLOSE_OPEN_WEIGHT = 2 * Math.log(2) - 1;

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Daily volatility (fraction) from the open, high, low and close of days {@code end − windowDays + 1 … end}.
     *
     * @throws IllegalArgumentException when the window does not fit, the series has no range, or a bar in the
     *                                  window is inconsistent (low above open/close or high below them)
     */
    @Override
    public double volatility(PriceSeries series, int end, int windowDays) {
        int first = end - windowDays + 1;
        EstimatorWindow.check(NAME, series, first, end, windowDays);
        EstimatorWindow.checkRange(NAME, series, first, end);
        double sum = 0;
        for (int i = first; i <= end; i++) {
            sum += rangeTerm(series, i) - closeOpenTerm(series, i);
        }
        return Math.sqrt(sum / windowDays);
    }

    /** Day i's range term 0.5 ln(H/L)² (the bar is not checked). */
    static double rangeTerm(PriceSeries series, int i) {
        double u = Math.log(series.high(i) / series.low(i));
        return 0.5 * u * u;
    }

    /** Day i's open-to-close term (2 ln 2 − 1) ln(C/O)², subtracted from the range term. */
    static double closeOpenTerm(PriceSeries series, int i) {
        double c = Math.log(series.close(i) / series.open(i));
        return CLOSE_OPEN_WEIGHT * c * c;
    }

    /** Always true. */
    @Override
    public boolean needsRange() {
        return true;
    }

    /** Always false: each day's own bar is enough. */
    @Override
    public boolean needsPreviousClose() {
        return false;
    }
}
