package org.lstmrisk.core.forecast;

import java.util.Objects;
import org.apache.commons.math3.special.Gamma;

/**
 * The GARCH(1,1) variance filter and log-likelihood of daily log returns r_1 … r_n. The filter starts from the
 * unconditional variance σ²_1 = ω / (1 − α − β) and runs σ²_{t+1} = ω + α r_t² + β σ²_t.
 */
public final class GarchLikelihood {

    private static final double LN_2PI = Math.log(2 * Math.PI);

    private GarchLikelihood() {
    }

    /**
     * The conditional daily variances σ²_1 … σ²_{n+1} (squared fractions) of {@code returns}; the last element is
     * the variance forecast for the day after the last return.
     */
    public static double[] conditionalVariances(double[] returns, GarchParameters p) {
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(p, "parameters");
        double[] v = new double[returns.length + 1];
        v[0] = p.unconditionalVariance();
        for (int t = 0; t < returns.length; t++) {
            v[t + 1] = p.nextVariance(v[t], returns[t]);
        }
        return v;
    }

    /**
     * The log-likelihood Σ ln f(r_t | σ²_t) of {@code returns} (natural log, densities of the daily log return):
     * Gaussian −½(ln 2π + ln σ²_t + r_t²/σ²_t), or for standardised Student-t with ν degrees of freedom
     * ln Γ((ν+1)/2) − ln Γ(ν/2) − ½ ln(π(ν−2)) − ½ ln σ²_t − (ν+1)/2 · ln(1 + r_t²/((ν−2)σ²_t)).
     */
    public static double logLikelihood(double[] returns, GarchParameters p) {
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(p, "parameters");
        double variance = p.unconditionalVariance();
        double sum = 0;
        if (p.isGaussian()) {
            for (double r : returns) {
                sum += -0.5 * (LN_2PI + Math.log(variance) + r * r / variance);
                variance = p.nextVariance(variance, r);
            }
            return sum;
        }
        double nu = p.degreesOfFreedom();
        double constant = Gamma.logGamma((nu + 1) / 2) - Gamma.logGamma(nu / 2) - 0.5 * Math.log(Math.PI * (nu - 2));
        for (double r : returns) {
            sum += constant - 0.5 * Math.log(variance) - (nu + 1) / 2 * Math.log1p(r * r / ((nu - 2) * variance));
            variance = p.nextVariance(variance, r);
        }
        return sum;
    }
}
