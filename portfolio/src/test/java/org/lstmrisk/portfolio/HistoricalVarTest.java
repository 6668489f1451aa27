package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;

class HistoricalVarTest {

    // Ten days, two stocks, weights ½ and ½: P&L = 0.01, −0.01, 0.01, −0.03, 0.01, 0.01, −0.02, 0.03, −0.02, 0.02,
    // sorted −0.03, −0.02, −0.02, −0.01, 0.01, 0.01, 0.01, 0.01, 0.02, 0.03.
    private static final double[][] RETURNS = {
        {0.01, 0.01}, {-0.02, 0.00}, {0.03, -0.01}, {-0.04, -0.02}, {0.00, 0.02},
        {0.02, 0.00}, {-0.01, -0.03}, {0.05, 0.01}, {-0.03, -0.01}, {0.01, 0.03}};
    private static final double[] WEIGHTS = {0.5, 0.5};

    private static VarInputs inputs(double[][] returns, int horizon) {
        return VarInputs.of(WEIGHTS, new double[] {0.02, 0.02}, 0.015, horizon, VarHistory.of(returns, null, null));
    }

    @Test
    void test_estimate_handComputedExample() {
        VarEstimate e = new HistoricalVar(10).estimate(inputs(RETURNS, 1), List.of(0.9, 0.8, 0.75, 0.7, 0.6),
                List.of(0.9, 0.8, 0.75, 0.6));
        // k = ⌈10(1−α)⌉: 1, 2, 3 (2.5), 3 (3 exactly, although 10·(1 − 0.7) is 3.0000000000000004), 4.
        assertEquals(0.03, e.valueAtRisk().get(0.9), 1e-15);
        assertEquals(0.02, e.valueAtRisk().get(0.8), 1e-15);
        assertEquals(0.02, e.valueAtRisk().get(0.75), 1e-15);
        assertEquals(0.02, e.valueAtRisk().get(0.7), 1e-15);
        assertEquals(0.01, e.valueAtRisk().get(0.6), 1e-15);
        assertEquals(0.03, e.expectedShortfall().get(0.9), 1e-15);
        assertEquals((0.03 + 0.02) / 2, e.expectedShortfall().get(0.8), 1e-15);
        // m = 10 · 0.25 = 2.5: the two worst days whole and half of the third (Acerbi–Tasche).
        assertEquals((0.03 + 0.02 + 0.5 * 0.02) / 2.5, e.expectedShortfall().get(0.75), 1e-15);
        assertEquals((0.03 + 0.02 + 0.02 + 0.01) / 4, e.expectedShortfall().get(0.6), 1e-15);
        assertEquals("historical", e.method());
        assertEquals(10, e.windowDays());
        assertEquals(1, e.horizonDays());
        assertTrue(e.parameters().isEmpty());
    }

    @Test
    void test_tailCount_isCeilingOfNTimesTailProbability() {
        assertEquals(1, EmpiricalTail.tailCount(100, 0.99)); // 100·(1 − 0.99) = 1.0000000000000009 in binary
        assertEquals(3, EmpiricalTail.tailCount(250, 0.99)); // 2.5
        assertEquals(5, EmpiricalTail.tailCount(200, 0.975)); // 5.000000000000004 in binary
        assertEquals(7, EmpiricalTail.tailCount(250, 0.975)); // 6.25
        assertEquals(13, EmpiricalTail.tailCount(250, 0.95)); // 12.5
        assertEquals(1, EmpiricalTail.tailCount(1, 0.99));
        assertEquals(1, EmpiricalTail.tailCount(10, 0.999)); // 0.01 → at least one day
        assertEquals(5, EmpiricalTail.tailCount(10, 0.5));
    }

    @Test
    void test_estimate_varMatchesCommonsMathInverseEmpiricalCdf() {
        // commons-math3 Percentile with EstimationType.R_1 (inverse of the empirical CDF) at the tail percentage
        // written as a decimal literal, on the negated P&L computed here.
        Random random = new Random(41);
        double[][] levels = {{0.99, 1.0}, {0.975, 2.5}, {0.95, 5.0}, {0.9, 10.0}};
        for (int n : new int[] {100, 250, 500, 37}) {
            double[][] returns = VarTestData.returns(random, VarTestData.forecasts(random, n, 3));
            double[] w = {0.5, -0.2, 0.7};
            double[] pnl = new double[n];
            for (int t = 0; t < n; t++) {
                pnl[t] = w[0] * returns[t][0] + w[1] * returns[t][1] + w[2] * returns[t][2];
            }
            VarEstimate e = new HistoricalVar(n).estimate(VarInputs.of(w, new double[] {0.01, 0.01, 0.01}, 0.01, 1,
                    VarHistory.of(returns, null, null)), List.of(0.99, 0.975, 0.95, 0.9), List.of());
            Percentile percentile = new Percentile().withEstimationType(EstimationType.R_1);
            for (double[] level : levels) {
                double expected = -percentile.evaluate(pnl, level[1]);
                assertEquals(expected, e.valueAtRisk().get(level[0]), 1e-16, "n " + n + ", α " + level[0]);
            }
        }
    }

    @Test
    void test_estimate_esIsMeanOfTheWorstDaysAndAtLeastVar() {
        Random random = new Random(43);
        double[][] returns = VarTestData.returns(random, VarTestData.forecasts(random, 250, 2));
        double[] w = {1.0, 0.0};
        VarEstimate e = new HistoricalVar(250).estimate(VarInputs.of(w, new double[] {0.01, 0.01}, 0.01, 1,
                VarHistory.of(returns, null, null)), List.of(0.975), List.of(0.975));
        double[] losses = new double[250];
        for (int t = 0; t < 250; t++) {
            losses[t] = -returns[t][0];
        }
        java.util.Arrays.sort(losses);
        // m = 250 · 0.025 = 6.25: the six largest losses and a quarter of the seventh, over 6.25.
        double sum = 0.0;
        for (int j = 0; j < 6; j++) {
            sum += losses[249 - j];
        }
        sum += 0.25 * losses[243];
        assertEquals(sum / 6.25, e.expectedShortfall().get(0.975), 1e-16);
        assertEquals(losses[243], e.valueAtRisk().get(0.975), 0.0);
        assertTrue(e.expectedShortfall().get(0.975) >= e.valueAtRisk().get(0.975));
    }

    @Test
    void test_estimate_scalesBySqrtHorizon() {
        VarEstimate one = new HistoricalVar(10).estimate(inputs(RETURNS, 1), List.of(0.9), List.of(0.8));
        VarEstimate ten = new HistoricalVar(10).estimate(inputs(RETURNS, 10), List.of(0.9), List.of(0.8));
        assertEquals(Math.sqrt(10) * one.valueAtRisk().get(0.9), ten.valueAtRisk().get(0.9), 1e-16);
        assertEquals(Math.sqrt(10) * one.expectedShortfall().get(0.8), ten.expectedShortfall().get(0.8), 1e-16);
        assertEquals(10, ten.horizonDays());
    }

    @Test
    void test_estimate_readsOnlyTheTrailingWindow() {
        VarEstimate base = new HistoricalVar(10).estimate(inputs(RETURNS, 1), List.of(0.9, 0.6), List.of(0.8));
        // Older days with enormous losses, before the window: no effect.
        VarEstimate longer = new HistoricalVar(10).estimate(inputs(VarTestData.prepend(RETURNS, 5, -0.5), 1),
                List.of(0.9, 0.6), List.of(0.8));
        assertEquals(base, longer);
        // The same loss inside the window changes VaR (so the check above can fail).
        double[][] changed = VarTestData.copy(RETURNS);
        changed[0][0] = -0.5;
        VarEstimate inside = new HistoricalVar(10).estimate(inputs(changed, 1), List.of(0.9, 0.6), List.of(0.8));
        assertNotEquals(base.valueAtRisk().get(0.9), inside.valueAtRisk().get(0.9));
        // A shorter window over the same data sees only the last days: P&L of days 7 to 10 are −0.02, 0.03, −0.02,
        // 0.02, so the worst loss is 0.02 (the −0.03 of day 4 is outside).
        VarEstimate four = new HistoricalVar(4).estimate(inputs(RETURNS, 1), List.of(0.9), List.of());
        assertEquals(0.02, four.valueAtRisk().get(0.9), 1e-15);
        assertEquals(4, four.windowDays());
    }

    @Test
    void test_estimate_refusesTooShortHistoryAndBadWindow() {
        IllegalArgumentException shortHistory = assertThrows(IllegalArgumentException.class,
                () -> new HistoricalVar(11).estimate(inputs(RETURNS, 1), List.of(0.99), List.of()));
        assertTrue(shortHistory.getMessage().contains("needs 11 days of returns, got 10"), shortHistory.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HistoricalVar(0));
        assertThrows(IllegalArgumentException.class,
                () -> new HistoricalVar(10).estimate(inputs(RETURNS, 1), List.of(1.0), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new HistoricalVar(10).estimate(null, List.of(), List.of()));
    }
}
