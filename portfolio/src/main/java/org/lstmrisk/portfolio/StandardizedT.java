package org.lstmrisk.portfolio;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.apache.commons.math3.special.Gamma;

/**
 * The Student t distribution with ν &gt; 2 degrees of freedom scaled to unit variance (Z = T·√((ν−2)/ν)), and the
 * maximum-likelihood estimate of ν from a sample assumed to be drawn from it (location 0 and scale 1 fixed). Its
 * density is f(z) = Γ((ν+1)/2) / (Γ(ν/2)·√((ν−2)π)) · (1 + z²/(ν−2))<sup>−(ν+1)/2</sup>. Stateless.
 */
final class StandardizedT {

    /** Smallest ν searched: 2.05 (the variance is infinite at 2). */
    static final double NU_MIN = 2.05;

    /** Largest ν searched: 200, where the 99 % quantile is 0.3 % above the normal's (2.3334 against 2.3263). */
    static final double NU_MAX = 200.0;

    /** Fewest observations the fit accepts: 30. */
    static final int MIN_OBSERVATIONS = 30;

    /** Points of the coarse grid in ln(ν − 2) that brackets the maximum before Brent's method refines it. */
    private static final int GRID_POINTS = 200;

    private StandardizedT() {
    }

    /** The log-likelihood Σ ln f(z_t) of the sample for ν. */
    static double logLikelihood(double nu, double[] z) {
        double scale = nu - 2.0;
        double constant = Gamma.logGamma((nu + 1.0) / 2.0) - Gamma.logGamma(nu / 2.0) - 0.5 * Math.log(scale * Math.PI);
        double sum = 0.0;
        for (double x : z) {
            sum += Math.log1p(x * x / scale);
        }
        return z.length * constant - (nu + 1.0) / 2.0 * sum;
    }

    /**
     * The ν in [{@value #NU_MIN}, {@value #NU_MAX}] that maximises {@link #logLikelihood}: the best point of a
     * 200-point grid in ln(ν − 2), refined by Brent's method between its neighbours. A sample thinner-tailed
     * than any t (e.g. normal) gives values at or near {@value #NU_MAX}; one whose bulk is far narrower than its
     * spread (many tiny values, a few huge ones) gives values at or near {@value #NU_MIN}.
     *
     * @throws IllegalArgumentException when there are fewer than {@value #MIN_OBSERVATIONS} values, a value is not
     *                                  finite, or all values are equal (nothing to fit)
     */
    static double fitDegreesOfFreedom(double[] z) {
        if (z == null || z.length < MIN_OBSERVATIONS) {
            throw new IllegalArgumentException("cannot estimate the Student t degrees of freedom from "
                    + (z == null ? 0 : z.length) + " standardised returns: at least " + MIN_OBSERVATIONS + " are needed");
        }
        boolean allEqual = true;
        for (int t = 0; t < z.length; t++) {
            if (!Double.isFinite(z[t])) {
                throw new IllegalArgumentException("standardised return " + t + " is not finite: " + z[t]);
            }
            allEqual &= z[t] == z[0];
        }
        if (allEqual) {
            throw new IllegalArgumentException("cannot estimate the Student t degrees of freedom: all " + z.length
                    + " standardised returns equal " + z[0]);
        }
        double lo = Math.log(NU_MIN - 2.0);
        double hi = Math.log(NU_MAX - 2.0);
        double[] grid = new double[GRID_POINTS];
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < GRID_POINTS; k++) {
            grid[k] = k == 0 ? NU_MIN
                    : k == GRID_POINTS - 1 ? NU_MAX : 2.0 + Math.exp(lo + (hi - lo) * k / (GRID_POINTS - 1));
            double value = logLikelihood(grid[k], z);
            if (value > bestValue) {
                bestValue = value;
                best = k;
            }
        }
        double left = grid[Math.max(best - 1, 0)];
        double right = grid[Math.min(best + 1, GRID_POINTS - 1)];
        UnivariateFunction likelihood = nu -> logLikelihood(nu, z);
        UnivariatePointValuePair refined = new BrentOptimizer(1e-12, 1e-12).optimize(new MaxEval(500),
                new UnivariateObjectiveFunction(likelihood), GoalType.MAXIMIZE,
                new SearchInterval(left, right, grid[best]));
        return refined.getValue() >= bestValue ? refined.getPoint() : grid[best];
    }

    /** The α-quantile of the unit-variance t: t<sub>ν</sub><sup>−1</sup>(α)·√((ν−2)/ν). */
    static double quantile(double nu, double level) {
        return new TDistribution(null, nu).inverseCumulativeProbability(level) * Math.sqrt((nu - 2.0) / nu);
    }

    /**
     * The expected shortfall at level α of the unit-variance t, E[Z | Z ≥ z<sub>α</sub>] =
     * √((ν−2)/ν) · f<sub>ν</sub>(t<sub>α</sub>)/(1−α) · (ν + t<sub>α</sub>²)/(ν−1), with t<sub>α</sub> the quantile
     * and f<sub>ν</sub> the density of the (unscaled) Student t.
     */
    static double expectedShortfall(double nu, double level) {
        TDistribution t = new TDistribution(null, nu);
        double q = t.inverseCumulativeProbability(level);
        return Math.sqrt((nu - 2.0) / nu) * t.density(q) / (1.0 - level) * (nu + q * q) / (nu - 1.0);
    }
}
