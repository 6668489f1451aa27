package org.lstmrisk.portfolio;

/**
 * A correlation matrix: square, symmetric, unit diagonal, entries in [−1, 1], all finite. Positive
 * semi-definiteness is not required to construct one (see {@link #minEigenvalue()}), but risk calculations
 * refuse a matrix that is not PSD. This class is immutable and thread-safe.
 */
public record CorrelationMatrix(double[][] values) {

    /** Validates shape, symmetry (to 1e-10), unit diagonal (to 1e-10), range and finiteness. */
    public CorrelationMatrix {
        throw new UnsupportedOperationException("TODO");
    }

    /** Creates a correlation matrix from its rows (copied). */
    public static CorrelationMatrix of(double[][] values) {
        return new CorrelationMatrix(values);
    }

    /** The identity correlation of dimension {@code n}. */
    public static CorrelationMatrix identity(int n) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Dimension. */
    public int size() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Entry (i, j). */
    public double get(int i, int j) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The smallest eigenvalue. */
    public double minEigenvalue() {
        throw new UnsupportedOperationException("TODO");
    }

    /** True when the smallest eigenvalue is at least {@code -tolerance}. */
    public boolean isPositiveSemiDefinite(double tolerance) {
        throw new UnsupportedOperationException("TODO");
    }

    /** A deep copy of the entries. */
    @Override
    public double[][] values() {
        throw new UnsupportedOperationException("TODO");
    }
}
