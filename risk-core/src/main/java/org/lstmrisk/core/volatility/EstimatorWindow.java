package org.lstmrisk.core.volatility;

import org.lstmrisk.core.PriceSeries;

/** Argument checks shared by the realised-volatility estimators. */
final class EstimatorWindow {

    private EstimatorWindow() {
    }

    /**
     * Checks that days {@code first … end} lie in {@code series} for a window of {@code windowDays} days.
     *
     * @param first the first index the estimator reads (may be below {@code end − windowDays + 1} when it
     *              needs the previous close)
     */
    static void check(String estimator, PriceSeries series, int first, int end, int windowDays) {
        if (windowDays < 1) {
            throw new IllegalArgumentException(estimator + ": window must be at least 1 day, was " + windowDays);
        }
        if (end < 0 || end >= series.size()) {
            throw new IllegalArgumentException(estimator + ": end index " + end + " is outside " + series.ticker()
                    + "'s " + series.size() + " days");
        }
        if (first < 0) {
            throw new IllegalArgumentException(estimator + ": a " + windowDays + "-day window ending at index "
                    + end + " (" + series.date(end) + ") needs index " + first + ", before the start of "
                    + series.ticker() + "'s data");
        }
    }

    /**
     * Checks that {@code series} has open, high and low, and that each bar of days {@code first … end} is
     * consistent: low ≤ min(open, close) and max(open, close) ≤ high.
     */
    /**
     * Relative slack of the bar check: the readers accept open and close up to 1e-6 (relative) outside
     * [low, high] as rounding in the source, so the estimators must accept the same bars.
     */
    static final double BAR_TOLERANCE = 1e-6;

    static void checkRange(String estimator, PriceSeries series, int first, int end) {
        if (!series.hasRange()) {
            throw new IllegalArgumentException(estimator + " needs open, high and low prices, but "
                    + series.ticker() + " has closes only");
        }
        for (int i = first; i <= end; i++) {
            double o = series.open(i);
            double h = series.high(i);
            double l = series.low(i);
            double c = series.close(i);
            double slack = BAR_TOLERANCE * Math.max(o, c);
            if (l > Math.min(o, c) + slack || h < Math.max(o, c) - slack) {
                throw new IllegalArgumentException(estimator + ": " + series.ticker() + " on " + series.date(i)
                        + " has an inconsistent bar (open " + o + ", high " + h + ", low " + l
                        + ", close " + c + ")");
            }
        }
    }
}
