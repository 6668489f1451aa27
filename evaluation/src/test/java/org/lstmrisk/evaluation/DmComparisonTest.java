package org.lstmrisk.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The Newey–West lag rule and the cases where a Diebold–Mariano test is undefined. */
class DmComparisonTest {

    @Test
    void lag_followsTheNeweyWestRuleOfThumb_andIsAtLeastHMinusOne() {
        var daily = new DmComparison(1);
        assertEquals(4, daily.lag(100));           // 4 (1)^(2/9)
        assertEquals(7, daily.lag(1304));          // 4 (13.04)^(2/9) = 7.06
        assertEquals(1, daily.lag(3));             // 4 (0.03)^(2/9) = 1.84
        assertEquals(4, new DmComparison(10).lag(5)); // h - 1 = 9, but never beyond n - 1
        assertEquals(19, new DmComparison(20).lag(500));
    }

    @Test
    void test_isNullForTheBaselineItself_orConstantDifferences_elseDefined() {
        var dm = new DmComparison(1);
        double[] a = {1, 2, 3, 4, 5, 7};
        double[] b = {1.5, 1.9, 3.2, 4.4, 5.1, 6.0};
        assertNull(dm.test(a, a, true));
        assertNull(dm.test(a, new double[] {2, 3, 4, 5, 6, 8}, false));
        assertNotNull(dm.test(a, b, false));
    }
}
