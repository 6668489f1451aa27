package org.lstmrisk.core;

import java.util.Objects;

/**
 * Daily log returns r_t = ln p_t − ln p_{t−1}, as fractions (0.01 ≈ 1 %).
 *
 * <p>Every return in the engine is computed by {@link #between}, {@code Math.log(p) - Math.log(previous)} (the
 * expression {@link PriceHistory#logReturnWindow} uses too), so a return is bit-identical wherever it is computed.
 */
public final class LogReturns {

    private LogReturns() {
    }

    /**
     * The {@code prices.length − 1} daily log returns of {@code prices}; every price must be positive and finite.
     * A single price gives an empty array.
     *
     * @throws IllegalArgumentException when {@code prices} is empty or holds a price that is not positive and finite
     */
    public static double[] of(double[] prices) {
        Objects.requireNonNull(prices, "prices");
        if (prices.length == 0) {
            throw new IllegalArgumentException("log returns need at least one price, got none");
        }
        for (int i = 0; i < prices.length; i++) {
            if (!(Double.isFinite(prices[i]) && prices[i] > 0)) {
                throw new IllegalArgumentException("price at index " + i + " must be positive and finite, was "
                        + prices[i]);
            }
        }
        double[] returns = new double[prices.length - 1];
        for (int i = 1; i < prices.length; i++) {
            returns[i - 1] = between(prices[i - 1], prices[i]);
        }
        return returns;
    }

    /**
     * The log return ln(price) − ln(previousPrice) from one close to the next, as a fraction. Does not validate:
     * callers pass prices already checked positive (e.g. from a {@link PriceSeries}).
     */
    public static double between(double previousPrice, double price) {
        return Math.log(price) - Math.log(previousPrice);
    }

    /** The daily log returns of a series' (adjusted) closes; element i is the return from day i to day i+1. */
    public static double[] of(PriceSeries series) {
        Objects.requireNonNull(series, "series");
        return of(series.close());
    }
}
