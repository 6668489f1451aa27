package org.lstmrisk.portfolio.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LimitResultTest {

    private static LimitResult result(LimitStatus status, boolean hard) {
        return new LimitResult("x", LimitMetric.GROSS_WEIGHT, 1.2, 1.0, 0.8, 1.2, status, hard, List.of());
    }

    @Test
    void test_isHardBreach_onlyHardAndBreach() {
        assertTrue(result(LimitStatus.BREACH, true).isHardBreach());
        assertFalse(result(LimitStatus.BREACH, false).isHardBreach());
        assertFalse(result(LimitStatus.WARN, true).isHardBreach());
    }

    @Test
    void test_constructor_rejectsBadValues() {
        assertThrows(IllegalArgumentException.class, () -> new LimitResult(" ", LimitMetric.GROSS_WEIGHT, 1.0, 1.0,
                0.8, 1.0, LimitStatus.WARN, true, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new LimitResult("x", null, 1.0, 1.0,
                0.8, 1.0, LimitStatus.WARN, true, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new LimitResult("x", LimitMetric.GROSS_WEIGHT,
                Double.NaN, 1.0, 0.8, 1.0, LimitStatus.WARN, true, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new LimitResult("x", LimitMetric.GROSS_WEIGHT, 1.0, 0.0,
                0.8, 1.0, LimitStatus.WARN, true, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new LimitResult("x", LimitMetric.GROSS_WEIGHT, 1.0, 1.0,
                1.1, 1.0, LimitStatus.WARN, true, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new LimitResult("x", LimitMetric.GROSS_WEIGHT, 1.0, 1.0,
                0.8, 1.0, null, true, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new LimitResult("x", LimitMetric.GROSS_WEIGHT, 1.0, 1.0,
                0.8, 1.0, LimitStatus.WARN, true, null));
    }

    @Test
    void test_drivers_areCopied() {
        List<LimitDriver> drivers = new ArrayList<>(List.of(new LimitDriver("A", 0.5, 0.7)));
        LimitResult r = new LimitResult("x", LimitMetric.GROSS_WEIGHT, 1.2, 1.0, 0.8, 1.2, LimitStatus.BREACH, true,
                drivers);
        drivers.clear();
        assertEquals(1, r.drivers().size());
    }

    @Test
    void test_driver_rejectsBlankTickerAndNonFiniteNumbers() {
        assertThrows(IllegalArgumentException.class, () -> new LimitDriver("", 0.1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new LimitDriver("A", Double.NaN, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new LimitDriver("A", 0.1, Double.POSITIVE_INFINITY));
    }
}
