package org.lstmrisk.core.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.TestPrices;
import org.junit.jupiter.api.Test;

class EwmaForecasterTest {

    private static final double[] PRICES = {100, 101.5, 99.8, 102.3, 101.0, 103.7, 104.2};
    private static final PriceSeries SERIES = TestPrices.closes("AAA", PRICES);

    @Test
    void fit_matchesHandUnrolledRecursion() {
        // r1..r6 are the six returns; seed from r1, r2; recursion over r3..r6:
        // σ² = λ⁴ s + (1−λ)(λ³ r3² + λ² r4² + λ r5² + r6²), s = (r1² + r2²) / 2
        double lambda = 0.9;
        double[] r = new double[6];
        for (int i = 0; i < 6; i++) {
            r[i] = Math.log(PRICES[i + 1] / PRICES[i]);
        }
        double seed = (r[0] * r[0] + r[1] * r[1]) / 2;
        double expected = Math.pow(lambda, 4) * seed + (1 - lambda) * (Math.pow(lambda, 3) * r[2] * r[2]
                + lambda * lambda * r[3] * r[3] + lambda * r[4] * r[4] + r[5] * r[5]);
        EwmaModel model = new EwmaForecaster(lambda, 2).fit(SERIES);
        assertEquals(expected, model.nextDayVariance(), 1e-17);
        // numpy loop over the same returns (v = mean(r[:2]**2); v = 0.9*v + 0.1*x*x for x in r[2:])
        assertEquals(0.00028913570423519044, model.nextDayVariance(), 1e-18);
        assertEquals(0.017003990832601342, model.forecastVolatility(1), 1e-16);
    }

    @Test
    void fit_onMinimumHistory_isTheSeedAlone() {
        EwmaForecaster f = new EwmaForecaster(0.94, 3);
        assertEquals(4, f.minimumHistory());
        PriceSeries four = SERIES.slice(0, 4);
        double r1 = Math.log(PRICES[1] / PRICES[0]);
        double r2 = Math.log(PRICES[2] / PRICES[1]);
        double r3 = Math.log(PRICES[3] / PRICES[2]);
        assertEquals((r1 * r1 + r2 * r2 + r3 * r3) / 3, f.fit(four).nextDayVariance(), 1e-16);
    }

    @Test
    void fit_recordsTickerLastDateAndLastClose() {
        EwmaModel m = EwmaForecaster.RISKMETRICS.fit(TestPrices.randomWalk("XYZ", 100, 0.01, 1));
        PriceSeries s = TestPrices.randomWalk("XYZ", 100, 0.01, 1);
        assertEquals("XYZ", m.ticker());
        assertEquals(s.lastDate(), m.lastDate());
        assertEquals(s.close(99), m.lastClose());
        assertEquals(0.94, m.lambda());
    }

    @Test
    void fit_rejectsTooShortHistory() {
        // 7 prices: 6 seed days need 7 (accepted), 7 seed days need 8 (rejected)
        new EwmaForecaster(0.94, 6).fit(SERIES);
        var e = assertThrows(IllegalArgumentException.class, () -> new EwmaForecaster(0.94, 7).fit(SERIES));
        assertTrue(e.getMessage().contains("8"), e.getMessage());
    }

    @Test
    void forecaster_rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new EwmaForecaster(1.0, 20));
        assertThrows(IllegalArgumentException.class, () -> new EwmaForecaster(0.0, 20));
        assertThrows(IllegalArgumentException.class, () -> new EwmaForecaster(Double.NaN, 20));
        assertThrows(IllegalArgumentException.class, () -> new EwmaForecaster(0.94, 0));
    }

    @Test
    void forecastVolatility_isFlatAndRejectsNonPositiveHorizon() {
        EwmaModel m = EwmaForecaster.RISKMETRICS.fit(TestPrices.randomWalk("XYZ", 300, 0.015, 2));
        double oneDay = Math.sqrt(m.nextDayVariance());
        for (int h : new int[] {1, 5, 10, 250}) {
            assertEquals(oneDay, m.forecastVolatility(h), 0.0);
        }
        assertThrows(IllegalArgumentException.class, () -> m.forecastVolatility(0));
        assertThrows(IllegalArgumentException.class, () -> m.forecastVolatility(-1));
    }

    @Test
    void ewma_update_equalsRefitFromScratch() {
        PriceSeries full = TestPrices.randomWalk("RW", 600, 0.017, 5);
        EwmaForecaster f = EwmaForecaster.RISKMETRICS;
        // one update over many days
        EwmaModel model = f.fit(full.slice(0, 200));
        EwmaModel updated = model.update(full);
        EwmaModel refit = f.fit(full);
        assertEquals(refit, updated);
        assertEquals(Double.doubleToLongBits(refit.nextDayVariance()), Double.doubleToLongBits(updated.nextDayVariance()));
        // day by day, as the nightly run does
        EwmaModel daily = f.fit(full.slice(0, 21));
        for (int end = 22; end <= full.size(); end++) {
            daily = daily.update(full.slice(0, end));
            assertEquals(f.fit(full.slice(0, end)), daily, "after day " + (end - 1));
        }
    }

    @Test
    void update_withNoNewDays_returnsSameModel() {
        EwmaModel m = EwmaForecaster.RISKMETRICS.fit(TestPrices.randomWalk("RW", 100, 0.01, 9));
        assertSame(m, m.update(TestPrices.randomWalk("RW", 100, 0.01, 9)));
    }

    @Test
    void update_rejectsOtherTickerMissingLastDateOrRevisedClose() {
        PriceSeries full = TestPrices.randomWalk("RW", 100, 0.01, 4);
        EwmaModel m = EwmaForecaster.RISKMETRICS.fit(full.slice(0, 60));

        PriceSeries other = new PriceSeries("OTHER", full.dates(), null, null, null, full.close(), null);
        assertThrows(IllegalArgumentException.class, () -> m.update(other));

        PriceSeries later = full.slice(61, 100); // starts after the model's last date
        var missing = assertThrows(IllegalArgumentException.class, () -> m.update(later));
        assertTrue(missing.getMessage().contains(m.lastDate().toString()), missing.getMessage());

        double[] revised = full.close();
        revised[59] *= 1.001; // the close on the model's last date changed (e.g. a new adjustment factor)
        PriceSeries revisedSeries = PriceSeries.ofCloses("RW", full.dates(), revised);
        var changed = assertThrows(IllegalArgumentException.class, () -> m.update(revisedSeries));
        assertTrue(changed.getMessage().contains("close"), changed.getMessage());
    }

    @Test
    void fit_hasNoLookAhead() {
        PriceSeries longSource = TestPrices.randomWalk("RW", 500, 0.02, 8);
        LocalDate t = longSource.date(299);
        // a second source that agrees up to t but has wildly different later prices
        double[] closes = longSource.close();
        for (int i = 300; i < closes.length; i++) {
            closes[i] = closes[i] * Math.exp(0.5 * Math.sin(i));
        }
        PriceSeries otherFuture = PriceSeries.ofCloses("RW", longSource.dates(), closes);
        PriceSeries shortSource = longSource.slice(0, 300);

        EwmaModel fromLong = EwmaForecaster.RISKMETRICS.fit(longSource.truncatedTo(t));
        EwmaModel fromShort = EwmaForecaster.RISKMETRICS.fit(shortSource.truncatedTo(t));
        EwmaModel fromOther = EwmaForecaster.RISKMETRICS.fit(otherFuture.truncatedTo(t));
        assertEquals(t, fromLong.lastDate());
        assertEquals(fromShort, fromLong);
        assertEquals(fromShort, fromOther);
        assertEquals(fromShort.forecastVolatility(1), fromLong.forecastVolatility(1), 0.0);
        // sanity: the later data does change the fit when it is allowed in
        assertNotEquals(EwmaForecaster.RISKMETRICS.fit(longSource), EwmaForecaster.RISKMETRICS.fit(otherFuture));
    }

    @Test
    void fit_tracksVolatilityOfRandomWalk() {
        // after a long calm stretch at 1 %, the EWMA variance converges to about 0.01²
        EwmaModel m = new EwmaForecaster(0.99, 20).fit(TestPrices.randomWalk("RW", 3000, 0.01, 12));
        assertEquals(0.01, m.forecastVolatility(1), 0.002);
    }

    @Test
    void model_rejectsInvalidState() {
        LocalDate d = LocalDate.of(2024, 1, 2);
        assertThrows(IllegalArgumentException.class, () -> new EwmaModel(" ", d, 100, 0.94, 1e-4));
        assertThrows(IllegalArgumentException.class, () -> new EwmaModel("A", d, 0, 0.94, 1e-4));
        assertThrows(IllegalArgumentException.class, () -> new EwmaModel("A", d, 100, 1.5, 1e-4));
        assertThrows(IllegalArgumentException.class, () -> new EwmaModel("A", d, 100, 0.94, -1e-4));
        assertThrows(IllegalArgumentException.class, () -> new EwmaModel("A", d, 100, 0.94, Double.NaN));
        assertThrows(NullPointerException.class, () -> new EwmaModel("A", null, 100, 0.94, 1e-4));
    }
}
