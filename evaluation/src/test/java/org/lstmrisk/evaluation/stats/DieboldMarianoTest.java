package org.lstmrisk.evaluation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class DieboldMarianoTest {

    private static double[][] losses(int n) {
        double[] a = new double[n];
        double[] b = new double[n];
        for (int t = 0; t < n; t++) {
            a[t] = (t % 7) / 7.0 + 0.1 * Math.sin(t);
            b[t] = (t % 5) / 5.0 + 0.05 * Math.cos(2 * t);
        }
        return new double[][] {a, b};
    }

    @Test
    void statistic_matchesNumpyScipyComputation() {
        // python3: d = a − b, Bartlett LRV with lag h−1 = 2 (autocovariances divided by n),
        // DM = mean/sqrt(lrv/n), HLN = DM·sqrt((n+1−2h+h(h−1)/n)/n), p = 2·scipy.stats.t.sf(|HLN|, n−1)
        double[][] l = losses(60);
        DieboldMarianoResult r = DieboldMariano.test(l[0], l[1], 3);
        assertEquals(60, r.observations());
        assertEquals(2, r.lag());
        assertEquals(0.0172851859671073, r.meanDifferential(), 1e-15);
        assertEquals(0.15356538174726633, r.longRunVariance(), 1e-14);
        assertEquals(0.32741848447493116, r.statistic(), 1e-12);
        assertEquals(0.7445103248322934, r.pValue(), 1e-10);
    }

    @Test
    void oneStep_isTheCorrectedTStatisticOfTheMeanDifferential() {
        // with h = 1 (lag 0) the LRV is the (1/n) variance, and the HLN factor is sqrt((n−1)/n)
        double[][] l = losses(40);
        int n = 40;
        double[] d = new double[n];
        double mean = 0;
        for (int t = 0; t < n; t++) {
            d[t] = l[0][t] - l[1][t];
            mean += d[t] / n;
        }
        double var = 0;
        for (double x : d) {
            var += (x - mean) * (x - mean) / n;
        }
        double expected = mean / Math.sqrt(var / n) * Math.sqrt((n - 1.0) / n);
        DieboldMarianoResult r = DieboldMariano.test(l[0], l[1], 1);
        assertEquals(expected, r.statistic(), 1e-12);
        assertEquals(2 * new TDistribution(n - 1).cumulativeProbability(-Math.abs(expected)), r.pValue(), 1e-12);
    }

    @Test
    void detectsAClearlyBetterModel() {
        var rng = new SplittableRandom(1);
        int n = 500;
        double[] worse = new double[n];
        double[] better = new double[n];
        for (int t = 0; t < n; t++) {
            double common = Math.abs(rng.nextGaussian());
            better[t] = common;
            worse[t] = common + 0.2 + 0.3 * rng.nextGaussian();
        }
        DieboldMarianoResult r = DieboldMariano.test(worse, better, 1);
        assertTrue(r.statistic() > 5, r.toString());
        assertTrue(r.pValue() < 1e-6, r.toString());
        DieboldMarianoResult reversed = DieboldMariano.test(better, worse, 1);
        assertEquals(-r.statistic(), reversed.statistic(), 1e-12);
        assertEquals(r.pValue(), reversed.pValue(), 1e-15);
    }

    @Test
    void neweyWest_matchesHandComputedBartlettSum() {
        double[] x = {1, 3, 2, 5, 4};
        // mean 3; deviations −2, 0, −1, 2, 1; γ0 = 10/5 = 2; γ1 = (0 + 0 − 2 + 2)/5 = 0; γ2 = (2 + 0 − 1)/5 = 0.2
        assertEquals(2, NeweyWest.longRunVariance(x, 0), 1e-15);
        assertEquals(2 + 2 * (1 - 1 / 3.0) * 0 + 2 * (1 - 2 / 3.0) * 0.2, NeweyWest.longRunVariance(x, 2), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> NeweyWest.longRunVariance(x, 5));
    }

    @Test
    void rejectsIdenticalForecastsAndBadInput() {
        double[] a = {1, 2, 3, 4};
        assertThrows(IllegalArgumentException.class, () -> DieboldMariano.test(a, a, 1));
        assertThrows(IllegalArgumentException.class, () -> DieboldMariano.test(a, new double[] {1, 2, 3}, 1));
        assertThrows(IllegalArgumentException.class, () -> DieboldMariano.test(a, new double[] {2, 1, 3, 5}, 0));
    }
}
