package org.lstmrisk.portfolio;

/**
 * A correlation matrix estimated from a window of returns, and whether it had to be repaired to be PSD.
 * This class is immutable and thread-safe.
 *
 * @param matrix                  the (possibly repaired) correlation matrix, PSD
 * @param observations            number of return observations (days) in the window, at least 1
 * @param minEigenvalueBefore     the smallest eigenvalue of the sample matrix before any repair
 * @param repaired                true when the sample matrix was not PSD and was replaced by the nearest one
 * @param repairMethod            a short description of the repair, or {@code "none"}
 * @param repairFrobeniusDistance Frobenius norm of (repaired − sample); 0 when not repaired
 * @param estimator               which estimator made the matrix and its parameters ({@link EstimatorDetails#SAMPLE}
 *                                for the sample correlation). For an estimator that is PSD by construction
 *                                (shrinkage, factor model) no eigenvalue is computed: {@code minEigenvalueBefore} is then
 *                                a lower bound of the estimate's smallest eigenvalue (see the estimator), never repaired
 */
public record CorrelationEstimate(CorrelationMatrix matrix, int observations, double minEigenvalueBefore,
                                  boolean repaired, String repairMethod, double repairFrobeniusDistance,
                                  EstimatorDetails estimator) {

    /** A sample-correlation estimate (the estimator is {@link EstimatorDetails#SAMPLE}). */
    public CorrelationEstimate(CorrelationMatrix matrix, int observations, double minEigenvalueBefore,
                               boolean repaired, String repairMethod, double repairFrobeniusDistance) {
        this(matrix, observations, minEigenvalueBefore, repaired, repairMethod, repairFrobeniusDistance,
                EstimatorDetails.SAMPLE);
    }

    /** Validates non-null fields, a positive observation count and a finite, non-negative distance. */
    public CorrelationEstimate {
        if (estimator == null) {
            throw new IllegalArgumentException("estimator is null");
        }
        if (matrix == null) {
            throw new IllegalArgumentException("matrix is null");
        }
        if (observations < 1) {
            throw new IllegalArgumentException("observations must be at least 1: " + observations);
        }
        if (Double.isNaN(minEigenvalueBefore)) {
            throw new IllegalArgumentException("minEigenvalueBefore is NaN");
        }
        if (repairMethod == null || repairMethod.isBlank()) {
            throw new IllegalArgumentException("repairMethod is null or blank: " + repairMethod);
        }
        if (!Double.isFinite(repairFrobeniusDistance) || repairFrobeniusDistance < 0.0) {
            throw new IllegalArgumentException("repairFrobeniusDistance must be finite and non-negative: "
                    + repairFrobeniusDistance);
        }
    }
}
