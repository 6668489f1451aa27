package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class NormalVarTest {

    /** E[X | X ≥ q] for X ~ N(0, s²) by Simpson's rule on [q, q + 40s] (the rest is below 1e-300). */
    private static double tailMean(double s, double q, double tail) {
        NormalDistribution normal = new NormalDistribution(null, 0.0, s);
        int m = 200_000;
        double h = 40 * s / m;
        double sum = 0.0;
        for (int j = 0; j <= m; j++) {
            double x = q + j * h;
            sum += x * normal.density(x) * (j == 0 || j == m ? 1 : j % 2 == 1 ? 4 : 2);
        }
        return sum * h / 3.0 / tail;
    }

    @Test
    void test_estimate_matchesCommonsMathNormalWithHorizonVolatility() {
        double sigmaP = 0.0123;
        for (int h : new int[] {1, 5, 10}) {
            VarEstimate e = new NormalVar().estimate(VarInputs.of(new double[] {1.0}, new double[] {sigmaP}, sigmaP, h,
                    VarHistory.NONE), List.of(0.95, 0.99), List.of(0.975, 0.99));
            double s = sigmaP * Math.sqrt(h);
            NormalDistribution normal = new NormalDistribution(null, 0.0, s);
            for (double level : List.of(0.95, 0.99)) {
                double expected = normal.inverseCumulativeProbability(level);
                assertEquals(expected, e.valueAtRisk().get(level), 1e-14 * expected, "h " + h + ", α " + level);
            }
            for (double level : List.of(0.975, 0.99)) {
                double expected = tailMean(s, normal.inverseCumulativeProbability(level), 1 - level);
                assertEquals(expected, e.expectedShortfall().get(level), 1e-9 * expected, "h " + h + ", α " + level);
            }
            assertEquals("normal", e.method());
            assertEquals(0, e.windowDays());
            assertEquals(h, e.horizonDays());
            assertTrue(e.parameters().isEmpty());
        }
    }

    @Test
    void test_estimate_ignoresHistory() {
        VarInputs without = VarInputs.of(new double[] {1.0}, new double[] {0.01}, 0.01, 1, VarHistory.NONE);
        VarInputs with = VarInputs.of(new double[] {1.0}, new double[] {0.01}, 0.01, 1,
                VarHistory.of(new double[][] {{-0.5}, {0.3}}, null, null));
        assertEquals(new NormalVar().estimate(without, List.of(0.99), List.of(0.975)),
                new NormalVar().estimate(with, List.of(0.99), List.of(0.975)));
    }
}
