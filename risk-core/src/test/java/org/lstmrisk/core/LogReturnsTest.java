package org.lstmrisk.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogReturnsTest {

    private static final double[] PRICES = {100, 101.5, 99.8, 102.3, 101.0, 103.7, 104.2};

    @Test
    void of_prices_matchesNumpyDiffOfLog() {
        // numpy: np.diff(np.log([100, 101.5, 99.8, 102.3, 101.0, 103.7, 104.2]))
        double[] expected = {0.014888612493749953, -0.016890615164423473, 0.02474148964016276,
            -0.012789156116321365, 0.02638159839422194, 0.004810014083784786};
        assertArrayEquals(expected, LogReturns.of(PRICES), 1e-15);
    }

    @Test
    void of_prices_equalsLogOfPriceRatio() {
        double[] r = LogReturns.of(PRICES);
        assertEquals(PRICES.length - 1, r.length);
        for (int i = 0; i < r.length; i++) {
            assertEquals(Math.log(PRICES[i + 1] / PRICES[i]), r[i], 1e-15);
        }
    }

    @Test
    void of_singlePrice_isEmpty() {
        assertEquals(0, LogReturns.of(new double[] {42}).length);
    }

    @Test
    void of_rejectsEmptyNonPositiveAndNonFinitePrices() {
        assertThrows(IllegalArgumentException.class, () -> LogReturns.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> LogReturns.of(new double[] {1, 0, 2}));
        assertThrows(IllegalArgumentException.class, () -> LogReturns.of(new double[] {1, -3}));
        assertThrows(IllegalArgumentException.class, () -> LogReturns.of(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> LogReturns.of(new double[] {Double.POSITIVE_INFINITY, 1}));
    }

    @Test
    void of_series_usesCloses() {
        PriceSeries s = TestPrices.closes("AAA", PRICES);
        assertArrayEquals(LogReturns.of(PRICES), LogReturns.of(s));
    }

    @Test
    void of_series_bitIdenticalToPriceHistoryWindow() {
        PriceSeries s = TestPrices.randomWalk("AAA", 40, 0.02, 7);
        double[] r = LogReturns.of(s);
        double[][] window = new PriceHistory(List.of(s)).logReturnWindow(List.of("AAA"), s.lastDate(), 39);
        for (int t = 0; t < 39; t++) {
            assertEquals(Double.doubleToLongBits(window[t][0]), Double.doubleToLongBits(r[t]), "return " + t);
        }
    }

    @Test
    void between_isLogDifference() {
        assertEquals(Math.log(2), LogReturns.between(50, 100), 1e-15);
        assertEquals(0.0, LogReturns.between(123.4, 123.4));
    }
}
