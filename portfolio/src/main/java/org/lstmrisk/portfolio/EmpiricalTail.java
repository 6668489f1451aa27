package org.lstmrisk.portfolio;

import java.util.Arrays;

/**
 * VaR and ES read off a sample of daily P&amp;L (fractions of portfolio value) with one quantile definition: of n
 * values sorted ascending, VaR<sub>α</sub> = −x<sub>(k)</sub>, the negated k-th smallest, with k = ⌈n(1−α)⌉ (at
 * least 1); this is the inverse of the empirical distribution function (Hyndman and Fan's type 1, commons-math3's
 * {@code EstimationType.R_1}). ES<sub>α</sub> is the expected shortfall of that same distribution of n equally
 * likely days, (1/(1−α))∫<sub>α</sub><sup>1</sup>VaR<sub>u</sub>du (Acerbi and Tasche 2002): with m = n(1−α) and
 * j = ⌊m⌋, ES<sub>α</sub> = −(x<sub>(1)</sub> + … + x<sub>(j)</sub> + (m − j)·x<sub>(j+1)</sub>)/m, the worst m
 * days' mean with the (j+1)-th day counted for the fraction m − j of it. When m is a whole number it is the mean of
 * the m worst days; otherwise it lies above the mean of the k worst (which counts the k-th day whole) and is at
 * least VaR<sub>α</sub>. m within 1e-9 of an integer counts as that integer, so that 100 days at 99 % give k = m = 1
 * although 1 − 0.99 is a little above 0.01 in binary. This class is immutable and thread-safe.
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

    /** m = n(1−α), snapped to the nearest integer when within 1e-9 of it. */
    private static double tailSize(int n, double level) {
        double m = n * (1.0 - level);
        double nearest = Math.rint(m);
        return Math.abs(m - nearest) <= 1e-9 ? nearest : m;
    }

    /** k = ⌈n(1−α)⌉, at least 1 and at most n. */
    static int tailCount(int n, double level) {
        long k = (long) Math.ceil(tailSize(n, level));
        return (int) Math.min(Math.max(k, 1L), n);
    }

    /** −x<sub>(k)</sub>, one day, positive for a loss. */
    double valueAtRisk(double level) {
        return -sorted[tailCount(sorted.length, level) - 1];
    }

    /** −(x<sub>(1)</sub> + … + x<sub>(j)</sub> + (m − j)·x<sub>(j+1)</sub>)/m, one day, positive for a loss. */
    double expectedShortfall(double level) {
        int n = sorted.length;
        double m = tailSize(n, level);
        if (m <= 1.0) {
            return -sorted[0]; // the worst day carries the whole tail
        }
        m = Math.min(m, n);
        int whole = (int) Math.floor(m);
        double sum = 0.0;
        for (int j = 0; j < whole; j++) {
            sum += sorted[j];
        }
        if (whole < n) {
            sum += (m - whole) * sorted[whole];
        }
        return -sum / m;
    }
}
