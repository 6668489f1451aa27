package org.lstmrisk.portfolio;

import java.util.Arrays;

/**
 * VaR and ES read off a sample of daily P&amp;L (fractions of portfolio value) with one quantile definition: of n
 * values sorted ascending, VaR<sub>α</sub> = −x<sub>(k)</sub>, the negated k-th smallest, with k = ⌈n(1−α)⌉ (at
 * least 1); this is the inverse of the empirical distribution function (Hyndman and Fan's type 1, commons-math3's
 * {@code EstimationType.R_1}). ES<sub>α</sub> = −(x<sub>(1)</sub> + … + x<sub>(k)</sub>)/k, the mean of the k worst
 * days, i.e. of the losses at or beyond VaR, so ES<sub>α</sub> ≥ VaR<sub>α</sub>. n(1−α) within 1e-9 of an integer
 * counts as that integer, so that 100 days at 99 % give k = 1 although 1 − 0.99 is a little above 0.01 in binary.
 * This class is immutable and thread-safe.
 */
final class EmpiricalTail {

    private final double[] sorted;

    private EmpiricalTail(double[] sorted) {
        this.sorted = sorted;
    }

    /** The tail of {@code pnl} (copied and sorted). */
    static EmpiricalTail of(double[] pnl) {
        if (pnl == null || pnl.length == 0) {
            throw new IllegalArgumentException("there is no P&L to take a quantile of");
        }
        double[] sorted = pnl.clone();
        Arrays.sort(sorted);
        return new EmpiricalTail(sorted);
    }

    /** k = ⌈n(1−α)⌉, at least 1 and at most n. */
    static int tailCount(int n, double level) {
        double x = n * (1.0 - level);
        double nearest = Math.rint(x);
        long k = Math.abs(x - nearest) <= 1e-9 ? (long) nearest : (long) Math.ceil(x);
        return (int) Math.min(Math.max(k, 1L), n);
    }

    /** −x<sub>(k)</sub>, one day, positive for a loss. */
    double valueAtRisk(double level) {
        return -sorted[tailCount(sorted.length, level) - 1];
    }

    /** −(x<sub>(1)</sub> + … + x<sub>(k)</sub>)/k, one day, positive for a loss. */
    double expectedShortfall(double level) {
        int k = tailCount(sorted.length, level);
        double sum = 0.0;
        for (int j = 0; j < k; j++) {
            sum += sorted[j];
        }
        return -sum / k;
    }
}
