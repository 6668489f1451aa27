package org.lstmrisk.core.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.TestPrices;
import org.lstmrisk.core.volatility.CloseToCloseEstimator;

class PersistenceForecasterTest {

    private static final double[] PRICES = {100, 101.5, 99.8, 102.3, 101.0, 103.7, 104.2};

    @Test
    void fit_isTheRootMeanSquareOfTheLastFiveReturns() {
        PersistenceModel m = PersistenceForecaster.DEFAULT.fit(TestPrices.closes("AAA", PRICES));
        double sum = 0;
        for (int i = 2; i <= 6; i++) {
            double r = Math.log(PRICES[i] / PRICES[i - 1]);
            sum += r * r;
        }
        assertEquals(Math.sqrt(sum / 5), m.volatility(), 1e-16);
        // numpy: np.sqrt(np.mean(np.diff(np.log(p))[1:]**2)) for the prices above
        assertEquals(0.01886860712259808, m.forecastVolatility(1), 1e-15);
        assertEquals(m.volatility(), m.forecastVolatility(10), 0.0);
        assertEquals("persistence", PersistenceForecaster.DEFAULT.name());
    }

    @Test
    void oneDayWindow_isAbsoluteReturn() {
        PersistenceModel m = new PersistenceForecaster(new CloseToCloseEstimator(), 1).fit(TestPrices.closes("A", PRICES));
        assertEquals(Math.abs(Math.log(104.2 / 103.7)), m.volatility(), 1e-16);
    }

    @Test
    void update_equalsRefitAndChecksHistory() {
        PriceSeries full = TestPrices.randomWalk("RW", 80, 0.01, 3);
        PersistenceModel m = PersistenceForecaster.DEFAULT.fit(full.slice(0, 40));
        assertEquals(PersistenceForecaster.DEFAULT.fit(full), m.update(full));
        assertSame(m, m.update(full.slice(0, 40)));
        PriceSeries other = PriceSeries.ofCloses("OTHER", full.dates(), full.close());
        assertThrows(IllegalArgumentException.class, () -> m.update(other));
        assertThrows(IllegalArgumentException.class, () -> m.update(full.slice(41, 80)));
    }

    @Test
    void rejectsShortHistoryAndBadWindow() {
        assertEquals(6, PersistenceForecaster.DEFAULT.minimumHistory());
        assertThrows(IllegalArgumentException.class,
                () -> PersistenceForecaster.DEFAULT.fit(TestPrices.closes("A", 100, 101, 102, 103, 104)));
        assertThrows(IllegalArgumentException.class, () -> new PersistenceForecaster(new CloseToCloseEstimator(), 0));
        assertThrows(IllegalArgumentException.class, () -> m().forecastVolatility(0));
    }

    private static PersistenceModel m() {
        return PersistenceForecaster.DEFAULT.fit(TestPrices.closes("A", PRICES));
    }
}
