package org.lstmrisk.core.simulation;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A GARCH(1,1) process of daily log returns with zero mean and Gaussian innovations:
 * r_t = σ_t z_t, σ²_{t+1} = ω + α r_t² + β σ²_t. Used to simulate volatility clustering with a known true
 * conditional volatility. This class is immutable and thread-safe.
 *
 * @param omega constant term ω &gt; 0 (daily variance, a squared fraction)
 * @param alpha reaction to the last squared return, α ≥ 0
 * @param beta  persistence of the last variance, β ≥ 0, with α + β &lt; 1 (covariance stationary)
 */
public record Garch11Process(double omega, double alpha, double beta) {

    /** Validates ω &gt; 0, α ≥ 0, β ≥ 0 (all finite) and α + β &lt; 1. */
    public Garch11Process {
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
            throw new IllegalArgumentException("GARCH alpha + beta must be below 1 for stationarity, was "
                    + alpha + " + " + beta + " = " + (alpha + beta));
        }
    }

    /**
     * The process with unconditional daily volatility {@code dailyVolatility} (a fraction), i.e.
     * ω = σ²(1 − α − β).
     */
    public static Garch11Process ofVolatility(double dailyVolatility, double alpha, double beta) {
        if (!(Double.isFinite(dailyVolatility) && dailyVolatility > 0)) {
            throw new IllegalArgumentException("daily volatility must be positive and finite, was " + dailyVolatility);
        }
        return new Garch11Process(dailyVolatility * dailyVolatility * (1 - alpha - beta), alpha, beta);
    }

    /** The persistence α + β. */
    public double persistence() {
        return alpha + beta;
    }

    /** The unconditional daily variance ω / (1 − α − β), a squared fraction. */
    public double unconditionalVariance() {
        return omega / (1 - alpha - beta);
    }

    /** The next day's conditional daily variance ω + α r² + β σ², from today's variance and log return. */
    public double nextVariance(double variance, double logReturn) {
        return omega + alpha * logReturn * logReturn + beta * variance;
    }

    /** Simulates {@code days} daily returns from a fresh {@link SplittableRandom} seeded with {@code seed}. */
    public Garch11Path simulate(int days, long seed) {
        return simulate(days, new SplittableRandom(seed));
    }

    /**
     * Simulates {@code days} daily log returns starting from the unconditional variance, drawing one standard
     * normal per day from {@code rng}; returns the path with the true conditional volatility of each day.
     */
    public Garch11Path simulate(int days, RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        if (days < 1) {
            throw new IllegalArgumentException("days must be positive, was " + days);
        }
        double[] returns = new double[days];
        double[] volatility = new double[days];
        double variance = unconditionalVariance();
        for (int t = 0; t < days; t++) {
            volatility[t] = Math.sqrt(variance);
            returns[t] = volatility[t] * rng.nextGaussian();
            variance = nextVariance(variance, returns[t]);
        }
        return new Garch11Path(returns, volatility);
    }
}
