package org.lstmrisk.portfolio;

import java.util.Arrays;

import org.ojalgo.matrix.store.R064Store;

/**
 * A covariance matrix of daily log returns, Σ = diag(σ)·ρ·diag(σ), in daily variance units. Equality is by
 * value. This class is immutable and thread-safe.
 */
public record CovarianceMatrix(double[][] values) {

    /** Relative symmetry tolerance: |Σ_ij − Σ_ji| ≤ 1e-10·√(Σ_ii·Σ_jj), the scale of a correlation's tolerance. */
    static final double SYMMETRY_TOLERANCE = 1e-10;

    /** Validates a square, symmetric, finite matrix with a non-negative diagonal; copies the entries. */
    public CovarianceMatrix {
        if (values == null) {
            throw new IllegalArgumentException("covariance matrix is null");
        }
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("covariance matrix is empty (0 x 0)");
        }
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (values[i] == null) {
                throw new IllegalArgumentException("covariance matrix row " + i + " is null");
            }
            if (values[i].length != n) {
                throw new IllegalArgumentException("covariance matrix is not square: row " + i + " has "
                        + values[i].length + " entries, expected " + n);
            }
            copy[i] = new double[n];
            for (int j = 0; j < n; j++) {
                double v = values[i][j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("covariance entry (" + i + ", " + j + ") is not finite: " + v);
                }
                copy[i][j] = v + 0.0;
            }
        }
        for (int i = 0; i < n; i++) {
            if (copy[i][i] < 0.0) {
                throw new IllegalArgumentException("covariance diagonal entry (" + i + ", " + i
                        + ") is a negative variance: " + copy[i][i]);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double scale = Math.sqrt(copy[i][i] * copy[j][j]);
                if (Math.abs(copy[i][j] - copy[j][i]) > SYMMETRY_TOLERANCE * scale && copy[i][j] != copy[j][i]) {
                    throw new IllegalArgumentException("covariance matrix is not symmetric: entry (" + i + ", " + j
                            + ") is " + copy[i][j] + " but (" + j + ", " + i + ") is " + copy[j][i]);
                }
            }
        }
        values = copy;
    }

    /**
     * Σ = diag(σ)·ρ·diag(σ) from daily volatilities (fractions, finite, non-negative) and a correlation matrix of
     * the same dimension. The result is exactly symmetric (ρ is symmetrised first).
     */
    public static CovarianceMatrix of(double[] volatilities, CorrelationMatrix correlation) {
        if (volatilities == null || correlation == null) {
            throw new IllegalArgumentException("volatilities and correlation must not be null");
        }
        int n = correlation.size();
        if (volatilities.length != n) {
            throw new IllegalArgumentException("there are " + volatilities.length + " volatilities for a "
                    + n + " x " + n + " correlation matrix");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(volatilities[i]) || volatilities[i] < 0.0) {
                throw new IllegalArgumentException("volatility " + i + " must be finite and non-negative: "
                        + volatilities[i]);
            }
        }
        double[][] sigma = new double[n][n];
        for (int i = 0; i < n; i++) {
            sigma[i][i] = volatilities[i] * volatilities[i];
            for (int j = i + 1; j < n; j++) {
                double rho = 0.5 * (correlation.get(i, j) + correlation.get(j, i));
                double cov = volatilities[i] * rho * volatilities[j];
                sigma[i][j] = cov;
                sigma[j][i] = cov;
            }
        }
        return new CovarianceMatrix(sigma);
    }

    /** Dimension. */
    public int size() {
        return values.length;
    }

    /** Entry (i, j), a daily covariance. */
    public double get(int i, int j) {
        return values[i][j];
    }

    /** wᵀΣw, the daily portfolio variance (weights as fractions of portfolio value). */
    public double quadraticForm(double[] weights) {
        double[] sigmaW = times(weights);
        double sum = 0.0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * sigmaW[i];
        }
        return sum;
    }

    /** Σw, the daily covariance of each asset's return with the portfolio return. */
    public double[] times(double[] weights) {
        if (weights == null || weights.length != values.length) {
            throw new IllegalArgumentException("expected " + values.length + " weights, got "
                    + (weights == null ? "null" : String.valueOf(weights.length)));
        }
        R064Store product = R064Store.FACTORY.make(values.length, 1);
        product.fillByMultiplying(Matrices.store(values), Matrices.column(weights));
        return product.data.clone();
    }

    /** A deep copy of the entries. */
    @Override
    public double[][] values() {
        return Matrices.copy(values);
    }

    /** Equal when both have the same entries. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CovarianceMatrix that && Arrays.deepEquals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "CovarianceMatrix" + Arrays.deepToString(values);
    }
}
