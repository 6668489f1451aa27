package org.lstmrisk.portfolio;

/**
 * A covariance matrix of daily log returns, Σ = diag(σ)·ρ·diag(σ), in daily variance units.
 * This class is immutable and thread-safe.
 */
public record CovarianceMatrix(double[][] values) {

    /** Validates a square, symmetric, finite matrix with a non-negative diagonal. */
    public CovarianceMatrix {
        throw new UnsupportedOperationException("TODO");
    }

    /** Σ = diag(σ)·ρ·diag(σ) from daily volatilities (fractions, non-negative) and a correlation matrix. */
    public static CovarianceMatrix of(double[] volatilities, CorrelationMatrix correlation) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Dimension. */
    public int size() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Entry (i, j), a daily covariance. */
    public double get(int i, int j) {
        throw new UnsupportedOperationException("TODO");
    }

    /** wᵀΣw, the daily portfolio variance. */
    public double quadraticForm(double[] weights) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Σw. */
    public double[] times(double[] weights) {
        throw new UnsupportedOperationException("TODO");
    }

    /** A deep copy of the entries. */
    @Override
    public double[][] values() {
        throw new UnsupportedOperationException("TODO");
    }
}
