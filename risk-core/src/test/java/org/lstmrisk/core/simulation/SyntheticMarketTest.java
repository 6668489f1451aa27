package org.lstmrisk.core.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.LogReturns;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.volatility.CloseToCloseEstimator;
import org.lstmrisk.core.volatility.ParkinsonEstimator;

class SyntheticMarketTest {

    /** The statistical properties are checked on a market large enough for them to show (30 × 1260 days). */
    private static final SyntheticMarket LARGE = new SyntheticMarket(30, 1260, LocalDate.of(2019, 11, 1), 20240308L);
    private static PriceHistory demo;
    private static double[][] returns;

    @BeforeAll
    static void generateMarket() {
        demo = LARGE.generate();
        returns = new double[demo.series().size()][];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = LogReturns.of(demo.series().get(i));
        }
    }

    @Test
    void demo_has10TickersOn504ConsecutiveWeekdays() {
        PriceHistory demo = SyntheticMarket.DEMO.generate();
        assertEquals(10, demo.tickers().size());
        assertEquals("SYN01", demo.tickers().get(0));
        assertEquals("SYN10", demo.tickers().get(9));
        List<LocalDate> dates = demo.calendar();
        assertEquals(504, dates.size());
        assertEquals(LocalDate.of(2022, 9, 1), dates.get(0));
        assertEquals(LocalDate.of(2024, 8, 6), dates.get(dates.size() - 1));
        for (int i = 1; i < dates.size(); i++) {
            DayOfWeek dow = dates.get(i).getDayOfWeek();
            assertTrue(dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY, dates.get(i).toString());
            long gap = dates.get(i).toEpochDay() - dates.get(i - 1).toEpochDay();
            assertEquals(dow == DayOfWeek.MONDAY ? 3 : 1, gap, "gap before " + dates.get(i));
        }
        for (PriceSeries s : demo.series()) {
            assertEquals(dates, s.dates());
        }
    }

    @Test
    void generate_movesWeekendStartToMonday() {
        PriceHistory h = new SyntheticMarket(2, 5, LocalDate.of(2024, 3, 9), 1L).generate();
        assertEquals(LocalDate.of(2024, 3, 11), h.firstDate());
        assertEquals(LocalDate.of(2024, 3, 15), h.lastDate());
    }

    @Test
    void generate_sameSeedGivesBitIdenticalMarket() {
        PriceHistory again = LARGE.generate();
        assertEquals(demo, again);
        for (int i = 0; i < demo.tickers().size(); i++) {
            PriceSeries a = demo.series().get(i);
            PriceSeries b = again.series().get(i);
            for (double[][] pair : new double[][][] {{a.open(), b.open()}, {a.high(), b.high()}, {a.low(), b.low()},
                {a.close(), b.close()}, {a.volume(), b.volume()}}) {
                for (int t = 0; t < pair[0].length; t++) {
                    assertEquals(Double.doubleToRawLongBits(pair[0][t]), Double.doubleToRawLongBits(pair[1][t]));
                }
            }
        }
    }

    @Test
    void generate_differentSeedGivesDifferentMarket() {
        PriceHistory other = new SyntheticMarket(30, 1260, LocalDate.of(2019, 11, 1), 20240309L).generate();
        assertNotEquals(demo, other);
        for (int i = 0; i < demo.tickers().size(); i++) {
            assertNotEquals(demo.series().get(i).close(100), other.series().get(i).close(100));
        }
    }

    @Test
    void generate_barsAreConsistentAndPositive() {
        for (PriceSeries s : demo.series()) {
            assertTrue(s.hasRange() && s.hasVolume());
            double[] o = s.open();
            double[] h = s.high();
            double[] l = s.low();
            double[] c = s.close();
            double[] v = s.volume();
            for (int t = 0; t < s.size(); t++) {
                String where = s.ticker() + " " + s.date(t);
                assertTrue(l[t] > 0, where);
                assertTrue(l[t] <= Math.min(o[t], c[t]), where);
                assertTrue(Math.max(o[t], c[t]) <= h[t], where);
                assertTrue(v[t] >= 1 && v[t] == Math.rint(v[t]), where);
            }
        }
    }

    @Test
    void generate_dailyVolatilitiesAreRealistic() {
        for (int i = 0; i < returns.length; i++) {
            double sd = Math.sqrt(variance(returns[i]));
            assertTrue(sd > 0.008 && sd < 0.03, demo.tickers().get(i) + " daily volatility " + sd);
        }
    }

    @Test
    void generate_pairwiseCorrelationsAreRealistic() {
        var correlations = new ArrayList<Double>();
        for (int i = 0; i < returns.length; i++) {
            for (int j = i + 1; j < returns.length; j++) {
                correlations.add(correlation(returns[i], returns[j]));
            }
        }
        Collections.sort(correlations);
        double median = correlations.get(correlations.size() / 2);
        assertTrue(median > 0.2 && median < 0.6, "median pairwise correlation " + median);
        assertTrue(correlations.get(0) > 0.05, "lowest correlation " + correlations.get(0));
        assertTrue(correlations.get(correlations.size() - 1) < 0.85, "highest " + correlations.get(correlations.size() - 1));
    }

    @Test
    void generate_sameSectorTickersAreMoreCorrelated() {
        // tickers i and i + 5 share a sector (5 sectors, assigned round robin); i and i + 1 do not
        double same = 0;
        double other = 0;
        int n = 0;
        for (int i = 0; i + 5 < returns.length; i++) {
            same += correlation(returns[i], returns[i + 5]);
            other += correlation(returns[i], returns[i + 1]);
            n++;
        }
        assertTrue(same / n > other / n + 0.03, "same sector " + same / n + ", other " + other / n);
    }

    @Test
    void generate_returnsShowVolatilityClustering() {
        // the average autocorrelation of squared returns is about 0 for i.i.d. returns (s.e. ≈ 0.004 over 30
        // tickers); GARCH with persistence 0.97–0.99 keeps it clearly positive at lags 1 and 10
        double lag1 = 0;
        double lag10 = 0;
        for (double[] r : returns) {
            double[] sq = new double[r.length];
            for (int t = 0; t < r.length; t++) {
                sq[t] = r[t] * r[t];
            }
            lag1 += autocorrelation(sq, 1) / returns.length;
            lag10 += autocorrelation(sq, 10) / returns.length;
        }
        assertTrue(lag1 > 0.04, "lag-1 autocorrelation of squared returns " + lag1);
        assertTrue(lag10 > 0.02, "lag-10 autocorrelation of squared returns " + lag10);
    }

    @Test
    void generate_rangeVolatilityIsTheIntradayPartOfCloseToClose() {
        // the overnight gap carries 10–30 % of each day's variance, which Parkinson does not see
        int end = demo.calendar().size() - 1;
        for (PriceSeries s : demo.series()) {
            double ratio = new ParkinsonEstimator().volatility(s, end, end)
                    / new CloseToCloseEstimator().volatility(s, end, end);
            assertTrue(ratio > 0.75 && ratio < 1.05, s.ticker() + " Parkinson / close-to-close " + ratio);
        }
    }

    @Test
    void constructor_rejectsBadSizes() {
        assertThrows(IllegalArgumentException.class, () -> new SyntheticMarket(0, 10, LocalDate.of(2024, 1, 1), 1));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticMarket(3, 1, LocalDate.of(2024, 1, 1), 1));
        assertThrows(NullPointerException.class, () -> new SyntheticMarket(3, 10, null, 1));
    }

    @Test
    void tickerName_isZeroPadded() {
        assertEquals("SYN01", SyntheticMarket.tickerName(0));
        assertEquals("SYN10", SyntheticMarket.tickerName(9));
        assertEquals("SYN100", SyntheticMarket.tickerName(99));
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / x.length;
    }

    private static double correlation(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        for (int t = 0; t < x.length; t++) {
            sxy += (x[t] - mx) * (y[t] - my);
        }
        return sxy / x.length / Math.sqrt(variance(x) * variance(y));
    }

    private static double autocorrelation(double[] x, int lag) {
        double m = mean(x);
        double num = 0;
        for (int t = lag; t < x.length; t++) {
            num += (x[t] - m) * (x[t - lag] - m);
        }
        return num / x.length / variance(x);
    }
}
