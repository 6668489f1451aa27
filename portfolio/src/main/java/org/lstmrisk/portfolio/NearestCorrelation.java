package org.lstmrisk.portfolio;

/**
 * The nearest correlation matrix in the Frobenius norm to a symmetric matrix, by Higham's (2002) alternating
 * projections with Dykstra's correction, finished by an eigenvalue floor so that the result is PSD to
 * rounding. This class is immutable and thread-safe.
 *
 * @param tolerance     convergence tolerance on the relative change between iterations
 * @param maxIterations iteration limit
 */
public record NearestCorrelation(double tolerance, int maxIterations) {

    /** Tolerance 1e-12, at most 10 000 iterations. */
    public static final NearestCorrelation DEFAULT = new NearestCorrelation(1e-12, 10_000);

    /** The nearest correlation matrix to the symmetric matrix {@code a} (unit diagonal expected). */
    public CorrelationMatrix repair(double[][] a) {
        throw new UnsupportedOperationException("TODO");
    }
}
