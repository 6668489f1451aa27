package org.lstmrisk.core.volatility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.TestPrices;
import org.junit.jupiter.api.Test;

/** Parkinson and Garman–Klass: hand-checked values, argument checks and recovery of a known σ. */
class RangeEstimatorsTest {

    private final ParkinsonEstimator parkinson = new ParkinsonEstimator();
    private final GarmanKlassEstimator garmanKlass = new GarmanKlassEstimator();

    @Test
    void parkinson_matchesNumpyOnFourBars() {
        // numpy: u = np.log(H/L); np.sqrt(np.mean(u**2) / (4*np.log(2))) over the RangeBars
        assertEquals(0.017871901012516907, parkinson.volatility(RangeBars.series(), 3, 4), 1e-15);
        // same over the last two bars only
        assertEquals(0.01699244280142755, parkinson.volatility(RangeBars.series(), 3, 2), 1e-15);
    }

    @Test
    void garmanKlass_matchesNumpyOnFourBars() {
        // numpy: np.sqrt(np.mean(0.5*u**2 - (2*np.log(2)-1)*np.log(C/O)**2)) over the RangeBars
        assertEquals(0.019982112454981223, garmanKlass.volatility(RangeBars.series(), 3, 4), 1e-15);
        // same over the first three bars only
        assertEquals(0.020781586846776216, garmanKlass.volatility(RangeBars.series(), 2, 3), 1e-15);
    }

    @Test
    void garmanKlassYangZhang_addsTheOvernightGap_matchesNumpyOnFourBars() {
        var yz = new GarmanKlassYangZhangEstimator();
        // numpy: g = np.log(O[1:]/C[:-1])**2 + 0.5*np.log(H[1:]/L[1:])**2 - (2*np.log(2)-1)*np.log(C[1:]/O[1:])**2
        // np.sqrt(g.mean()) over bars 1..3, and np.sqrt(g[1:].mean()) over bars 2..3
        assertEquals(0.02198844538300032, yz.volatility(RangeBars.series(), 3, 3), 1e-15);
        assertEquals(0.02157643348118363, yz.volatility(RangeBars.series(), 3, 2), 1e-15);
        // the first bar has no previous close
        assertThrows(IllegalArgumentException.class, () -> yz.volatility(RangeBars.series(), 3, 4));
        assertTrue(yz.needsPreviousClose() && !garmanKlass.needsPreviousClose());
    }

    @Test
    void garmanKlassYangZhang_withoutGaps_equalsGarmanKlass() {
        double[] open = {100, 101.2, 100.5, 100.8};
        PriceSeries noGaps = new PriceSeries("NOGAP", TestPrices.weekdays(LocalDate.of(2024, 1, 1), 4), open,
                new double[] {102, 103.5, 101, 104}, new double[] {99, 100.2, 98, 100.1}, RangeBars.CLOSE, null);
        assertEquals(garmanKlass.volatility(noGaps, 3, 3), new GarmanKlassYangZhangEstimator().volatility(noGaps, 3, 3),
                1e-16);
    }

    @Test
    void singleBar_matchesClosedForm() {
        // one bar with H/L = e^0.02 and C = O: Parkinson = 0.02 / sqrt(4 ln 2), Garman–Klass = 0.02 * sqrt(0.5)
        double o = 50;
        PriceSeries s = new PriceSeries("ONE", TestPrices.weekdays(LocalDate.of(2024, 1, 1), 1),
                new double[] {o}, new double[] {o * Math.exp(0.01)}, new double[] {o * Math.exp(-0.01)},
                new double[] {o}, null);
        assertEquals(0.02 / Math.sqrt(4 * Math.log(2)), parkinson.volatility(s, 0, 1), 1e-14);
        assertEquals(0.02 * Math.sqrt(0.5), garmanKlass.volatility(s, 0, 1), 1e-14);
    }

    @Test
    void rangeEstimators_recoverSigmaOfSimulatedBrownianDays() {
        // 1000 days, each a 2000-step Brownian path of the log price with daily σ = 2 %, opening at the previous
        // close. Discrete sampling of the path slightly understates the range (about 1–2 %); sampling error ~1 %.
        double sigma = 0.02;
        int days = 1000;
        int steps = 2000;
        var rng = new SplittableRandom(20240308L);
        double[] open = new double[days];
        double[] high = new double[days];
        double[] low = new double[days];
        double[] close = new double[days];
        double stepSd = sigma / Math.sqrt(steps);
        double x = Math.log(100);
        for (int d = 0; d < days; d++) {
            double hi = x;
            double lo = x;
            open[d] = Math.exp(x);
            for (int k = 0; k < steps; k++) {
                x += stepSd * rng.nextGaussian();
                hi = Math.max(hi, x);
                lo = Math.min(lo, x);
            }
            high[d] = Math.exp(hi);
            low[d] = Math.exp(lo);
            close[d] = Math.exp(x);
        }
        // exp is monotone, but rounding could put the close a hair outside the range: clamp to keep bars consistent
        for (int d = 0; d < days; d++) {
            high[d] = Math.max(high[d], Math.max(open[d], close[d]));
            low[d] = Math.min(low[d], Math.min(open[d], close[d]));
        }
        PriceSeries s = new PriceSeries("BM", TestPrices.weekdays(LocalDate.of(2020, 1, 1), days),
                open, high, low, close, null);
        double pk = parkinson.volatility(s, days - 1, days);
        double gk = garmanKlass.volatility(s, days - 1, days);
        assertEquals(sigma, pk, sigma * 0.05, "Parkinson " + pk);
        assertEquals(sigma, gk, sigma * 0.05, "Garman-Klass " + gk);
    }

    @Test
    void rangeEstimators_rejectSeriesWithoutOhlc() {
        PriceSeries closes = TestPrices.closes("C", 100, 101, 102);
        var e = assertThrows(IllegalArgumentException.class, () -> parkinson.volatility(closes, 2, 2));
        assertTrue(e.getMessage().contains("closes only"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> garmanKlass.volatility(closes, 2, 2));
    }

    @Test
    void rangeEstimators_rejectWindowThatDoesNotFit() {
        PriceSeries s = RangeBars.series();
        for (RealisedVolatilityEstimator e : new RealisedVolatilityEstimator[] {parkinson, garmanKlass}) {
            assertThrows(IllegalArgumentException.class, () -> e.volatility(s, 3, 5));
            assertThrows(IllegalArgumentException.class, () -> e.volatility(s, 4, 1));
            assertThrows(IllegalArgumentException.class, () -> e.volatility(s, 3, 0));
            assertEquals(e.volatility(s, 0, 1), e.volatility(s.slice(0, 1), 0, 1), 0.0);
        }
    }

    @Test
    void rangeEstimators_rejectInconsistentBar() {
        // second bar's high (100.7) is below its open (101)
        double[] high = RangeBars.HIGH.clone();
        high[1] = 100.7;
        PriceSeries bad = new PriceSeries("BAD", TestPrices.weekdays(LocalDate.of(2024, 1, 1), 4),
                RangeBars.OPEN, high, RangeBars.LOW, RangeBars.CLOSE, null);
        var e = assertThrows(IllegalArgumentException.class, () -> garmanKlass.volatility(bad, 3, 4));
        assertTrue(e.getMessage().contains("2024-01-02"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parkinson.volatility(bad, 3, 4));
        // a window that leaves the bad bar out is fine
        assertEquals(parkinson.volatility(RangeBars.series(), 3, 2), parkinson.volatility(bad, 3, 2), 0.0);
    }

    @Test
    void needsRange_isTrue() {
        assertTrue(parkinson.needsRange());
        assertTrue(garmanKlass.needsRange());
    }
}
