package org.lstmrisk.core.forecast;

import java.util.Objects;
import org.apache.commons.math3.special.Gamma;

/**
 * The GARCH(1,1) / GJR-GARCH(1,1) variance filter and log-likelihood of daily log returns r_1 … r_n.
 *
 * <p>The filter starts as R's fGarch does ({@code garchFit}, default {@code init.rec = "mci"}): before the first
 * return the variance and the squared return are both taken at the presample level V̂, the mean squared return of
 * the returns being fitted (V̂ = Σ r_t² / n, the returns themselves being the residuals of a zero-mean model), so
 * σ²_1 = ω + φ V̂ with φ = α + γ/2 + β, and then σ²_{t+1} = ω + (α + γ·1[r_t &lt; 0]) r_t² + β σ²_t. For GARCH this
 * is fGarch's start exactly; for GJR fGarch's Fortran uses its "unleveraged" persistence α' + β of its APARCH
 * parametrisation instead of φ, which differs from ours in σ²_1 only. The likelihood sums over all n returns, as
 * fGarch's does. (The start used to be the model's own unconditional variance ω/(1 − φ), which ties σ²_1 to φ and
 * pulled φ towards 1 on some stocks: issue 12.) A fitted model is the filter from the presample level of its fitting
 * window, so no later data enters it; tseries, arch and rugarch start from the same level or a backcast of it.
 */
public final class GarchLikelihood {

    private static final double LN_2PI = Math.log(2 * Math.PI);

    private GarchLikelihood() {
    }

    /**
     * The mean squared return Σ r_t² / n (squared fraction), the presample level of the filter.
     *
     * @throws IllegalArgumentException when {@code returns} is empty
     */
    public static double meanSquare(double[] returns) {
        Objects.requireNonNull(returns, "returns");
        if (returns.length == 0) {
            throw new IllegalArgumentException("GARCH needs at least one return");
        }
        double sum = 0;
        for (double r : returns) {
            sum += r * r;
        }
        return sum / returns.length;
    }

    /** The first conditional variance σ²_1 = ω + φ V̂ from the presample level V̂ (squared fraction). */
    public static double startVariance(GarchParameters p, double presampleVariance) {
        return p.omega() + p.persistence() * presampleVariance;
    }

    /**
     * The conditional daily variances σ²_1 … σ²_{n+1} (squared fractions) of {@code returns}, starting from their
     * own mean square; the last element is the variance forecast for the day after the last return.
     */
    public static double[] conditionalVariances(double[] returns, GarchParameters p) {
        return conditionalVariances(returns, p, meanSquare(returns));
    }

    /** As {@link #conditionalVariances(double[], GarchParameters)}, from the given presample level V̂. */
    public static double[] conditionalVariances(double[] returns, GarchParameters p, double presampleVariance) {
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(p, "parameters");
        double[] v = new double[returns.length + 1];
        v[0] = startVariance(p, presampleVariance);
        for (int t = 0; t < returns.length; t++) {
            v[t + 1] = p.nextVariance(v[t], returns[t]);
        }
        return v;
    }

    /**
     * The log-likelihood Σ ln f(r_t | σ²_t) of {@code returns} (natural log, densities of the daily log return),
     * filtered from their own mean square: Gaussian −½(ln 2π + ln σ²_t + r_t²/σ²_t), or for standardised Student-t
     * with ν degrees of freedom ln Γ((ν+1)/2) − ln Γ(ν/2) − ½ ln(π(ν−2)) − ½ ln σ²_t − (ν+1)/2 · ln(1 + r_t²/((ν−2)σ²_t)).
     */
    public static double logLikelihood(double[] returns, GarchParameters p) {
        return logLikelihood(returns, p, meanSquare(returns));
    }

    /** As {@link #logLikelihood(double[], GarchParameters)}, filtered from the given presample level V̂. */
    public static double logLikelihood(double[] returns, GarchParameters p, double presampleVariance) {
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(p, "parameters");
        double variance = startVariance(p, presampleVariance);
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
