package org.lstmrisk.evaluation.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class VarBacktestTest {

    private static boolean[] clustered() {
        boolean[] hits = new boolean[500];
        for (int i : new int[] {3, 4, 50, 120, 121, 122, 300, 301, 450, 499}) {
            hits[i] = true;
        }
        return hits;
    }

    @Test
    void kupiecAndChristoffersen_matchNumpyScipy() {
        // python3: xlogy likelihoods on the same 500-day sequence, p = 0.01; transitions n00=484, n01=6, n10=5, n11=4;
        // p-values from scipy.stats.chi2.sf
        boolean[] hits = clustered();
        assertArrayEquals(new long[] {484, 6}, VarBacktest.transitions(hits)[0]);
        assertArrayEquals(new long[] {5, 4}, VarBacktest.transitions(hits)[1]);
        LikelihoodRatioTest pof = VarBacktest.kupiec(hits, 0.99);
        assertEquals(3.913619576461244, pof.statistic(), 1e-10);
        assertEquals(0.04789633534988493, pof.pValue(), 1e-10);
        LikelihoodRatioTest ind = VarBacktest.independence(hits);
        assertEquals(20.875378664815358, ind.statistic(), 1e-9);
        assertEquals(4.901546106860397e-06, ind.pValue(), 1e-12);
        LikelihoodRatioTest cc = VarBacktest.conditionalCoverage(hits, 0.99);
        assertEquals(24.7889982412766, cc.statistic(), 1e-9);
        assertEquals(2, cc.degreesOfFreedom());
        assertEquals(4.141306995148752e-06, cc.pValue(), 1e-12);
    }

    @Test
    void zeroCounts_areHandled() {
        boolean[] none = new boolean[250];
        // no exception: LR_pof = −2·250·ln(0.99) (numpy 5.025167926750726, chi2.sf 0.02498150305344973)
        LikelihoodRatioTest pof = VarBacktest.kupiec(none, 0.99);
        assertEquals(5.025167926750726, pof.statistic(), 1e-12);
        assertEquals(0.02498150305344973, pof.pValue(), 1e-12);
        assertEquals(0, VarBacktest.independence(none).statistic(), 0);
        assertEquals(1, VarBacktest.independence(none).pValue(), 0);
        // one exception on the last day: no transition out of an exception (n10 = n11 = 0)
        boolean[] last = new boolean[250];
        last[249] = true;
        assertEquals(0, VarBacktest.independence(last).statistic(), 1e-12);
        // exactly the expected rate: LR_pof = 0
        boolean[] exact = new boolean[200];
        exact[17] = true;
        exact[150] = true;
        assertEquals(0, VarBacktest.kupiec(exact, 0.99).statistic(), 1e-12);
        // all exceptions
        boolean[] all = new boolean[10];
        java.util.Arrays.fill(all, true);
        assertEquals(-2 * 10 * Math.log(0.01), VarBacktest.kupiec(all, 0.99).statistic(), 1e-9);
        assertEquals(0, VarBacktest.independence(all).statistic(), 1e-12);
    }

    @Test
    void exceptions_areLossesBeyondVar() {
        boolean[] e = VarBacktest.exceptions(new double[] {-0.03, -0.01, 0.02, -0.02}, new double[] {0.02, 0.02, 0.02, 0.02});
        assertArrayEquals(new boolean[] {true, false, false, false}, e);
        assertThrows(IllegalArgumentException.class, () -> VarBacktest.kupiec(new boolean[5], 1.0));
        assertThrows(IllegalArgumentException.class, () -> VarBacktest.kupiec(new boolean[0], 0.99));
    }

    @Test
    void trafficLight_zonesFollowBinomialCumulativeProbabilities() {
        // Basel (1996): green while P(X ≤ x) < 95 %, red from P(X ≤ x) ≥ 99.99 %, X ~ Binomial(250, 0.01)
        BinomialDistribution b = new BinomialDistribution(null, 250, 0.01);
        for (int x = 0; x <= 15; x++) {
            double cdf = b.cumulativeProbability(x);
            TrafficLightZone expected = cdf < 0.95 ? TrafficLightZone.GREEN
                    : cdf < 0.9999 ? TrafficLightZone.YELLOW : TrafficLightZone.RED;
            assertEquals(expected, BaselTrafficLight.ofCount(x).zone(), "x = " + x);
        }
        double[] plus = {0, 0, 0, 0, 0, 0.40, 0.50, 0.65, 0.75, 0.85, 1, 1};
        for (int x = 0; x < plus.length; x++) {
            assertEquals(3 + plus[x], BaselTrafficLight.ofCount(x).multiplier(), 1e-15);
        }
    }

    @Test
    void trafficLight_usesTheLast250Days() {
        boolean[] hits = new boolean[300];
        for (int i = 0; i < 20; i++) {
            hits[i] = true; // outside the last 250 days
        }
        hits[299] = true;
        BaselTrafficLightResult r = BaselTrafficLight.assess(hits);
        assertEquals(1, r.exceptions());
        assertEquals(TrafficLightZone.GREEN, r.zone());
        assertThrows(IllegalArgumentException.class, () -> BaselTrafficLight.assess(new boolean[249]));
    }
}
