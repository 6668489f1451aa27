package org.lstmrisk.evaluation.stats;

/**
 * Result of a Diebold–Mariano test of equal predictive accuracy on the loss differential d_t = L_A,t − L_B,t. A
 * positive statistic means model A has the larger mean loss (B is more accurate). This class is immutable and
 * thread-safe.
 *
 * @param observations     n, the number of loss pairs
 * @param horizonDays      the forecast horizon h used by the small-sample correction
 * @param lag              the Newey–West lag L
 * @param meanDifferential d̄, the mean of L_A − L_B in loss units
 * @param longRunVariance  Newey–West (Bartlett) long-run variance of d, in squared loss units
 * @param statistic        Harvey–Leybourne–Newbold corrected statistic
 *                         DM·sqrt((n + 1 − 2h + h(h−1)/n)/n), DM = d̄/sqrt(LRV/n)
 * @param pValue           two-sided p-value from Student-t with n − 1 degrees of freedom
 */
public record DieboldMarianoResult(int observations, int horizonDays, int lag, double meanDifferential,
        double longRunVariance, double statistic, double pValue) {

    /** Validates the counts, a positive long-run variance and a p-value in [0, 1]. */
    public DieboldMarianoResult {
        if (observations < 2 || horizonDays < 1 || lag < 0) {
            throw new IllegalArgumentException("invalid Diebold-Mariano counts: n=" + observations + ", h="
                    + horizonDays + ", lag=" + lag);
        }
        if (!(longRunVariance > 0) || !Double.isFinite(statistic) || !(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("invalid Diebold-Mariano values: long-run variance " + longRunVariance
                    + ", statistic " + statistic + ", p-value " + pValue);
        }
    }
}
