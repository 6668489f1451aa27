package org.lstmrisk.core.volatility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.TestPrices;
import org.junit.jupiter.api.Test;

class CloseToCloseEstimatorTest {

    private static final PriceSeries SERIES = TestPrices.closes("AAA", 100, 101.5, 99.8, 102.3, 101.0, 103.7, 104.2);
    private final CloseToCloseEstimator estimator = new CloseToCloseEstimator();

    @Test
    void volatility_matchesNumpyOnReturnsIntoWindowDays() {
        // numpy: r = np.diff(np.log(p)); np.sqrt(np.mean(r[3:6]**2)) -> returns into days 4, 5, 6
        assertEquals(0.01715310937301516, estimator.volatility(SERIES, 6, 3), 1e-15);
        // numpy: np.sqrt(np.mean(r**2)) -> all six returns, window needs the close of day 0
        assertEquals(0.018265598154836696, estimator.volatility(SERIES, 6, 6), 1e-15);
    }

    @Test
    void volatility_equalsDirectRootMeanSquareOfPriceRatios() {
        PriceSeries s = TestPrices.randomWalk("RW", 300, 0.015, 11);
        int end = 250;
        int window = 60;
        double sum = 0;
        for (int i = end; i > end - window; i--) {
            double r = Math.log(s.close(i) / s.close(i - 1));
            sum += r * r;
        }
        assertEquals(Math.sqrt(sum / window), estimator.volatility(s, end, window), 1e-14);
    }

    @Test
    void volatility_recoversRandomWalkSigma() {
        PriceSeries s = TestPrices.randomWalk("RW", 5001, 0.02, 3);
        // standard error of the estimate is about 0.02 / sqrt(2 * 5000) = 1 %
        assertEquals(0.02, estimator.volatility(s, 5000, 5000), 0.02 * 0.04);
    }

    @Test
    void volatility_rejectsWindowThatDoesNotFit() {
        assertThrows(IllegalArgumentException.class, () -> estimator.volatility(SERIES, 6, 7));
        assertThrows(IllegalArgumentException.class, () -> estimator.volatility(SERIES, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> estimator.volatility(SERIES, 7, 2));
        assertThrows(IllegalArgumentException.class, () -> estimator.volatility(SERIES, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> estimator.volatility(SERIES, 6, 0));
    }

    @Test
    void needsRange_isFalseAndNameIsCloseToClose() {
        assertFalse(estimator.needsRange());
        assertEquals("close-to-close", estimator.name());
    }
}
