package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** VarHistory, VarInputs, VarEstimate and VarMethod.parse: validation, copies, equality. */
class VarInputsTest {

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void test_history_validatesShapesAndValues() {
        assertTrue(message(() -> VarHistory.of(null, null, null)).contains("VarHistory.NONE"));
        assertTrue(message(() -> VarHistory.of(new double[][] {{0.1, 0.2}, {0.1}}, null, null))
                .contains("returns day 1 has 1 assets, day 0 has 2"));
        assertTrue(message(() -> VarHistory.of(new double[][] {{0.1, Double.NaN}}, null, null))
                .contains("returns day 0 asset 1 must be finite"));
        assertTrue(message(() -> VarHistory.of(new double[][] {{0.1}}, new double[][] {{0.0}}, null))
                .contains("sigmaForecasts day 0 asset 0 must be finite and positive: 0.0"));
        assertTrue(message(() -> VarHistory.of(new double[][] {{0.1}}, new double[][] {{0.1}, {0.1}}, null))
                .contains("2 days of sigmaForecasts for 1 days of returns"));
        assertTrue(message(() -> VarHistory.of(new double[][] {{0.1}}, new double[][] {{0.1, 0.1}}, null))
                .contains("sigmaForecasts have 2 assets but returns have 1"));
        assertTrue(message(() -> VarHistory.of(new double[][] {{0.1}}, null, new double[] {-0.01}))
                .contains("portfolioSigmaForecasts day 0 must be finite and positive"));
        assertTrue(message(() -> VarHistory.of(new double[][] {{0.1}}, null, new double[] {0.01, 0.01}))
                .contains("2 days of portfolioSigmaForecasts for 1 days"));
        assertTrue(message(() -> VarHistory.of(new double[][] {{0.1}}, null, null)
                .withPortfolioSigmaForecasts(new double[] {1}, CorrelationMatrix.identity(1)))
                .contains("sigmaForecasts are null"));
    }

    @Test
    void test_history_copiesInAndOut() {
        double[][] returns = {{0.01, 0.02}};
        double[][] forecasts = {{0.01, 0.02}};
        double[] portfolio = {0.015};
        VarHistory history = VarHistory.of(returns, forecasts, portfolio);
        returns[0][0] = 9;
        forecasts[0][0] = 9;
        portfolio[0] = 9;
        history.returns()[0][1] = 9;
        history.sigmaForecasts()[0][1] = 9;
        history.portfolioSigmaForecasts()[0] = 9;
        assertEquals(VarHistory.of(new double[][] {{0.01, 0.02}}, new double[][] {{0.01, 0.02}}, new double[] {0.015}),
                history);
        assertEquals(1, history.days());
        assertEquals(2, history.assets());
        assertEquals(0, VarHistory.NONE.days());
        assertNull(VarHistory.NONE.sigmaForecasts());
        assertNotEquals(history, VarHistory.of(new double[][] {{0.01, 0.02}}, null, null));
    }

    @Test
    void test_inputs_validateAndCopy() {
        VarHistory oneAsset = VarHistory.of(new double[][] {{0.01}}, null, null);
        assertTrue(message(() -> VarInputs.of(new double[] {0.5, 0.5}, new double[] {0.01, 0.01}, 0.01, 1, oneAsset))
                .contains("the history has 1 assets for 2 weights"));
        assertTrue(message(() -> VarInputs.of(new double[] {1}, new double[] {0.01, 0.01}, 0.01, 1, VarHistory.NONE))
                .contains("2 volatilities for 1 weights"));
        assertTrue(message(() -> VarInputs.of(new double[] {1}, new double[] {-0.01}, 0.01, 1, VarHistory.NONE))
                .contains("sigmaToday 0 must be finite and non-negative"));
        assertTrue(message(() -> VarInputs.of(new double[] {1}, new double[] {0.01}, Double.NaN, 1, VarHistory.NONE))
                .contains("portfolioSigma"));
        assertTrue(message(() -> VarInputs.of(new double[] {1}, new double[] {0.01}, 0.01, 0, VarHistory.NONE))
                .contains("horizonDays must be at least 1: 0"));
        assertTrue(message(() -> VarInputs.of(new double[] {1}, new double[] {0.01}, 0.01, 1, null))
                .contains("history must not be null"));
        double[] w = {1.0};
        VarInputs inputs = VarInputs.of(w, new double[] {0.01}, 0.01, 1, VarHistory.NONE);
        w[0] = 2.0;
        inputs.weights()[0] = 3.0;
        assertArrayEquals(new double[] {1.0}, inputs.weights());
        assertEquals(VarInputs.of(new double[] {1.0}, new double[] {0.01}, 0.01, 1, VarHistory.NONE), inputs);
    }

    @Test
    void test_estimate_validatesLevelsAndValues() {
        VarInputs inputs = VarInputs.of(new double[] {1}, new double[] {0.01}, 0.01, 1, VarHistory.NONE);
        assertTrue(message(() -> new NormalVar().estimate(inputs, List.of(0.0), List.of()))
                .contains("VaR confidence level must be in (0, 1): 0.0"));
        assertTrue(message(() -> new NormalVar().estimate(inputs, List.of(), List.of(0.975, 0.975)))
                .contains("duplicate ES confidence level: 0.975"));
        assertTrue(message(() -> new VarEstimate("x", -1, 1, new TreeMap<>(), new TreeMap<>(), new TreeMap<>()))
                .contains("windowDays"));
        VarEstimate e = new NormalVar().estimate(inputs, List.of(0.99), List.of(0.975));
        assertThrows(UnsupportedOperationException.class, () -> e.valueAtRisk().put(0.5, 1.0));
        assertThrows(UnsupportedOperationException.class, () -> e.parameters().put("nu", 1.0));
    }

    @Test
    void test_parse_namesEachMethod() {
        assertInstanceOf(NormalVar.class, VarMethod.parse("normal", 250));
        assertEquals(new StudentTVar(500), VarMethod.parse("student-t", 500));
        assertEquals(new HistoricalVar(250), VarMethod.parse("historical", 250));
        assertEquals(new FilteredHistoricalVar(100), VarMethod.parse("fhs", 100));
        assertEquals(0, VarMethod.parse("normal", 250).windowDays());
        assertEquals(List.of("normal", "student-t", "historical", "fhs"), VarMethod.NAMES);
        for (String name : VarMethod.NAMES) {
            assertEquals(name, VarMethod.parse(name, 250).name());
        }
        assertTrue(message(() -> VarMethod.parse("montecarlo", 250))
                .contains("unknown VaR method 'montecarlo'; expected one of [normal, student-t, historical, fhs]"));
        assertTrue(message(() -> VarMethod.parse(null, 250)).contains("VaR method is null"));
        assertTrue(message(() -> VarMethod.parse("historical", 0)).contains("at least 1 day: 0"));
    }
}
