package org.lstmrisk.portfolio.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LimitTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate JUN_30 = LocalDate.of(2024, 6, 30);

    private static IllegalArgumentException rejects(Runnable construction, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction::run);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), e.getMessage());
        }
        return e;
    }

    @Test
    void test_of_usesDefaults() {
        Limit limit = Limit.of("var", LimitMetric.PORTFOLIO_VAR99, 0.03);
        assertEquals(new Limit("var", LimitMetric.PORTFOLIO_VAR99, 0.03, 0.8, true, List.of(), null, null), limit);
        assertEquals(0.8, Limit.DEFAULT_WARN);
    }

    @Test
    void test_withers_changeOneComponent() {
        Limit limit = Limit.of("share", LimitMetric.POSITION_SHARE, 0.1)
                .withWarn(0.9).withHard(false).withScope(List.of("AAPL")).withDates(JAN_1, JUN_30);
        assertEquals(new Limit("share", LimitMetric.POSITION_SHARE, 0.1, 0.9, false, List.of("AAPL"), JAN_1, JUN_30),
                limit);
    }

    @Test
    void test_of_rejectsBlankNullOrColonName() {
        rejects(() -> Limit.of(" ", LimitMetric.GROSS_WEIGHT, 1.0), "blank");
        rejects(() -> Limit.of(null, LimitMetric.GROSS_WEIGHT, 1.0), "null");
        rejects(() -> Limit.of("a:b", LimitMetric.GROSS_WEIGHT, 1.0), "'a:b'", "':'");
    }

    @Test
    void test_of_rejectsNullMetric() {
        rejects(() -> Limit.of("x", null, 1.0), "'x'", "metric");
    }

    @Test
    void test_of_rejectsZeroNegativeOrNonFiniteLimit() {
        rejects(() -> Limit.of("x", LimitMetric.GROSS_WEIGHT, 0.0), "'x'", "0.0");
        rejects(() -> Limit.of("x", LimitMetric.GROSS_WEIGHT, -0.1), "-0.1");
        rejects(() -> Limit.of("x", LimitMetric.GROSS_WEIGHT, Double.NaN), "NaN");
        rejects(() -> Limit.of("x", LimitMetric.GROSS_WEIGHT, Double.POSITIVE_INFINITY), "Infinity");
    }

    @Test
    void test_withWarn_acceptsOneAndRejectsOutsideZeroToOne() {
        Limit limit = Limit.of("x", LimitMetric.GROSS_WEIGHT, 1.0);
        assertEquals(1.0, limit.withWarn(1.0).warn());
        assertEquals(Double.MIN_VALUE, limit.withWarn(Double.MIN_VALUE).warn());
        rejects(() -> limit.withWarn(0.0), "warn", "0.0");
        rejects(() -> limit.withWarn(-0.5), "-0.5");
        rejects(() -> limit.withWarn(1.2), "1.2");
        rejects(() -> limit.withWarn(Math.nextUp(1.0)), "warn");
        rejects(() -> limit.withWarn(Double.NaN), "NaN");
    }

    @Test
    void test_withScope_rejectsScopeOnPortfolioMetric() {
        rejects(() -> Limit.of("x", LimitMetric.PORTFOLIO_VAR99, 0.03).withScope(List.of("AAPL")),
                "'x'", "AAPL", "portfolio.var99");
        rejects(() -> Limit.of("x", LimitMetric.GROSS_WEIGHT, 1.5).withScope(List.of("AAPL")), "gross.weight");
    }

    @Test
    void test_withScope_rejectsNullBlankOrDuplicateTickers() {
        Limit limit = Limit.of("x", LimitMetric.POSITION_WEIGHT, 0.1);
        rejects(() -> limit.withScope(null), "null");
        rejects(() -> limit.withScope(List.of("AAPL", " ")), "blank");
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        rejects(() -> limit.withScope(withNull), "null");
        rejects(() -> limit.withScope(List.of("AAPL", "AAPL")), "AAPL twice");
    }

    @Test
    void test_scope_isCopied() {
        List<String> scope = new ArrayList<>(List.of("AAPL"));
        Limit limit = Limit.of("x", LimitMetric.POSITION_WEIGHT, 0.1).withScope(scope);
        scope.add("MSFT");
        assertEquals(List.of("AAPL"), limit.scope());
        assertThrows(UnsupportedOperationException.class, () -> limit.scope().add("MSFT"));
    }

    @Test
    void test_withDates_rejectsFromAfterToButAcceptsOneDay() {
        Limit limit = Limit.of("x", LimitMetric.GROSS_WEIGHT, 1.5);
        rejects(() -> limit.withDates(JUN_30, JAN_1), "2024-06-30", "2024-01-01");
        assertTrue(limit.withDates(JAN_1, JAN_1).isActiveOn(JAN_1));
    }

    @Test
    void test_isActiveOn_includesBothEndsAndTreatsNullAsOpen() {
        Limit limit = Limit.of("x", LimitMetric.GROSS_WEIGHT, 1.5).withDates(JAN_1, JUN_30);
        assertFalse(limit.isActiveOn(JAN_1.minusDays(1)));
        assertTrue(limit.isActiveOn(JAN_1));
        assertTrue(limit.isActiveOn(JUN_30));
        assertFalse(limit.isActiveOn(JUN_30.plusDays(1)));
        Limit openStart = limit.withDates(null, JUN_30);
        assertTrue(openStart.isActiveOn(LocalDate.of(1900, 1, 1)));
        assertFalse(openStart.isActiveOn(JUN_30.plusDays(1)));
        Limit openEnd = limit.withDates(JAN_1, null);
        assertFalse(openEnd.isActiveOn(JAN_1.minusDays(1)));
        assertTrue(openEnd.isActiveOn(LocalDate.of(2999, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> limit.isActiveOn(null));
    }

    @Test
    void test_warnThreshold_isTheDecimalProductAsWritten() {
        // In binary, 0.8 * 0.10 = 0.08000000000000002; the threshold is the double nearest to the decimal 0.08.
        assertEquals(0.08, Limit.of("x", LimitMetric.POSITION_SHARE, 0.10).warnThreshold());
        assertEquals(0.024, Limit.of("x", LimitMetric.PORTFOLIO_VAR99, 0.03).warnThreshold());
        assertEquals(0.03, Limit.of("x", LimitMetric.PORTFOLIO_VAR99, 0.03).withWarn(1.0).warnThreshold());
        assertEquals(0.063, Limit.of("x", LimitMetric.PORTFOLIO_VAR99, 0.07).withWarn(0.9).warnThreshold());
    }

    @Test
    void test_equals_byValue() {
        assertEquals(Limit.of("x", LimitMetric.GROSS_WEIGHT, 1.5), Limit.of("x", LimitMetric.GROSS_WEIGHT, 1.5));
        assertEquals(Limit.of("x", LimitMetric.GROSS_WEIGHT, 1.5).hashCode(),
                Limit.of("x", LimitMetric.GROSS_WEIGHT, 1.5).hashCode());
    }
}
