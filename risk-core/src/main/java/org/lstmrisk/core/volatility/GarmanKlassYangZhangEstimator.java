package org.lstmrisk.core.volatility;

import org.lstmrisk.core.PriceSeries;

/**
 * Garman–Klass with Yang and Zhang's overnight term: sqrt(mean(ln(O/C₋₁)² + 0.5 ln(H/L)² − (2 ln 2 − 1) ln(C/O)²))
 * over the days of the window, as a daily volatility (fraction). The overnight gap from the previous close makes
 * it a close-to-close volatility (what a portfolio holding overnight experiences) with most of the noise of the
 * squared return removed by the day's range. This class is immutable and thread-safe.
 */
public record GarmanKlassYangZhangEstimator() implements RealisedVolatilityEstimator {

    /** The name {@code garman-klass-yz}. */
    public static final String NAME = "garman-klass-yz";

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Daily volatility (fraction) from the previous close and the open, high, low and close of days
     * {@code end − windowDays + 1 … end}. Needs {@code end − windowDays ≥ 0}.
     *
     * @throws IllegalArgumentException when the window does not fit, the series has no range, or a bar in the
     *                                  window is inconsistent (low above open/close or high below them)
     */
    @Override
    public double volatility(PriceSeries series, int end, int windowDays) {
        int first = end - windowDays + 1;
        EstimatorWindow.check(NAME, series, first - 1, end, windowDays);
        EstimatorWindow.checkRange(NAME, series, first, end);
        double sum = 0;
        for (int i = first; i <= end; i++) {
            double gap = Math.log(series.open(i) / series.close(i - 1));
            // the same order of operations as the Garman–Klass sum, with the gap first
            sum += gap * gap + GarmanKlassEstimator.rangeTerm(series, i)
                    - GarmanKlassEstimator.closeOpenTerm(series, i);
        }
        return Math.sqrt(sum / windowDays);
    }

    /** Always true. */
    @Override
    public boolean needsRange() {
        return true;
    }

    /** Always true: the first day's return or gap starts at the previous close. */
    @Override
    public boolean needsPreviousClose() {
        return true;
    }
}
