package org.lstmrisk.portfolio.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LimitStatusTest {

    private static final double THRESHOLD = 0.375;
    private static final double LIMIT = 0.5;

    @Test
    void test_classify_justBelowWarnIsOk() {
        assertEquals(LimitStatus.OK, LimitStatus.classify(Math.nextDown(THRESHOLD), THRESHOLD, LIMIT));
        assertEquals(LimitStatus.OK, LimitStatus.classify(0.0, THRESHOLD, LIMIT));
    }

    @Test
    void test_classify_negativeValueIsOk() {
        assertEquals(LimitStatus.OK, LimitStatus.classify(-0.9, THRESHOLD, LIMIT));
    }

    @Test
    void test_classify_exactlyAtWarnIsWarn() {
        assertEquals(LimitStatus.WARN, LimitStatus.classify(THRESHOLD, THRESHOLD, LIMIT));
    }

    @Test
    void test_classify_betweenWarnAndLimitIsWarn() {
        assertEquals(LimitStatus.WARN, LimitStatus.classify(0.45, THRESHOLD, LIMIT));
    }

    @Test
    void test_classify_exactlyAtLimitIsWarnNotBreach() {
        assertEquals(LimitStatus.WARN, LimitStatus.classify(LIMIT, THRESHOLD, LIMIT));
    }

    @Test
    void test_classify_justAboveLimitIsBreach() {
        assertEquals(LimitStatus.BREACH, LimitStatus.classify(Math.nextUp(LIMIT), THRESHOLD, LIMIT));
        assertEquals(LimitStatus.BREACH, LimitStatus.classify(2.0, THRESHOLD, LIMIT));
    }

    @Test
    void test_classify_warnAtOneMeansWarnOnlyExactlyAtLimit() {
        assertEquals(LimitStatus.OK, LimitStatus.classify(Math.nextDown(LIMIT), LIMIT, LIMIT));
        assertEquals(LimitStatus.WARN, LimitStatus.classify(LIMIT, LIMIT, LIMIT));
        assertEquals(LimitStatus.BREACH, LimitStatus.classify(Math.nextUp(LIMIT), LIMIT, LIMIT));
    }

    @Test
    void test_classify_rejectsNonFiniteAndThresholdOutsideZeroToLimit() {
        assertThrows(IllegalArgumentException.class, () -> LimitStatus.classify(Double.NaN, THRESHOLD, LIMIT));
        assertThrows(IllegalArgumentException.class,
                () -> LimitStatus.classify(0.1, THRESHOLD, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> LimitStatus.classify(0.1, 0.0, LIMIT));
        assertThrows(IllegalArgumentException.class, () -> LimitStatus.classify(0.1, 0.6, LIMIT));
    }
}
