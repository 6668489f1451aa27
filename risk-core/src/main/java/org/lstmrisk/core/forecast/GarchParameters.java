package org.lstmrisk.core.forecast;

/**
 * Parameters of a zero-mean GARCH(1,1) or GJR-GARCH(1,1) model of daily log returns:
 * σ²_{t+1} = ω + (α + γ·1[r_t &lt; 0]) r_t² + β σ²_t, with innovations that are Gaussian ({@code degreesOfFreedom}
 * infinite) or standardised Student-t. Plain GARCH(1,1) is γ = 0. Both innovation laws are symmetric, so the
 * persistence (the decay per day of a variance shock in expectation) is φ = α + γ/2 + β. This class is immutable
 * and thread-safe.
 *
 * @param omega            constant term ω &gt; 0 (daily variance, a squared fraction)
 * @param alpha            reaction to the last squared return, α ≥ 0
 * @param gamma            extra reaction to a negative last return (GJR leverage), with α + γ ≥ 0; 0 for GARCH
 * @param beta             persistence of the last variance, β ≥ 0, with α + γ/2 + β &lt; 1
 * @param degreesOfFreedom Student-t degrees of freedom ν &gt; 2, or {@link Double#POSITIVE_INFINITY} for Gaussian
 */
public record GarchParameters(double omega, double alpha, double gamma, double beta, double degreesOfFreedom) implements java.io.Serializable {

    /** Validates ω &gt; 0, α ≥ 0, α + γ ≥ 0, β ≥ 0, α + γ/2 + β &lt; 1 (all finite) and ν &gt; 2 (or infinite). */
    public GarchParameters {
        if (!(Double.isFinite(omega) && omega > 0)) {
            throw new IllegalArgumentException("GARCH omega must be positive and finite, was " + omega);
        }
        if (!(Double.isFinite(alpha) && alpha >= 0)) {
            throw new IllegalArgumentException("GARCH alpha must be non-negative and finite, was " + alpha);
        }
        if (!(Double.isFinite(gamma) && alpha + gamma >= 0)) {
            throw new IllegalArgumentException("GJR gamma must be finite with alpha + gamma non-negative, was "
                    + gamma + " (alpha " + alpha + ")");
        }
        if (!(Double.isFinite(beta) && beta >= 0)) {
            throw new IllegalArgumentException("GARCH beta must be non-negative and finite, was " + beta);
        }
        if (!(alpha + gamma / 2 + beta < 1)) {
            throw new IllegalArgumentException("GARCH persistence alpha + gamma/2 + beta must be below 1, was "
                    + (alpha + gamma / 2 + beta));
        }
        if (!(degreesOfFreedom > 2)) {
            throw new IllegalArgumentException("Student-t degrees of freedom must exceed 2 (or be infinite for "
                    + "Gaussian innovations), was " + degreesOfFreedom);
        }
    }

    /** Gaussian GARCH(1,1) parameters (γ = 0). */
    public static GarchParameters gaussian(double omega, double alpha, double beta) {
        return new GarchParameters(omega, alpha, 0, beta, Double.POSITIVE_INFINITY);
    }

    /** GARCH(1,1) parameters (γ = 0) with standardised Student-t innovations of {@code degreesOfFreedom}. */
    public static GarchParameters student(double omega, double alpha, double beta, double degreesOfFreedom) {
        return new GarchParameters(omega, alpha, 0, beta, degreesOfFreedom);
    }

    /** True when the innovations are Gaussian (infinite degrees of freedom). */
    public boolean isGaussian() {
        return degreesOfFreedom == Double.POSITIVE_INFINITY;
    }

    /** The persistence φ = α + γ/2 + β (α + β for GARCH). */
    public double persistence() {
        return alpha + gamma / 2 + beta;
    }

    /** The unconditional daily variance V = ω / (1 − φ), a squared fraction. */
    public double unconditionalVariance() {
        return omega / (1 - persistence());
    }

    /**
     * One step of the recursion: σ²_{t+1} = ω + (α + γ·1[r_t &lt; 0]) r_t² + β σ²_t from today's daily variance and
     * log return.
     */
    public double nextVariance(double variance, double logReturn) {
        double reaction = logReturn < 0 ? alpha + gamma : alpha;
        return omega + reaction * logReturn * logReturn + beta * variance;
    }
}
