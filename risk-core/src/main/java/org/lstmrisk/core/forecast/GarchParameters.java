package org.lstmrisk.core.forecast;

/**
 * Parameters of a zero-mean GARCH(1,1) model of daily log returns: σ²_{t+1} = ω + α r_t² + β σ²_t, with
 * innovations that are Gaussian ({@code degreesOfFreedom} infinite) or standardised Student-t. This class is
 * immutable and thread-safe.
 *
 * @param omega            constant term ω &gt; 0 (daily variance, a squared fraction)
 * @param alpha            reaction to the last squared return, α ≥ 0
 * @param beta             persistence of the last variance, β ≥ 0, with α + β &lt; 1
 * @param degreesOfFreedom Student-t degrees of freedom ν &gt; 2, or {@link Double#POSITIVE_INFINITY} for Gaussian
 */
public record GarchParameters(double omega, double alpha, double beta, double degreesOfFreedom) {

    /** Validates ω &gt; 0, α ≥ 0, β ≥ 0, α + β &lt; 1 (all finite) and ν &gt; 2 (or infinite). */
    public GarchParameters {
        if (!(Double.isFinite(omega) && omega > 0)) {
            throw new IllegalArgumentException("GARCH omega must be positive and finite, was " + omega);
        }
        if (!(Double.isFinite(alpha) && alpha >= 0)) {
            throw new IllegalArgumentException("GARCH alpha must be non-negative and finite, was " + alpha);
        }
        if (!(Double.isFinite(beta) && beta >= 0)) {
            throw new IllegalArgumentException("GARCH beta must be non-negative and finite, was " + beta);
        }
        if (!(alpha + beta < 1)) {
            throw new IllegalArgumentException("GARCH alpha + beta must be below 1, was " + (alpha + beta));
        }
        if (!(degreesOfFreedom > 2)) {
            throw new IllegalArgumentException("Student-t degrees of freedom must exceed 2 (or be infinite for "
                    + "Gaussian innovations), was " + degreesOfFreedom);
        }
    }

    /** Gaussian GARCH(1,1) parameters. */
    public static GarchParameters gaussian(double omega, double alpha, double beta) {
        return new GarchParameters(omega, alpha, beta, Double.POSITIVE_INFINITY);
    }

    /** True when the innovations are Gaussian (infinite degrees of freedom). */
    public boolean isGaussian() {
        return degreesOfFreedom == Double.POSITIVE_INFINITY;
    }

    /** The persistence α + β. */
    public double persistence() {
        return alpha + beta;
    }

    /** The unconditional daily variance V = ω / (1 − α − β), a squared fraction. */
    public double unconditionalVariance() {
        return omega / (1 - alpha - beta);
    }

    /** One step of the recursion: σ²_{t+1} = ω + α r_t² + β σ²_t from today's daily variance and log return. */
    public double nextVariance(double variance, double logReturn) {
        return omega + alpha * logReturn * logReturn + beta * variance;
    }
}
