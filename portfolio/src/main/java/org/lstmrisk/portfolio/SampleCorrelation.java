package org.lstmrisk.portfolio;

/**
 * Pearson sample correlation of a window of returns, repaired to the nearest correlation matrix
 * (Higham 2002) when its smallest eigenvalue is below {@code -psdTolerance}. This class is immutable and
 * thread-safe.
 *
 * @param psdTolerance eigenvalues down to {@code -psdTolerance} count as zero (rounding), e.g. 1e-10
 */
public record SampleCorrelation(double psdTolerance) {

    /** Tolerance 1e-10. */
    public static final SampleCorrelation DEFAULT = new SampleCorrelation(1e-10);

    /**
     * Estimates the correlation of the columns of {@code returns} (rows are days, oldest first).
     *
     * @throws IllegalArgumentException on fewer than 2 rows, ragged rows, non-finite values, or a column with
     *                                  zero variance (its correlation is undefined); the message names the column
     */
    public CorrelationEstimate estimate(double[][] returns) {
        throw new UnsupportedOperationException("TODO");
    }
}
