package org.lstmrisk.core.volatility;

import org.lstmrisk.core.PriceSeries;

/**
 * Parkinson (1980) high-low range estimator: sqrt(mean(ln(H/L)²) / (4 ln 2)) over the days of the window,
 * as a daily volatility (fraction). It ignores overnight gaps, so it measures open-to-close variation only.
 * This class is immutable and thread-safe.
 */
public record ParkinsonEstimator() implements RealisedVolatilityEstimator {

    /** The name {@code parkinson}. */
    public static final String NAME = "parkinson";

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Daily volatility (fraction) from the high and low of days {@code end − windowDays + 1 … end}.
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
            double u = Math.log(series.high(i) / series.low(i));
            sum += u * u;
        }
        return Math.sqrt(sum / windowDays / (4 * Math.log(2)));
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
