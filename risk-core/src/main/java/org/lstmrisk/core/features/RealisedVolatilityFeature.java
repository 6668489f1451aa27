package org.lstmrisk.core.features;

import java.util.Arrays;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.volatility.RealisedVolatilityEstimator;

/**
 * Realised daily volatility (fraction) over the {@code windowDays} days ending on each day, by the given
 * estimator. This class is immutable and thread-safe.
 *
 * @param estimator  close-to-close, Parkinson or Garman–Klass
 * @param windowDays window length in trading days
 */
public record RealisedVolatilityFeature(RealisedVolatilityEstimator estimator, int windowDays) implements DailyFeature {

    /** Validates a positive window. */
    public RealisedVolatilityFeature {
        java.util.Objects.requireNonNull(estimator, "estimator");
        if (windowDays < 1) {
            throw new IllegalArgumentException("realised-volatility window must be at least 1 day, was " + windowDays);
        }
    }

    @Override
    public String spec() {
        return "vol(" + estimator.name() + "," + windowDays + ")";
    }

    @Override
    public int warmUpDays() {
        return estimator.needsPreviousClose() ? windowDays : windowDays - 1;
    }

    @Override
    public double[] compute(FeatureInputs inputs) {
        PriceSeries s = inputs.prices();
        if (estimator.needsRange() && !s.hasRange()) {
            throw new IllegalArgumentException(s.ticker() + ": feature " + spec() + " needs open, high and low prices");
        }
        double[] out = new double[s.size()];
        Arrays.fill(out, Double.NaN);
        for (int i = warmUpDays(); i < out.length; i++) {
            out[i] = estimator.volatility(s, i, windowDays);
        }
        return out;
    }
}
