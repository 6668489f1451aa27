package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FilteredHistoricalVarTest {

    private static final List<Double> VAR_LEVELS = List.of(0.95, 0.99);
    private static final List<Double> ES_LEVELS = List.of(0.975);

    @Test
    void test_estimate_handComputedExample() {
        // One stock, weight 1, today's forecast 2 %. Returns −2 %, −4 %, 1 %, 0.5 % with forecasts 0.5 %, 4 %, 2 %,
        // 1 %: shocks −4, −1, 0.5, 0.5; rescaled by 2 %: −8 %, −2 %, 1 %, 1 %. At 75 % (k = 1) VaR is 8 % where plain
        // historical simulation says 4 %; at 50 % (k = 2) VaR is 2 % and ES (8 % + 2 %)/2 = 5 %.
        double[][] returns = {{-0.02}, {-0.04}, {0.01}, {0.005}};
        double[][] forecasts = {{0.005}, {0.04}, {0.02}, {0.01}};
        VarInputs inputs = VarInputs.of(new double[] {1.0}, new double[] {0.02}, 0.02, 1,
                VarHistory.of(returns, forecasts, null));
        VarEstimate fhs = new FilteredHistoricalVar(4).estimate(inputs, List.of(0.75, 0.5), List.of(0.5));
        assertEquals(0.08, fhs.valueAtRisk().get(0.75), 1e-15);
        assertEquals(0.02, fhs.valueAtRisk().get(0.5), 1e-15);
        assertEquals(0.05, fhs.expectedShortfall().get(0.5), 1e-15);
        assertEquals("fhs", fhs.method());
        assertEquals(4, fhs.windowDays());
        assertEquals(0.04, new HistoricalVar(4).estimate(inputs, List.of(0.75), List.of()).valueAtRisk().get(0.75), 1e-15);
    }

    @Test
    void test_estimate_matchesPlainLoopReference() {
        Random random = new Random(51);
        int days = 300;
        int window = 250;
        double[][] forecasts = VarTestData.forecasts(random, days, 4);
        double[][] returns = VarTestData.returns(random, forecasts);
        double[] w = {0.4, 0.3, -0.2, 0.5};
        double[] today = {0.012, 0.025, 0.018, 0.009};
        VarEstimate e = new FilteredHistoricalVar(window).estimate(
                VarInputs.of(w, today, 0.01, 1, VarHistory.of(returns, forecasts, null)), VAR_LEVELS, ES_LEVELS);
        double[] losses = new double[window];
        for (int t = 0; t < window; t++) {
            int day = days - window + t;
            for (int i = 0; i < 4; i++) {
                losses[t] -= w[i] * today[i] * returns[day][i] / forecasts[day][i];
            }
        }
        Arrays.sort(losses); // ascending: the largest losses last
        assertEquals(losses[window - 13], e.valueAtRisk().get(0.95), 1e-16); // k = ⌈12.5⌉ = 13
        assertEquals(losses[window - 3], e.valueAtRisk().get(0.99), 1e-16); // k = ⌈2.5⌉ = 3
        double sum = 0.25 * losses[window - 7]; // m = 6.25: six whole days and a quarter of the seventh
        for (int j = 1; j <= 6; j++) {
            sum += losses[window - j];
        }
        assertEquals(sum / 6.25, e.expectedShortfall().get(0.975), 1e-16);
    }

    @Test
    void test_estimate_equalsHistoricalWhenForecastsAreConstantAndEqualToToday() {
        Random random = new Random(52);
        double[] today = {0.011, 0.02, 0.015};
        double[][] forecasts = new double[250][];
        for (int t = 0; t < 250; t++) {
            forecasts[t] = today.clone();
        }
        double[][] returns = VarTestData.returns(random, VarTestData.forecasts(random, 250, 3));
        VarInputs inputs = VarInputs.of(new double[] {0.3, 0.5, 0.2}, today, 0.01, 1,
                VarHistory.of(returns, forecasts, null));
        VarEstimate fhs = new FilteredHistoricalVar(250).estimate(inputs, VAR_LEVELS, ES_LEVELS);
        VarEstimate historical = new HistoricalVar(250).estimate(inputs, VAR_LEVELS, ES_LEVELS);
        for (double level : VAR_LEVELS) {
            assertEquals(historical.valueAtRisk().get(level), fhs.valueAtRisk().get(level), 1e-16);
        }
        assertEquals(historical.expectedShortfall().get(0.975), fhs.expectedShortfall().get(0.975), 1e-16);
    }

    @Test
    void test_estimate_isScaleInvariant() {
        Random random = new Random(53);
        double[][] forecasts = VarTestData.forecasts(random, 250, 3);
        double[][] returns = VarTestData.returns(random, forecasts);
        double[] w = {0.3, 0.5, 0.2};
        double[] today = {0.011, 0.02, 0.015};
        FilteredHistoricalVar fhs = new FilteredHistoricalVar(250);
        VarEstimate base = fhs.estimate(VarInputs.of(w, today, 0.01, 1, VarHistory.of(returns, forecasts, null)),
                VAR_LEVELS, ES_LEVELS);
        // Stock i's past returns and past forecasts both times c_i: the shocks, hence the result, do not change.
        double[] c = {3.0, 0.25, 7.5};
        double[][] scaledReturns = VarTestData.copy(returns);
        double[][] scaledForecasts = VarTestData.copy(forecasts);
        for (int t = 0; t < 250; t++) {
            for (int i = 0; i < 3; i++) {
                scaledReturns[t][i] *= c[i];
                scaledForecasts[t][i] *= c[i];
            }
        }
        VarEstimate pastScaled = fhs.estimate(VarInputs.of(w, today, 0.01, 1,
                VarHistory.of(scaledReturns, scaledForecasts, null)), VAR_LEVELS, ES_LEVELS);
        // Today's forecasts all times 2: VaR and ES double.
        double[] doubled = {0.022, 0.04, 0.03};
        VarEstimate todayScaled = fhs.estimate(VarInputs.of(w, doubled, 0.01, 1,
                VarHistory.of(returns, forecasts, null)), VAR_LEVELS, ES_LEVELS);
        for (double level : VAR_LEVELS) {
            double v = base.valueAtRisk().get(level);
            assertEquals(v, pastScaled.valueAtRisk().get(level), 1e-15 * v);
            assertEquals(2 * v, todayScaled.valueAtRisk().get(level), 1e-15 * v);
        }
        double es = base.expectedShortfall().get(0.975);
        assertEquals(es, pastScaled.expectedShortfall().get(0.975), 1e-15 * es);
        assertEquals(2 * es, todayScaled.expectedShortfall().get(0.975), 1e-15 * es);
    }

    @Test
    void test_estimate_scalesBySqrtHorizon() {
        Random random = new Random(54);
        double[][] forecasts = VarTestData.forecasts(random, 100, 2);
        VarHistory history = VarHistory.of(VarTestData.returns(random, forecasts), forecasts, null);
        double[] w = {0.6, 0.4};
        double[] today = {0.01, 0.02};
        VarEstimate one = new FilteredHistoricalVar(100).estimate(VarInputs.of(w, today, 0.01, 1, history),
                VAR_LEVELS, ES_LEVELS);
        VarEstimate ten = new FilteredHistoricalVar(100).estimate(VarInputs.of(w, today, 0.01, 10, history),
                VAR_LEVELS, ES_LEVELS);
        assertEquals(Math.sqrt(10) * one.valueAtRisk().get(0.99), ten.valueAtRisk().get(0.99), 1e-16);
        assertEquals(Math.sqrt(10) * one.expectedShortfall().get(0.975), ten.expectedShortfall().get(0.975), 1e-16);
    }

    @Test
    void test_estimate_readsOnlyTheTrailingWindow() {
        Random random = new Random(55);
        double[][] forecasts = VarTestData.forecasts(random, 250, 2);
        double[][] returns = VarTestData.returns(random, forecasts);
        double[] w = {0.6, 0.4};
        double[] today = {0.01, 0.02};
        FilteredHistoricalVar fhs = new FilteredHistoricalVar(250);
        VarEstimate base = fhs.estimate(VarInputs.of(w, today, 0.01, 1, VarHistory.of(returns, forecasts, null)),
                VAR_LEVELS, ES_LEVELS);
        VarEstimate longer = fhs.estimate(VarInputs.of(w, today, 0.01, 1, VarHistory.of(
                VarTestData.prepend(returns, 30, -0.3), VarTestData.prepend(forecasts, 30, 0.001), null)),
                VAR_LEVELS, ES_LEVELS);
        assertEquals(base, longer);
        double[][] changed = VarTestData.copy(returns);
        changed[0][0] = -0.3;
        VarEstimate inside = fhs.estimate(VarInputs.of(w, today, 0.01, 1, VarHistory.of(changed, forecasts, null)),
                VAR_LEVELS, ES_LEVELS);
        assertNotEquals(base.valueAtRisk().get(0.99), inside.valueAtRisk().get(0.99));
    }

    @Test
    void test_estimate_refusesMissingForecastsAndShortHistory() {
        double[][] returns = {{0.01}, {-0.01}};
        VarInputs noForecasts = VarInputs.of(new double[] {1}, new double[] {0.01}, 0.01, 1,
                VarHistory.of(returns, null, null));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new FilteredHistoricalVar(2).estimate(noForecasts, VAR_LEVELS, ES_LEVELS));
        assertTrue(missing.getMessage().contains("sigmaForecasts"), missing.getMessage());
        VarInputs twoDays = VarInputs.of(new double[] {1}, new double[] {0.01}, 0.01, 1,
                VarHistory.of(returns, new double[][] {{0.01}, {0.01}}, null));
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> new FilteredHistoricalVar(3).estimate(twoDays, VAR_LEVELS, ES_LEVELS));
        assertTrue(tooShort.getMessage().contains("needs 3 days of history, got 2"), tooShort.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FilteredHistoricalVar(0));
    }
}
