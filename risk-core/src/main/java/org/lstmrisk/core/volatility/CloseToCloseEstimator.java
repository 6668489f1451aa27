package org.lstmrisk.core.volatility;

import org.lstmrisk.core.LogReturns;
import org.lstmrisk.core.PriceSeries;

/**
 * Zero-mean close-to-close estimator: the square root of the mean squared daily log return over the returns
 * into each day of the window, as a daily volatility (fraction). This class is immutable and thread-safe.
 */
public record CloseToCloseEstimator() implements RealisedVolatilityEstimator {

    /** The name {@code close-to-close}. */
    public static final String NAME = "close-to-close";

    @Override
    public String name() {
        return NAME;
    }

    /**
     * sqrt(mean(r_i²)) over the returns r_i = ln c_i − ln c_{i−1} for i = end − windowDays + 1 … end: daily
     * volatility as a fraction. Needs {@code end − windowDays ≥ 0}.
     */
    @Override
    public double volatility(PriceSeries series, int end, int windowDays) {
        int first = end - windowDays;
        EstimatorWindow.check(NAME, series, first, end, windowDays);
        double sum = 0;
        for (int i = first + 1; i <= end; i++) {
            double r = LogReturns.between(series.close(i - 1), series.close(i));
            sum += r * r;
        }
        return Math.sqrt(sum / windowDays);
    }

    /** Always false: only closes are used. */
    @Override
    public boolean needsRange() {
        return false;
    }

    /** Always true: the first day's return or gap starts at the previous close. */
    @Override
    public boolean needsPreviousClose() {
        return true;
    }
}
