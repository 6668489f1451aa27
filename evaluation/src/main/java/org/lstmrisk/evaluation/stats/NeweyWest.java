package org.lstmrisk.evaluation.stats;

import java.util.Objects;

/** The Newey–West (1987) long-run variance estimator with Bartlett weights. */
public final class NeweyWest {

    private NeweyWest() {
    }

    /**
     * γ_0 + 2 Σ_{k=1}^{L} (1 − k/(L+1)) γ_k, where γ_k = (1/n) Σ_{t=k}^{n−1} (x_t − x̄)(x_{t−k} − x̄) and L = {@code lag};
     * in the squared units of {@code x}. Non-negative by construction.
     *
     * @throws IllegalArgumentException when {@code lag} is negative or not below the number of observations
     */
    public static double longRunVariance(double[] x, int lag) {
        Objects.requireNonNull(x, "x");
        if (lag < 0 || lag >= x.length) {
            throw new IllegalArgumentException("Newey-West lag must be in [0, " + (x.length - 1) + "], was " + lag);
        }
        Series.checkFinite("Newey-West", x);
        double mean = Series.mean(x);
        double lrv = autocovariance(x, mean, 0);
        for (int k = 1; k <= lag; k++) {
            lrv += 2 * (1 - k / (lag + 1.0)) * autocovariance(x, mean, k);
        }
        return lrv;
    }

    private static double autocovariance(double[] x, double mean, int k) {
        double s = 0;
        for (int t = k; t < x.length; t++) {
            s += (x[t] - mean) * (x[t - k] - mean);
        }
        return s / x.length;
    }
}
