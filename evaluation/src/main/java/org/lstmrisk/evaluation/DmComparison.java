package org.lstmrisk.evaluation;

import org.lstmrisk.evaluation.stats.DieboldMariano;
import org.lstmrisk.evaluation.stats.DieboldMarianoResult;

/**
 * Diebold–Mariano tests of a model against the best baseline, with the Newey–West lag chosen by the Newey–West
 * (1994) rule of thumb L = ⌊4 (n/100)^{2/9}⌋ (at least h − 1): daily volatility losses are autocorrelated, so the
 * textbook lag h − 1 = 0 at h = 1 would overstate significance. This class is immutable and thread-safe.
 *
 * @param horizonDays the forecast horizon h
 */
record DmComparison(int horizonDays) {

    /** The lag used for {@code n} loss pairs. */
    int lag(int n) {
        int rule = (int) Math.floor(4 * Math.pow(n / 100.0, 2.0 / 9.0));
        return Math.min(n - 1, Math.max(horizonDays - 1, rule));
    }

    /**
     * The test of H0 E[L_model − L_baseline] = 0 (a negative statistic: the model has the smaller loss), or
     * {@code null} when it is undefined: the model is the baseline itself, fewer than 3 pairs, or losses that differ
     * by a constant.
     */
    DieboldMarianoResult test(double[] modelLoss, double[] baselineLoss, boolean sameModel) {
        if (sameModel || modelLoss.length < 3) {
            return null;
        }
        try {
            return DieboldMariano.test(modelLoss, baselineLoss, horizonDays, lag(modelLoss.length));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
