package org.lstmrisk.core.features;

import java.util.Arrays;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.volatility.RealisedVolatilityEstimator;

/**
 * The quantity a forecast made at the close of day t is judged against: the realised daily volatility
 * (fraction) over days t+1 … t+h, by the given estimator (DESIGN.md). It uses data after t by definition, so
 * it is only ever computed for days whose horizon is complete. This class is immutable and thread-safe.
 *
 * @param estimator   the realised-volatility proxy
 * @param horizonDays h
 */
public record RealisedVolatilityTarget(RealisedVolatilityEstimator estimator, int horizonDays) {

    /** Validates h ≥ 1. */
    public RealisedVolatilityTarget {
        java.util.Objects.requireNonNull(estimator, "estimator");
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 day, was " + horizonDays);
        }
    }

    /**
     * The target for each day t of {@code series}: the realised volatility over t+1 … t+h, or {@code NaN} for the
     * last h days (their horizon is not yet complete).
     */
    public double[] compute(PriceSeries series) {
        double[] out = new double[series.size()];
        Arrays.fill(out, Double.NaN);
        for (int t = 0; t + horizonDays < out.length; t++) {
            out[t] = estimator.volatility(series, t + horizonDays, horizonDays);
        }
        return out;
    }
}
