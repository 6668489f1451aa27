package org.lstmrisk.evaluation.stats;

/**
 * Result of the Mincer–Zarnowitz regression realised_t = a + b·forecast_t + e_t, in the units of its inputs
 * (typically daily variance). An unbiased, efficient forecast has a = 0 and b = 1. Standard errors are the classical
 * homoskedastic OLS ones. This class is immutable and thread-safe.
 *
 * @param observations           number of pairs n
 * @param intercept              a, in the units of the inputs
 * @param slope                  b, dimensionless
 * @param interceptStandardError standard error of a
 * @param slopeStandardError     standard error of b
 * @param rSquared               R² of the regression
 * @param waldF                  F statistic of the joint hypothesis (a, b) = (0, 1): the Wald statistic divided by 2
 * @param waldPValue             p-value of {@code waldF} from F(2, n − 2)
 */
public record MincerZarnowitzResult(int observations, double intercept, double slope, double interceptStandardError,
        double slopeStandardError, double rSquared, double waldF, double waldPValue) {

    /** Validates n ≥ 3, finite estimates, positive standard errors and a p-value in [0, 1]. */
    public MincerZarnowitzResult {
        if (observations < 3) {
            throw new IllegalArgumentException("Mincer-Zarnowitz needs at least 3 observations, got " + observations);
        }
        if (!(Double.isFinite(intercept) && Double.isFinite(slope) && interceptStandardError > 0
                && slopeStandardError > 0 && Double.isFinite(rSquared) && waldF >= 0)) {
            throw new IllegalArgumentException("invalid Mincer-Zarnowitz estimates: a=" + intercept + ", b=" + slope
                    + ", se=" + interceptStandardError + "/" + slopeStandardError + ", F=" + waldF);
        }
        if (!(waldPValue >= 0 && waldPValue <= 1)) {
            throw new IllegalArgumentException("p-value must be in [0, 1], was " + waldPValue);
        }
    }
}
