package org.lstmrisk.core.features;

import java.util.Objects;

/**
 * The natural logarithm of another non-negative feature, ln(max(x, {@value #FLOOR})): volatilities are skewed and
 * span an order of magnitude between calm and crisis, and their logarithm is close to normal, which suits a
 * z-score scaler and the network's saturating gates. The floor keeps a zero range or an unchanged close finite.
 * This class is immutable and thread-safe.
 *
 * @param inner the feature whose logarithm this is (must not be negative)
 */
public record LogFeature(DailyFeature inner) implements DailyFeature {

    /** Values below this (a daily volatility of 0.001 %) count as this. */
    public static final double FLOOR = 1e-5;

    /** Checks for null. */
    public LogFeature {
        Objects.requireNonNull(inner, "inner");
    }

    @Override
    public String spec() {
        return "log(" + inner.spec() + ")";
    }

    @Override
    public int warmUpDays() {
        return inner.warmUpDays();
    }

    /**
     * ln(max(x, floor)) of the inner feature's values, NaN where it is NaN.
     *
     * @throws IllegalArgumentException when the inner feature has a negative value (its logarithm is undefined)
     */
    @Override
    public double[] compute(FeatureInputs inputs) {
        double[] x = inner.compute(inputs);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0) {
                throw new IllegalArgumentException(inputs.prices().ticker() + ": feature " + inner.spec() + " is "
                        + x[i] + " on " + inputs.prices().date(i) + "; log() needs non-negative values");
            }
            out[i] = Double.isNaN(x[i]) ? Double.NaN : Math.log(Math.max(x[i], FLOOR));
        }
        return out;
    }
}
