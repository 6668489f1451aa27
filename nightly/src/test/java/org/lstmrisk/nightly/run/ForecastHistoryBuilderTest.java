package org.lstmrisk.nightly.run;

import org.lstmrisk.forecasters.ForecasterCatalog;
import org.lstmrisk.io.MarketData;
import org.lstmrisk.nightly.config.RunSettings;
import org.lstmrisk.report.ForecastHistory;
import org.lstmrisk.report.RiskReport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.LogReturns;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.forecast.EwmaForecaster;
import org.lstmrisk.core.forecast.GarchForecaster;
import org.lstmrisk.core.forecast.HarForecaster;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.core.simulation.SyntheticMarket;
import org.lstmrisk.portfolio.CorrelationMatrix;
import org.lstmrisk.portfolio.PortfolioRiskCalculator;
import org.lstmrisk.portfolio.RiskInputs;
import org.lstmrisk.portfolio.SampleCorrelation;

/** {@link ForecastHistoryBuilder}: the replayed history has no look-ahead and matches the run's own figures. */
class ForecastHistoryBuilderTest {

    private static final PriceHistory MARKET = new SyntheticMarket(5, 900, LocalDate.of(2020, 1, 2), 11L).generate();
    private static final List<String> TICKERS = MARKET.tickers();
    private static final double[] WEIGHTS = {0.3, 0.25, 0.2, 0.15, 0.1};
    private static final ForecastHistoryBuilder BUILDER = new ForecastHistoryBuilder(new ForecasterCatalog(),
            SampleCorrelation.DEFAULT);

    private static LocalDate asOf() {
        List<LocalDate> cal = MARKET.calendar();
        return cal.get(cal.size() - 60);
    }

    private static ForecastHistory build(VolatilityForecaster f, PriceHistory prices, int horizon) {
        return BUILDER.build(f, f.name(), prices, WEIGHTS, asOf(), horizon, 252, 252, 2);
    }

    @Test
    void test_ewma_forecastOnEachDayEqualsAFitOnTheDataUpToThatDay() {
        ForecastHistory h = build(EwmaForecaster.RISKMETRICS, MARKET, 1);
        assertEquals(253, h.size(), "252 days before the as-of date and the as-of date");
        assertEquals(asOf(), h.dates().get(h.size() - 1));
        for (int i = 0; i < TICKERS.size(); i++) {
            PriceSeries s = MARKET.series(TICKERS.get(i));
            double[] f = h.forecast(i);
            for (int k = 0; k < h.size(); k++) {
                double expected = EwmaForecaster.RISKMETRICS.fit(s.truncatedTo(h.dates().get(k))).forecastVolatility(1);
                assertEquals(expected, f[k], 0.0, TICKERS.get(i) + " on " + h.dates().get(k));
            }
        }
    }

    @Test
    void test_garchHarPersistence_fitOnceOnTheFirstDayThenUpdateDailyOnTheWholePrefix() {
        for (VolatilityForecaster f : List.of(GarchForecaster.GAUSSIAN, HarForecaster.CLOSE_TO_CLOSE,
                org.lstmrisk.core.forecast.PersistenceForecaster.DEFAULT)) {
            ForecastHistory h = build(f, MARKET, 2);
            for (int i = 0; i < TICKERS.size(); i += 2) {
                PriceSeries s = MARKET.series(TICKERS.get(i));
                var model = f.fit(s.truncatedTo(h.dates().get(0)));
                double[] recorded = h.forecast(i);
                assertEquals(model.forecastVolatility(2), recorded[0], 0.0);
                for (int k = 1; k < h.size(); k++) {
                    model = model.update(s.truncatedTo(h.dates().get(k)));
                    assertEquals(model.forecastVolatility(2), recorded[k], 0.0, f.name() + " " + TICKERS.get(i) + " day " + k);
                }
            }
        }
    }

    @Test
    void test_pricesAfterTheAsOfDateChangeNothing() {
        PriceHistory changed = new PriceHistory(MARKET.series().stream().map(s -> {
            double[] close = s.close();
            int from = s.indexOf(asOf()) + 1;
            for (int i = from; i < close.length; i++) {
                close[i] *= (i % 2 == 0 ? 1.5 : 0.6);
            }
            return PriceSeries.ofCloses(s.ticker(), s.dates(), close);
        }).toList());
        for (VolatilityForecaster f : List.of(EwmaForecaster.RISKMETRICS, GarchForecaster.GAUSSIAN, HarForecaster.CLOSE_TO_CLOSE)) {
            ForecastHistory a = build(f, MARKET, 1);
            ForecastHistory b = build(f, changed, 1);
            for (int i = 0; i < TICKERS.size(); i++) {
                assertArrayEquals(a.forecast(i), b.forecast(i), 0.0, f.name());
                assertArrayEquals(a.realised(i), b.realised(i), 0.0, f.name());
            }
            assertArrayEquals(a.portfolioForecast(), b.portfolioForecast(), 0.0, f.name());
            assertArrayEquals(a.portfolioRealised(), b.portfolioRealised(), 0.0, f.name());
            assertArrayEquals(a.portfolioTrailingRealised(), b.portfolioTrailingRealised(), 0.0, f.name());
        }
    }

    @Test
    void test_realisedIsTheCloseToCloseVolatilityOfTheNextHDays_andNaNWhereIncomplete() {
        int horizon = 3;
        ForecastHistory h = build(EwmaForecaster.RISKMETRICS, MARKET, horizon);
        PriceSeries s = MARKET.series(TICKERS.get(2));
        double[] realised = h.realised(2);
        for (int k = 0; k < h.size(); k++) {
            int t = s.indexOf(h.dates().get(k));
            if (k >= h.size() - horizon) {
                assertTrue(Double.isNaN(realised[k]), "no realised value yet on " + h.dates().get(k));
                assertTrue(Double.isNaN(h.portfolioRealised()[k]));
            } else {
                double sum = 0;
                for (int d = t + 1; d <= t + horizon; d++) {
                    double r = Math.log(s.close(d)) - Math.log(s.close(d - 1));
                    sum += r * r;
                }
                assertEquals(Math.sqrt(sum / horizon), realised[k], 1e-15);
            }
        }
    }

    @Test
    void test_portfolioVolatilityEachDayUsesThatDaysForecastsAndTrailingCorrelation() {
        ForecastHistory h = build(EwmaForecaster.RISKMETRICS, MARKET, 1);
        List<LocalDate> cal = MARKET.calendar();
        for (int k : new int[] {0, 100, h.size() - 1}) {
            LocalDate day = h.dates().get(k);
            CorrelationMatrix rho = SampleCorrelation.DEFAULT.estimate(MARKET.logReturnWindow(TICKERS, day, 252)).matrix();
            double[] sigma = new double[TICKERS.size()];
            for (int i = 0; i < sigma.length; i++) {
                sigma[i] = EwmaForecaster.RISKMETRICS.fit(MARKET.series(TICKERS.get(i)).truncatedTo(day)).forecastVolatility(1);
            }
            double expected = PortfolioRiskCalculator.DEFAULT.compute(RiskInputs.of(TICKERS, WEIGHTS, sigma, rho, 1)).volatility();
            assertEquals(expected, h.portfolioForecast()[k], 1e-15, "σp on " + day);

            // Realised: |Σ w_i r_i| of the next day; trailing: 21-day root mean square ending that day.
            int c = cal.indexOf(day);
            if (k < h.size() - 1) {
                assertEquals(Math.abs(portfolioReturn(cal.get(c), cal.get(c + 1))), h.portfolioRealised()[k], 1e-15);
            }
            double sum = 0;
            for (int d = c - 20; d <= c; d++) {
                double r = portfolioReturn(cal.get(d - 1), cal.get(d));
                sum += r * r;
            }
            assertEquals(Math.sqrt(sum / 21), h.portfolioTrailingRealised()[k], 1e-15);
        }
    }

    @Test
    void test_shortHistory_startsWhenEveryPositionCanBeFittedAndHasACorrelationWindow() {
        PriceHistory shortMarket = MARKET.truncatedTo(MARKET.calendar().get(400));
        List<PriceSeries> late = new ArrayList<>(shortMarket.series());
        PriceSeries s = late.get(0);
        late.set(0, s.slice(100, s.size())); // listed 100 days after the others
        PriceHistory prices = new PriceHistory(late);
        LocalDate asOf = prices.lastDate();
        ForecastHistory h = BUILDER.build(EwmaForecaster.RISKMETRICS, "ewma", prices, WEIGHTS, asOf, 1, 252, 252, 1);
        assertEquals(MARKET.calendar().get(100 + 252), h.dates().get(0));
        assertEquals(400 - 352 + 1, h.size());
    }

    @Test
    void test_demoRun_lastDayMatchesTheReport() {
        RunSettings settings = new RunSettings(null, null, "ewma", 1, 252, 5, 0.94, 2, 0, java.nio.file.Path.of("out"));
        MarketData market = new SyntheticMarketData().generate(new SyntheticMarket(6, 700, LocalDate.of(2021, 1, 4), 3L));
        RiskRunner runner = new RiskRunner(new ForecasterCatalog(), new UniverseSelector(), new ForecastEngine(org.lstmrisk.core.progress.Progress.SILENT),
                SampleCorrelation.DEFAULT, PortfolioRiskCalculator.DEFAULT, org.lstmrisk.portfolio.limits.LimitChecker.DEFAULT);
        RiskReport report = runner.run(market, null, LimitSet.NONE, settings);
        ForecastHistory h = BUILDER.build(market, report, settings);
        int last = h.size() - 1;
        double[] sigma = report.volatilities();
        for (int i = 0; i < sigma.length; i++) {
            assertEquals(sigma[i], h.forecast(i)[last], 0.0);
        }
        assertEquals(report.risk().volatility(), h.portfolioForecast()[last], 0.0);
        assertEquals(report.universe().tickers(), h.tickers());
    }

    private static double portfolioReturn(LocalDate from, LocalDate to) {
        double r = 0;
        for (int i = 0; i < TICKERS.size(); i++) {
            PriceSeries s = MARKET.series(TICKERS.get(i));
            r += WEIGHTS[i] * LogReturns.between(s.close(s.indexOf(from)), s.close(s.indexOf(to)));
        }
        return r;
    }

    @Test
    void test_valuesAreCopied_andEqualityIsByValue() {
        ForecastHistory h = build(EwmaForecaster.RISKMETRICS, MARKET, 1);
        ForecastHistory again = build(EwmaForecaster.RISKMETRICS, MARKET, 1);
        assertEquals(h, again);
        assertEquals(h.hashCode(), again.hashCode());
        assertTrue(!h.equals(build(EwmaForecaster.RISKMETRICS, MARKET, 2)));
        double before = h.forecast(0)[0];
        h.forecasts()[0][0] = -1;
        h.portfolioForecast()[0] = -1;
        assertEquals(before, h.forecast(0)[0]);
        assertTrue(h.portfolioForecast()[0] > 0);
        assertTrue(Arrays.stream(h.portfolioTrailingRealised()).allMatch(x -> x > 0));
    }

    @Test
    void test_combination_isEachDayTheGeometricMeanOfThePartsReplayedAlone_andOfTheCombinedModelUpdatedDaily() {
        var combined = new org.lstmrisk.core.forecast.CombinedForecaster(
                List.of(org.lstmrisk.core.forecast.GjrForecaster.GAUSSIAN, EwmaForecaster.RISKMETRICS));
        ForecastHistory h = build(combined, MARKET, 1);
        ForecastHistory gjr = build(org.lstmrisk.core.forecast.GjrForecaster.GAUSSIAN, MARKET, 1);
        ForecastHistory ewma = build(EwmaForecaster.RISKMETRICS, MARKET, 1);
        assertEquals("gjr+ewma", h.model());
        assertEquals(gjr.dates(), h.dates());
        for (int i = 0; i < TICKERS.size(); i++) {
            PriceSeries s = MARKET.series(TICKERS.get(i));
            int first = s.indexOf(h.dates().get(0));
            org.lstmrisk.core.forecast.VolatilityModel model = combined.fit(s.slice(0, first + 1));
            for (int k = 0; k < h.size(); k++) {
                assertEquals(Math.sqrt(gjr.forecast(i)[k] * ewma.forecast(i)[k]), h.forecast(i)[k],
                        1e-15 * h.forecast(i)[k], TICKERS.get(i) + " on " + h.dates().get(k));
                if (k > 0) {
                    model = model.update(s.slice(0, first + k + 1)); // the second implementation: the whole prefix
                }
                assertEquals(model.forecastVolatility(1), h.forecast(i)[k], 1e-12 * h.forecast(i)[k]);
            }
        }
    }
}
