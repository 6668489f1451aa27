package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RiskInputsTest {

    private static final List<String> TICKERS = List.of("AAPL", "MSFT");
    private static final CorrelationMatrix RHO = CorrelationMatrix.of(new double[][] {{1, 0.5}, {0.5, 1}});

    private static void assertRejected(String expectedInMessage, Executable executable) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, executable);
        assertTrue(e.getMessage().contains(expectedInMessage), "message '" + e.getMessage() + "' lacks '"
                + expectedInMessage + "'");
    }

    @Test
    void test_of_copiesArraysAndList() {
        double[] w = {0.6, 0.4};
        double[] s = {0.01, 0.02};
        List<String> tickers = new ArrayList<>(TICKERS);
        RiskInputs inputs = RiskInputs.of(tickers, w, s, RHO, 1);
        w[0] = 9;
        s[0] = 9;
        tickers.set(0, "XXX");
        assertArrayEquals(new double[] {0.6, 0.4}, inputs.weights());
        assertArrayEquals(new double[] {0.01, 0.02}, inputs.volatilities());
        assertEquals(TICKERS, inputs.tickers());
        inputs.weights()[1] = 7;
        assertEquals(0.4, inputs.weights()[1]);
        assertThrows(UnsupportedOperationException.class, () -> inputs.tickers().add("JPM"));
    }

    @Test
    void test_equals_isByValue() {
        RiskInputs a = RiskInputs.of(TICKERS, new double[] {0.6, 0.4}, new double[] {0.01, 0.02}, RHO, 1);
        RiskInputs b = RiskInputs.of(List.of("AAPL", "MSFT"), new double[] {0.6, 0.4}, new double[] {0.01, 0.02},
                CorrelationMatrix.of(new double[][] {{1, 0.5}, {0.5, 1}}), 1);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, RiskInputs.of(TICKERS, new double[] {0.6, 0.4}, new double[] {0.01, 0.02}, RHO, 2));
        assertNotEquals(a, RiskInputs.of(TICKERS, new double[] {0.6, 0.41}, new double[] {0.01, 0.02}, RHO, 1));
    }

    @Test
    void test_of_acceptsShortsAndWeightsNotSummingToOne() {
        RiskInputs inputs = RiskInputs.of(TICKERS, new double[] {1.3, -0.8}, new double[] {0.01, 0.0}, RHO, 10);
        assertEquals(10, inputs.horizonDays());
    }

    @Test
    void test_of_rejectsNegativeVolatility() {
        assertRejected("MSFT", () -> RiskInputs.of(TICKERS, new double[] {0.5, 0.5}, new double[] {0.01, -0.02}, RHO, 1));
        assertRejected("-0.02", () -> RiskInputs.of(TICKERS, new double[] {0.5, 0.5}, new double[] {0.01, -0.02}, RHO, 1));
    }

    @Test
    void test_of_rejectsNaNVolatility() {
        assertRejected("NaN", () -> RiskInputs.of(TICKERS, new double[] {0.5, 0.5}, new double[] {Double.NaN, 0.02}, RHO, 1));
    }

    @Test
    void test_of_rejectsNaNWeight() {
        assertRejected("AAPL", () -> RiskInputs.of(TICKERS, new double[] {Double.NaN, 0.5}, new double[] {0.01, 0.02}, RHO, 1));
        assertRejected("Infinity",
                () -> RiskInputs.of(TICKERS, new double[] {0.5, Double.NEGATIVE_INFINITY}, new double[] {0.01, 0.02}, RHO, 1));
    }

    @Test
    void test_of_rejectsWeightCountMismatch() {
        assertRejected("3 weights for 2 tickers",
                () -> RiskInputs.of(TICKERS, new double[] {0.5, 0.3, 0.2}, new double[] {0.01, 0.02}, RHO, 1));
    }

    @Test
    void test_of_rejectsVolatilityCountMismatch() {
        assertRejected("1 volatilities for 2 tickers",
                () -> RiskInputs.of(TICKERS, new double[] {0.5, 0.5}, new double[] {0.01}, RHO, 1));
    }

    @Test
    void test_of_rejectsCorrelationDimensionMismatch() {
        assertRejected("3 x 3 for 2 tickers",
                () -> RiskInputs.of(TICKERS, new double[] {0.5, 0.5}, new double[] {0.01, 0.02}, CorrelationMatrix.identity(3), 1));
    }

    @Test
    void test_of_rejectsDuplicateTickers() {
        assertRejected("duplicate ticker AAPL", () -> RiskInputs.of(List.of("AAPL", "AAPL"), new double[] {0.5, 0.5},
                new double[] {0.01, 0.02}, RHO, 1));
    }

    @Test
    void test_of_rejectsBlankOrNullTicker() {
        assertRejected("ticker 1", () -> RiskInputs.of(List.of("AAPL", " "), new double[] {0.5, 0.5},
                new double[] {0.01, 0.02}, RHO, 1));
        assertRejected("ticker 0", () -> RiskInputs.of(Arrays.asList(null, "MSFT"), new double[] {0.5, 0.5},
                new double[] {0.01, 0.02}, RHO, 1));
    }

    @Test
    void test_of_rejectsHorizonBelowOne() {
        assertRejected("horizonDays", () -> RiskInputs.of(TICKERS, new double[] {0.5, 0.5}, new double[] {0.01, 0.02}, RHO, 0));
    }

    @Test
    void test_of_rejectsNullsAndEmpty() {
        assertRejected("null", () -> RiskInputs.of(null, new double[] {0.5, 0.5}, new double[] {0.01, 0.02}, RHO, 1));
        assertRejected("null", () -> RiskInputs.of(TICKERS, null, new double[] {0.01, 0.02}, RHO, 1));
        assertRejected("null", () -> RiskInputs.of(TICKERS, new double[] {0.5, 0.5}, null, RHO, 1));
        assertRejected("null", () -> RiskInputs.of(TICKERS, new double[] {0.5, 0.5}, new double[] {0.01, 0.02}, null, 1));
        assertRejected("no tickers", () -> RiskInputs.of(List.of(), new double[0], new double[0], RHO, 1));
    }
}
