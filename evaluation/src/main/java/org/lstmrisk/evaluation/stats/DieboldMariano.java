package org.lstmrisk.evaluation.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The Diebold–Mariano (1995) test of equal predictive accuracy with the Harvey–Leybourne–Newbold (1997)
 * small-sample correction and Student-t(n − 1) p-values; the long-run variance is Newey–West with Bartlett weights.
 */
public final class DieboldMariano {

    private DieboldMariano() {
    }

    /** The test with the default Newey–West lag h − 1. */
    public static DieboldMarianoResult test(double[] lossA, double[] lossB, int horizonDays) {
        return test(lossA, lossB, horizonDays, horizonDays - 1);
    }

    /**
     * The test of H0: E[L_A − L_B] = 0 on per-forecast losses of two models over the same dates.
     *
     * @throws IllegalArgumentException when lengths differ, n &lt; 3, h &lt; 1, the lag is out of range, or the loss
     *                                  differential has zero long-run variance (e.g. identical forecasts)
     */
    public static DieboldMarianoResult test(double[] lossA, double[] lossB, int horizonDays, int lag) {
        Series.checkPair("Diebold-Mariano", lossA, lossB, 3);
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 day, was " + horizonDays);
        }
        int n = lossA.length;
        double[] d = new double[n];
        for (int t = 0; t < n; t++) {
            d[t] = lossA[t] - lossB[t];
        }
        double mean = Series.mean(d);
        double lrv = NeweyWest.longRunVariance(d, lag);
        if (!(lrv > 0)) {
            throw new IllegalArgumentException("the loss differential has zero long-run variance: the two models' "
                    + "losses differ by a constant");
        }
        double dm = mean / Math.sqrt(lrv / n);
        double h = horizonDays;
        double correction = Math.sqrt((n + 1 - 2 * h + h * (h - 1) / n) / n);
        double statistic = dm * correction;
        double p = 2 * new TDistribution(null, n - 1).cumulativeProbability(-Math.abs(statistic));
        return new DieboldMarianoResult(n, horizonDays, lag, mean, lrv, statistic, Math.min(1, p));
    }
}
