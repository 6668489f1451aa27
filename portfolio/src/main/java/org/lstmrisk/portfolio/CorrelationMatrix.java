package org.lstmrisk.portfolio;

import java.util.Arrays;

/**
 * A correlation matrix: square, symmetric, unit diagonal, entries in [−1, 1], all finite. Positive
 * semi-definiteness is not required to construct one (see {@link #minEigenvalue()}), but risk calculations
 * refuse a matrix that is not PSD. Equality is by value. This class is immutable and thread-safe.
 */
public record CorrelationMatrix(double[][] values) {

    /** Largest accepted |a_ij − a_ji| and |a_ii − 1|. */
    static final double TOLERANCE = 1e-10;

    /** Validates shape, symmetry (to 1e-10), unit diagonal (to 1e-10), range and finiteness; copies the entries. */
    public CorrelationMatrix {
        if (values == null) {
            throw new IllegalArgumentException("correlation matrix is null");
        }
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("correlation matrix is empty (0 x 0)");
        }
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (values[i] == null) {
                throw new IllegalArgumentException("correlation matrix row " + i + " is null");
            }
            if (values[i].length != n) {
                throw new IllegalArgumentException("correlation matrix is not square: row " + i + " has "
                        + values[i].length + " entries, expected " + n);
            }
            copy[i] = new double[n];
            for (int j = 0; j < n; j++) {
                double v = values[i][j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("correlation entry (" + i + ", " + j + ") is not finite: " + v);
                }
                copy[i][j] = v + 0.0; // turns −0.0 into 0.0 so that equality by value is not fooled by the sign of zero
            }
        }
        for (int i = 0; i < n; i++) {
            if (Math.abs(copy[i][i] - 1.0) > TOLERANCE) {
                throw new IllegalArgumentException("correlation diagonal entry (" + i + ", " + i + ") is "
                        + copy[i][i] + ", expected 1 (to " + TOLERANCE + ")");
            }
            for (int j = 0; j < n; j++) {
                if (i != j && (copy[i][j] < -1.0 || copy[i][j] > 1.0)) {
                    throw new IllegalArgumentException("correlation entry (" + i + ", " + j + ") is outside [-1, 1]: "
                            + copy[i][j]);
                }
            }
            for (int j = i + 1; j < n; j++) {
                if (Math.abs(copy[i][j] - copy[j][i]) > TOLERANCE) {
                    throw new IllegalArgumentException("correlation matrix is not symmetric: entry (" + i + ", " + j
                            + ") is " + copy[i][j] + " but (" + j + ", " + i + ") is " + copy[j][i]);
                }
            }
        }
        values = copy;
    }

    /** Creates a correlation matrix from its rows (copied). */
    public static CorrelationMatrix of(double[][] values) {
        return new CorrelationMatrix(values);
    }

    /** The identity correlation of dimension {@code n} (n ≥ 1). */
    public static CorrelationMatrix identity(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("dimension must be at least 1: " + n);
        }
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1.0;
        }
        return new CorrelationMatrix(id);
    }

    /** Dimension. */
    public int size() {
        return values.length;
    }

    /** Entry (i, j). */
    public double get(int i, int j) {
        return values[i][j];
    }

    /** The smallest eigenvalue, by ojAlgo's symmetric eigen decomposition (computed on each call). */
    public double minEigenvalue() {
        return Matrices.minEigenvalue(values);
    }

    /** True when the smallest eigenvalue is at least {@code -tolerance}. */
    public boolean isPositiveSemiDefinite(double tolerance) {
        return minEigenvalue() >= -tolerance;
    }

    /** A deep copy of the entries. */
    @Override
    public double[][] values() {
        return Matrices.copy(values);
    }

    /** Equal when both have the same entries. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CorrelationMatrix that && Arrays.deepEquals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "CorrelationMatrix" + Arrays.deepToString(values);
    }
}
