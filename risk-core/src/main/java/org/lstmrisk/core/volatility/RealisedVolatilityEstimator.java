package org.lstmrisk.core.volatility;

import org.lstmrisk.core.PriceSeries;

/**
 * Estimates the realised daily volatility (standard deviation of daily log returns, as a fraction) of a
 * price series over a window of trading days. Estimators assume a zero mean daily return.
 */
public interface RealisedVolatilityEstimator extends java.io.Serializable {

    /** Short name used in configuration and reports, e.g. {@code close-to-close}, {@code parkinson}, {@code garman-klass}. */
    String name();

    /**
     * Daily volatility over the {@code windowDays} days ending at index {@code end} (inclusive) of {@code series}.
     * Close-to-close uses the returns into each of those days (so it needs {@code end − windowDays ≥ 0});
     * range-based estimators use each day's own open, high, low and close.
     *
     * @throws IllegalArgumentException when the window does not fit in the series, or the estimator needs
     *                                  open/high/low and the series has none
     */
    double volatility(PriceSeries series, int end, int windowDays);

    /** True when this estimator needs open, high and low prices. */
    boolean needsRange();

    /**
     * True when a window also reads the close of the day before its first day (so a window ending at index
     * {@code end} needs {@code end ≥ windowDays}; otherwise {@code end ≥ windowDays − 1}).
     */
    boolean needsPreviousClose();
}
