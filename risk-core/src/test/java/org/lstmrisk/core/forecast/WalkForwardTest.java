package org.lstmrisk.core.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.LogReturns;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.simulation.Garch11Process;
import org.lstmrisk.core.volatility.CloseToCloseEstimator;

class WalkForwardTest {

    private static final Garch11Process PROCESS = Garch11Process.ofVolatility(0.015, 0.1, 0.85);
    private static final PriceSeries SERIES = SimulatedPrices.garch("SIM", PROCESS, 700, 77);

    private static WalkForwardConfig config(int horizon, int refitEvery) {
        return new WalkForwardConfig(horizon, refitEvery, WalkForwardWindow.EXPANDING, 0, new CloseToCloseEstimator());
    }

    @Test
    void forecastsAndTargetsAreAlignedWithTheDayTheyWereMade() {
        WalkForward wf = new WalkForward(EwmaForecaster.RISKMETRICS, config(1, 5));
        WalkForwardResult r = wf.run(SERIES, SERIES.date(400), SERIES.date(450));
        assertEquals(51, r.size());
        double[] c = SERIES.close();
        for (int i = 0; i < r.size(); i++) {
            int t = 400 + i;
            assertEquals(SERIES.date(t), r.asOfDates().get(i));
            // EWMA is recursive, so refit or update: both equal a fit on the prices up to t
            assertEquals(EwmaForecaster.RISKMETRICS.fit(SERIES.slice(0, t + 1)).forecastVolatility(1),
                    r.forecastVolatility()[i], 0.0);
            assertEquals(Math.abs(Math.log(c[t + 1] / c[t])), r.realisedVolatility()[i], 1e-15);
        }
    }

    @Test
    void betweenRefits_theModelIsUpdatedWithTheParametersOfTheLastRefit() {
        WalkForward wf = new WalkForward(GarchForecaster.GAUSSIAN, config(5, 10));
        WalkForwardResult r = wf.run(SERIES, SERIES.date(500), SERIES.date(524));
        double[] c = SERIES.close();
        for (int block = 0; block < 3; block++) {
            int refit = 500 + 10 * block;
            GarchParameters p = GarchForecaster.GAUSSIAN.fit(SERIES.slice(0, refit + 1)).parameters();
            // the variance filter keeps the start of the refit: the mean squared return up to the refit date
            double presample = GarchLikelihood.meanSquare(LogReturns.of(SERIES.slice(0, refit + 1)));
            for (int t = refit; t < Math.min(refit + 10, 525); t++) {
                double expected = GarchModel.filter(SERIES.slice(0, t + 1), p, presample).forecastVolatility(5);
                assertEquals(expected, r.forecastVolatility()[t - 500], 1e-15, "day " + t);
                double sum = 0;
                for (int k = t + 1; k <= t + 5; k++) {
                    double x = Math.log(c[k] / c[k - 1]);
                    sum += x * x;
                }
                assertEquals(Math.sqrt(sum / 5), r.realisedVolatility()[t - 500], 1e-15);
            }
        }
    }

    @Test
    void laterRefits_areHandedTheModelInUse_soAMethodCanStartWarm() {
        var calls = new java.util.ArrayList<String>();
        VolatilityForecaster recording = new VolatilityForecaster() {
            @Override
            public String name() {
                return "recording";
            }

            @Override
            public VolatilityModel fit(PriceSeries history) {
                calls.add("fit " + history.lastDate());
                return EwmaForecaster.RISKMETRICS.fit(history);
            }

            @Override
            public VolatilityModel refit(PriceSeries history, VolatilityModel previous) {
                calls.add("refit " + history.lastDate() + " from " + previous.lastDate());
                return fit(history);
            }

            @Override
            public int minimumHistory() {
                return 30;
            }
        };
        new WalkForward(recording, config(1, 5)).run(SERIES, SERIES.date(400), SERIES.date(410));
        assertEquals(List.of("fit " + SERIES.date(400),
                "refit " + SERIES.date(405) + " from " + SERIES.date(404), "fit " + SERIES.date(405),
                "refit " + SERIES.date(410) + " from " + SERIES.date(409), "fit " + SERIES.date(410)), calls);
    }

    @Test
    void rollingWindow_refitsOnTheLastPricesOnly() {
        var cfg = new WalkForwardConfig(1, 1, WalkForwardWindow.ROLLING, 300, new CloseToCloseEstimator());
        WalkForwardResult r = new WalkForward(HarForecaster.CLOSE_TO_CLOSE, cfg).run(SERIES, SERIES.date(600),
                SERIES.date(605));
        for (int t = 600; t <= 605; t++) {
            double expected = HarForecaster.CLOSE_TO_CLOSE.fit(SERIES.slice(t + 1 - 300, t + 1)).forecastVolatility(1);
            assertEquals(expected, r.forecastVolatility()[t - 600], 0.0);
        }
        assertThrows(IllegalArgumentException.class, () -> new WalkForward(GarchForecaster.GAUSSIAN,
                new WalkForwardConfig(1, 1, WalkForwardWindow.ROLLING, 50, new CloseToCloseEstimator())));
    }

    @Test
    void changingDataAfterT_doesNotChangeForecastsMadeUpToT() {
        int t = 560;
        double[] closes = SERIES.close();
        for (int i = t + 1; i < closes.length; i++) {
            closes[i] *= Math.exp(0.3 * Math.sin(i));
        }
        PriceSeries otherFuture = PriceSeries.ofCloses("SIM", SERIES.dates(), closes);
        for (VolatilityForecaster f : List.of(GarchForecaster.GAUSSIAN, GjrForecaster.GAUSSIAN,
                HarForecaster.CLOSE_TO_CLOSE, PersistenceForecaster.DEFAULT, EwmaForecaster.RISKMETRICS)) {
            WalkForward wf = new WalkForward(f, config(3, 7));
            WalkForwardResult a = wf.run(SERIES, SERIES.date(520), SERIES.date(620));
            WalkForwardResult b = wf.run(otherFuture, SERIES.date(520), SERIES.date(620));
            int atT = t - 520;
            assertArrayEquals(Arrays.copyOf(a.forecastVolatility(), atT + 1),
                    Arrays.copyOf(b.forecastVolatility(), atT + 1), f.name());
            // targets of forecasts made at t-3 or earlier only use prices up to t
            assertArrayEquals(Arrays.copyOf(a.realisedVolatility(), atT - 2),
                    Arrays.copyOf(b.realisedVolatility(), atT - 2), f.name());
            // sanity: later forecasts do see the different data
            assertNotEquals(a.forecastVolatility()[atT + 5], b.forecastVolatility()[atT + 5], f.name());
        }
    }

    @Test
    void runAll_isIdenticalWithOneOrManyThreads() {
        var tickers = List.of(
                SimulatedPrices.garch("A", PROCESS, 500, 1), SimulatedPrices.garch("B", PROCESS, 500, 2),
                SimulatedPrices.garch("C", PROCESS, 500, 3), SimulatedPrices.garch("D", PROCESS, 500, 4));
        PriceHistory history = new PriceHistory(tickers);
        WalkForward wf = new WalkForward(GarchForecaster.GAUSSIAN, config(1, 25));
        LocalDate from = tickers.get(0).date(300);
        LocalDate to = tickers.get(0).date(400);
        List<WalkForwardResult> one = wf.runAll(history, from, to, 1);
        List<WalkForwardResult> many = wf.runAll(history, from, to, 4);
        assertEquals(one, many);
        assertEquals(List.of("A", "B", "C", "D"), many.stream().map(WalkForwardResult::ticker).toList());
        assertEquals(wf.run(tickers.get(2), from, to), many.get(2));
    }

    @Test
    void skipsDaysWithoutEnoughHistoryOrTargetAndRejectsEmptyRange() {
        WalkForward wf = new WalkForward(GarchForecaster.GAUSSIAN, config(5, 50));
        WalkForwardResult r = wf.run(SERIES, LocalDate.of(1990, 1, 1), LocalDate.of(2100, 1, 1));
        assertEquals(SERIES.date(100), r.asOfDates().get(0));
        assertEquals(SERIES.date(SERIES.size() - 6), r.asOfDates().get(r.size() - 1));
        assertThrows(IllegalArgumentException.class, () -> wf.run(SERIES, SERIES.date(10), SERIES.date(50)));
        assertThrows(IllegalArgumentException.class, () -> config(0, 1));
        assertThrows(IllegalArgumentException.class, () -> config(1, 0));
    }

    @Test
    void refitBlocks_joinedInOrder_equalTheWholeWalkForward_forAMethodThatRefitsFromScratch() {
        // HAR refits by least squares on the history alone: declared so, its blocks must rebuild the run to the bit.
        VolatilityForecaster fromScratch = new VolatilityForecaster() {
            @Override
            public String name() {
                return "har";
            }

            @Override
            public VolatilityModel fit(PriceSeries history) {
                return HarForecaster.CLOSE_TO_CLOSE.fit(history);
            }

            @Override
            public int minimumHistory() {
                return HarForecaster.CLOSE_TO_CLOSE.minimumHistory();
            }

            @Override
            public boolean refitsFromScratch() {
                return true;
            }
        };
        for (int refitEvery : new int[] {1, 7, 40, 500}) {
            WalkForward wf = new WalkForward(fromScratch, config(2, refitEvery));
            WalkForwardResult whole = wf.run(SERIES, SERIES.date(450), SERIES.date(640));
            var blocks = wf.blocks(SERIES, SERIES.date(450), SERIES.date(640));
            assertEquals((whole.size() + refitEvery - 1) / refitEvery, blocks.size());
            var parts = new java.util.ArrayList<WalkForwardResult>();
            for (int k = blocks.size() - 1; k >= 0; k--) { // in any order: each block stands alone
                parts.add(0, wf.runBlock(SERIES, blocks.get(k)[0], blocks.get(k)[1]));
            }
            assertEquals(whole, WalkForwardResult.concat(parts), "refit every " + refitEvery);
        }
        assertThrows(IllegalArgumentException.class, () -> new WalkForward(fromScratch, config(1, 5))
                .runBlock(SERIES, 450, 460), "a block may not span a refit");
        assertThrows(IllegalArgumentException.class, () -> WalkForwardResult.concat(java.util.List.of(
                new WalkForward(fromScratch, config(1, 5)).runBlock(SERIES, 455, 459),
                new WalkForward(fromScratch, config(1, 5)).runBlock(SERIES, 450, 454))));
    }
}
