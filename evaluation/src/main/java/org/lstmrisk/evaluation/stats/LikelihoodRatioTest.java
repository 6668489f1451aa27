package org.lstmrisk.evaluation.stats;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * A likelihood-ratio test statistic with its χ² p-value. This class is immutable and thread-safe.
 *
 * @param statistic        LR = −2 ln(L_0 / L_1) ≥ 0
 * @param degreesOfFreedom degrees of freedom of the χ² reference distribution
 * @param pValue           P(χ²_df ≥ LR)
 */
public record LikelihoodRatioTest(double statistic, int degreesOfFreedom, double pValue) {

    /** Validates a finite non-negative statistic, positive degrees of freedom and a p-value in [0, 1]. */
    public LikelihoodRatioTest {
        if (!(Double.isFinite(statistic) && statistic >= 0)) {
            throw new IllegalArgumentException("LR statistic must be finite and non-negative, was " + statistic);
        }
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be positive, was " + degreesOfFreedom);
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("p-value must be in [0, 1], was " + pValue);
        }
    }

    /** The test of {@code statistic} against χ²({@code degreesOfFreedom}); tiny negative rounding is set to zero. */
    static LikelihoodRatioTest chiSquared(double statistic, int degreesOfFreedom) {
        double lr = Math.max(0, statistic);
        double p = 1 - new ChiSquaredDistribution(null, degreesOfFreedom).cumulativeProbability(lr);
        return new LikelihoodRatioTest(lr, degreesOfFreedom, Math.min(1, Math.max(0, p)));
    }
}
