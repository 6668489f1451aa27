package org.lstmrisk.core;

/**
 * Daily log returns r_t = ln p_t − ln p_{t−1}, as fractions (0.01 ≈ 1 %).
 */
public final class LogReturns {

    private LogReturns() {
    }

    /** The {@code prices.length − 1} log returns of {@code prices}; every price must be positive and finite. */
    public static double[] of(double[] prices) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The log returns of a series' (adjusted) closes; element i is the return from day i to day i+1. */
    public static double[] of(PriceSeries series) {
        throw new UnsupportedOperationException("TODO");
    }
}
