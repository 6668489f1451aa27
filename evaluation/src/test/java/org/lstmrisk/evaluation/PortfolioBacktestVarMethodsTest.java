package org.lstmrisk.evaluation;

import org.lstmrisk.evaluation.stats.EsBacktest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.LogReturns;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.forecast.WalkForwardWindow;
import org.lstmrisk.core.simulation.SyntheticMarket;
import org.lstmrisk.portfolio.CorrelationMatrix;
import org.lstmrisk.portfolio.FilteredHistoricalVar;
import org.lstmrisk.portfolio.HistoricalVar;
import org.lstmrisk.portfolio.NormalVar;
import org.lstmrisk.portfolio.PortfolioRiskCalculator;
import org.lstmrisk.portfolio.RiskInputs;
import org.lstmrisk.portfolio.SampleCorrelation;
import org.lstmrisk.portfolio.StudentTVar;
import org.lstmrisk.portfolio.VarHistory;
import org.lstmrisk.portfolio.VarMethod;

/**
 * The per-method portfolio VaR backtest: each method's VaR at t is rebuilt here from the prices and the panel's
 * forecasts with the method itself (checking which days and which forecasts it reads), the scoring rule's days are
 * counted, and changing prices after t leaves every method's VaR up to t unchanged.
 */
class PortfolioBacktestVarMethodsTest {

    private static final int FIRST = 200;
    private static final int LAST_DATE = 399;
    private static final int WINDOW = 60;
    private static final int CORRELATION = 50;
    private static final List<VarMethod> METHODS = List.of(new NormalVar(), new StudentTVar(WINDOW),
            new HistoricalVar(WINDOW), new FilteredHistoricalVar(WINDOW));

    private static PriceHistory market() {
        return new SyntheticMarket(3, 400, LocalDate.of(2020, 1, 1), 7L).generate();
    }

    private static EvaluationSpan span(PriceHistory h) {
        List<LocalDate> c = h.calendar();
        int n = h.series().size();
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        return new EvaluationSpan(h, w, List.of(), c.get(FIRST), c.get(LAST_DATE - 1), c.get(LAST_DATE), FIRST + 1);
    }

    /**
     * A causal panel: model a's forecast for ticker i at as-of index t is the root mean squared log return of the
     * 20 days ending at t, model b's of the 5 days (not proportional, so that fhs tells the models apart).
     */
    private static ForecastPanel panel(PriceHistory h) {
        List<LocalDate> c = h.calendar();
        int days = LAST_DATE - FIRST;
        int n = h.series().size();
        double[][][] f = new double[2][n][days];
        for (int i = 0; i < n; i++) {
            PriceSeries s = h.series().get(i);
            for (int t = 0; t < days; t++) {
                for (int m = 0; m < 2; m++) {
                    int length = m == 0 ? 20 : 5;
                    double sq = 0;
                    for (int k = FIRST + t - length + 1; k <= FIRST + t; k++) {
                        double r = LogReturns.between(s.close(k - 1), s.close(k));
                        sq += r * r;
                    }
                    f[m][i][t] = Math.sqrt(sq / length);
                }
            }
        }
        return new ForecastPanel(c.subList(FIRST, LAST_DATE), h.tickers(), List.of("a", "b"), f,
                new double[n][days], new int[2][n]);
    }

    private static EvaluationSettings settings(List<VarMethod> methods) {
        return new EvaluationSettings(List.of("a", "b"), null, null, 1, 20, WalkForwardWindow.EXPANDING, 0,
                "close-to-close", 0.99, 0.1, 2, CORRELATION, 5, 0.94, 1, Path.of("out"), methods);
    }

    private static PortfolioEvaluation run(PriceHistory h) {
        return new PortfolioBacktest(SampleCorrelation.DEFAULT).run(span(h), panel(h), settings(METHODS), null,
                new DmComparison(1));
    }

    @Test
    void eachMethodsVarEqualsTheMethodOnTheTrailingWindowAndTheForecastsMadeTheDayBefore() {
        PriceHistory h = market();
        PortfolioEvaluation pe = run(h);
        ForecastPanel panel = panel(h);
        int n = h.series().size();
        double[] w = {1.0 / 3, 1.0 / 3, 1.0 / 3};
        var calculator = new PortfolioRiskCalculator(List.of(0.99), List.of());
        for (int t : new int[] {WINDOW, WINDOW + 1, 150, LAST_DATE - FIRST - 1}) {
            int end = FIRST + t;
            double[][] returns = new double[WINDOW][n];
            double[][] forecasts = new double[WINDOW][n];
            double[] sigmaP = new double[WINDOW];
            for (int k = 0; k < WINDOW; k++) {
                int day = end - WINDOW + 1 + k;
                for (int i = 0; i < n; i++) {
                    PriceSeries s = h.series().get(i);
                    returns[k][i] = LogReturns.between(s.close(day - 1), s.close(day));
                }
            }
            double[][] corrReturns = new double[CORRELATION][n];
            for (int k = 0; k < CORRELATION; k++) {
                int day = end - CORRELATION + 1 + k;
                for (int i = 0; i < n; i++) {
                    corrReturns[k][i] = LogReturns.between(h.series().get(i).close(day - 1), h.series().get(i).close(day));
                }
            }
            CorrelationMatrix rho = SampleCorrelation.DEFAULT.estimate(corrReturns).matrix();
            for (int m = 0; m < 2; m++) {
                for (int k = 0; k < WINDOW; k++) {
                    int asOfBefore = t - WINDOW + k; // the as-of date before day end - WINDOW + 1 + k
                    for (int i = 0; i < n; i++) {
                        forecasts[k][i] = panel.forecast()[m][i][asOfBefore];
                    }
                    sigmaP[k] = pe.sigma()[m][asOfBefore];
                }
                double[] today = {panel.forecast()[m][0][t], panel.forecast()[m][1][t], panel.forecast()[m][2][t]};
                RiskInputs inputs = RiskInputs.of(h.tickers(), w, today, rho, 1);
                assertEquals(pe.valueAtRisk()[m][t], pe.varMethods().get(0).valueAtRisk()[m][t], "normal");
                assertEquals(calculator.estimateVar(inputs, METHODS.get(1), VarHistory.of(returns, null, sigmaP))
                        .valueAtRisk().get(0.99), pe.varMethods().get(1).valueAtRisk()[m][t], 1e-15, "student-t " + t);
                assertEquals(calculator.estimateVar(inputs, METHODS.get(2), VarHistory.of(returns, null, null))
                        .valueAtRisk().get(0.99), pe.varMethods().get(2).valueAtRisk()[m][t], 1e-15, "historical " + t);
                assertEquals(calculator.estimateVar(inputs, METHODS.get(3), VarHistory.of(returns, forecasts, null))
                        .valueAtRisk().get(0.99), pe.varMethods().get(3).valueAtRisk()[m][t], 1e-15, "fhs " + t);
            }
            for (int k = 1; k < METHODS.size(); k++) {
                double[][] v = pe.varMethods().get(k).valueAtRisk();
                assertEquals(k == 2, v[0][t] == v[1][t], METHODS.get(k).name() + ": only historical ignores the model");
            }
        }
    }

    @Test
    void severalMethodsAreScoredOnTheCommonSet_andNormalAloneEqualsThePortfolioColumns() {
        PortfolioEvaluation pe = run(market());
        int days = LAST_DATE - FIRST;
        for (int m = 0; m < 2; m++) {
            // fhs and student-t need the model's forecasts for their window, so every method starts at WINDOW
            for (VarMethodBacktest b : pe.varMethods()) {
                assertTrue(b.commonSet());
                assertEquals(days - WINDOW, b.scoredDays()[m], b.method());
                assertEquals(WINDOW, b.firstScored(m), b.method());
                assertTrue(Double.isNaN(b.valueAtRisk()[m][WINDOW - 1]), b.method());
                assertEquals(days - WINDOW, b.backtests()[m].days(), b.method());
                int count = 0;
                for (int t = WINDOW; t < days; t++) {
                    count += -pe.realisedReturn()[t] > b.valueAtRisk()[m][t] ? 1 : 0;
                }
                assertEquals(count, b.backtests()[m].exceptions(), b.method());
                assertEquals((days - WINDOW) * 0.01, b.backtests()[m].expectedExceptions(), 1e-12);
                assertEquals(days - WINDOW, b.valueAtRisk()[m].length - WINDOW);
            }
        }
        PriceHistory h = market();
        PortfolioEvaluation normalAlone = new PortfolioBacktest(SampleCorrelation.DEFAULT).run(span(h), panel(h),
                settings(List.of(new NormalVar(), new HistoricalVar(WINDOW))), null, new DmComparison(1));
        for (int m = 0; m < 2; m++) {
            // historical reads returns only: the 200 prices before the span cover its window from the first date
            assertEquals(days, normalAlone.varMethods().get(1).scoredDays()[m]);
            assertEquals(days, normalAlone.varMethods().get(0).scoredDays()[m]);
            assertEquals(normalAlone.models().get(m).valueAtRisk(), normalAlone.varMethods().get(0).backtests()[m]);
        }
    }

    @Test
    void theEsTestsAreEsBacktestOnTheScoredDays_withTheMethodsOwnDistributions_andSeeded() {
        PriceHistory h = market();
        PortfolioEvaluation pe = run(h);
        ForecastPanel panel = panel(h);
        int days = LAST_DATE - FIRST;
        int n = h.series().size();
        double[] w = {1.0 / 3, 1.0 / 3, 1.0 / 3};
        var calculator = new PortfolioRiskCalculator(List.of(0.99), List.of());
        int m = 1;
        VarMethodBacktest normal = pe.varMethods().get(0);
        int scored = days - WINDOW;
        double[] loss = new double[scored];
        double[] sigma = new double[scored];
        org.lstmrisk.portfolio.LossDistribution[] d = new org.lstmrisk.portfolio.LossDistribution[scored];
        for (int t = WINDOW; t < days; t++) {
            int end = FIRST + t;
            double[][] corrReturns = new double[CORRELATION][n];
            for (int k = 0; k < CORRELATION; k++) {
                int day = end - CORRELATION + 1 + k;
                for (int i = 0; i < n; i++) {
                    corrReturns[k][i] = LogReturns.between(h.series().get(i).close(day - 1), h.series().get(i).close(day));
                }
            }
            CorrelationMatrix rho = SampleCorrelation.DEFAULT.estimate(corrReturns).matrix();
            double[] today = {panel.forecast()[m][0][t], panel.forecast()[m][1][t], panel.forecast()[m][2][t]};
            d[t - WINDOW] = calculator.lossDistribution(RiskInputs.of(h.tickers(), w, today, rho, 1), new NormalVar(),
                    VarHistory.NONE);
            loss[t - WINDOW] = -pe.realisedReturn()[t];
            sigma[t - WINDOW] = pe.sigma()[m][t];
        }
        double[] var = new double[scored];
        double[] es = new double[scored];
        for (int j = 0; j < scored; j++) {
            var[j] = d[j].valueAtRisk(0.975);
            es[j] = d[j].expectedShortfall(0.975);
        }
        EsBacktest.Result mf = EsBacktest.mcNeilFrey(EsBacktest.exceedanceResiduals(loss, var, es, sigma),
                EsBacktest.DEFAULT_BOOTSTRAPS, EvaluationSettings.DEFAULT_ES_SEED);
        EsBacktest.Result z2 = EsBacktest.acerbiSzekely(loss, d, 0.975, EsBacktest.DEFAULT_SIMULATIONS,
                EvaluationSettings.DEFAULT_ES_SEED);
        assertEquals(0.975, normal.esLevel());
        assertEquals(mf.statistic(), normal.mcNeilFrey()[m].statistic(), 1e-12);
        assertEquals(mf.pValue(), normal.mcNeilFrey()[m].pValue(), 0.0);
        assertEquals(z2.statistic(), normal.z2()[m].statistic(), 1e-12);
        assertEquals(z2.pValue(), normal.z2()[m].pValue(), 0.0);
        assertEquals(z2.exceedances(), mf.exceedances());
        assertEquals(pe.varMethods().get(3).z2()[m], run(h).varMethods().get(3).z2()[m], "seeded: the same again");
        for (VarMethodBacktest b : pe.varMethods()) {
            boolean all = b.backtests()[m].kupiec().pValue() >= 0.05
                    && b.backtests()[m].conditionalCoverage().pValue() >= 0.05
                    && (Double.isNaN(b.mcNeilFrey()[m].pValue()) || b.mcNeilFrey()[m].pValue() >= 0.05)
                    && b.z2()[m].pValue() >= 0.05;
            assertEquals(all, b.passesAll(m), b.method());
        }
    }

    @Test
    void aWindowLongerThanTheSpanScoresNothing_andTheBacktestIsAbsent() {
        PriceHistory h = market();
        var methods = List.<VarMethod>of(new FilteredHistoricalVar(LAST_DATE - FIRST));
        PortfolioEvaluation pe = new PortfolioBacktest(SampleCorrelation.DEFAULT).run(span(h), panel(h),
                settings(methods), null, new DmComparison(1));
        assertEquals(0, pe.varMethods().get(0).scoredDays()[0]);
        assertEquals(-1, pe.varMethods().get(0).firstScored(0));
        assertNull(pe.varMethods().get(0).backtests()[0]);
    }

    @Test
    void fhsLeavesOutTheDatesWhoseWindowHoldsAZeroForecast_ofThatModelOnly() {
        PriceHistory h = market();
        ForecastPanel p = panel(h);
        p.forecast()[0][1][100] = 0;
        PortfolioEvaluation pe = new PortfolioBacktest(SampleCorrelation.DEFAULT).run(span(h), p,
                settings(List.of(new FilteredHistoricalVar(WINDOW))), null, new DmComparison(1));
        VarMethodBacktest fhs = pe.varMethods().get(0);
        int days = LAST_DATE - FIRST;
        for (int t = WINDOW; t < days; t++) {
            boolean readsZero = t >= 101 && t <= 100 + WINDOW;
            assertEquals(readsZero, Double.isNaN(fhs.valueAtRisk()[0][t]), "t " + t);
            assertFalse(Double.isNaN(fhs.valueAtRisk()[1][t]), "t " + t);
        }
        assertEquals(days - 2 * WINDOW, fhs.scoredDays()[0]);
        assertEquals(days - WINDOW, fhs.scoredDays()[1]);
    }

    @Test
    void changingPricesAfterDayTLeavesEveryMethodsVarUpToTUnchanged() {
        PriceHistory h = market();
        int changedFrom = 320;
        var changed = new ArrayList<PriceSeries>();
        for (PriceSeries s : h.series()) {
            double[] c = s.close();
            double factor = 1;
            for (int k = changedFrom; k < c.length; k++) {
                factor *= Math.exp(0.03 * Math.sin(1.7 * k));
                c[k] *= factor;
            }
            changed.add(PriceSeries.ofCloses(s.ticker(), s.dates(), c));
        }
        PriceHistory other = new PriceHistory(changed);
        PortfolioEvaluation a = run(closesOnly(h));
        PortfolioEvaluation b = run(other);
        int lastUnchanged = changedFrom - 1 - FIRST;
        for (int k = 0; k < METHODS.size(); k++) {
            boolean laterDiffers = false;
            for (int m = 0; m < 2; m++) {
                for (int t = 0; t < a.dates().size(); t++) {
                    double va = a.varMethods().get(k).valueAtRisk()[m][t];
                    double vb = b.varMethods().get(k).valueAtRisk()[m][t];
                    if (t <= lastUnchanged) {
                        assertEquals(Double.doubleToLongBits(va), Double.doubleToLongBits(vb),
                                METHODS.get(k).name() + " model " + m + " t " + t);
                    } else {
                        laterDiffers |= va != vb;
                    }
                }
            }
            assertTrue(laterDiffers, METHODS.get(k).name() + ": the changed prices change later VaRs");
        }
    }

    /** The same market with closes only, as the changed one is built. */
    private static PriceHistory closesOnly(PriceHistory h) {
        var out = new ArrayList<PriceSeries>();
        for (PriceSeries s : h.series()) {
            out.add(PriceSeries.ofCloses(s.ticker(), s.dates(), s.close()));
        }
        return new PriceHistory(out);
    }

    @Test
    void settings_defaultIsNormalOnly_andAMethodTwiceIsRefused() {
        assertFalse(settings(EvaluationSettings.DEFAULT_VAR_METHODS).backtestsVarMethods());
        assertTrue(settings(METHODS).backtestsVarMethods());
        var e = assertThrows(IllegalArgumentException.class,
                () -> settings(List.of(new HistoricalVar(10), new HistoricalVar(20))));
        assertEquals("--var-methods names a method twice: historical,historical", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> settings(List.of()));
    }
}
