package org.lstmrisk.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.core.LogReturns;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.evaluation.stats.BaselTrafficLight;
import org.lstmrisk.evaluation.stats.BaselTrafficLightResult;
import org.lstmrisk.evaluation.stats.DieboldMarianoResult;
import org.lstmrisk.evaluation.stats.ForecastAccuracy;
import org.lstmrisk.evaluation.stats.MincerZarnowitz;
import org.lstmrisk.evaluation.stats.MincerZarnowitzResult;
import org.lstmrisk.evaluation.stats.VarBacktest;
import org.lstmrisk.evaluation.stats.VarianceLoss;
import org.lstmrisk.evaluation.stats.VolatilityTargeting;
import org.lstmrisk.evaluation.stats.VolatilityTargetingResult;
import org.lstmrisk.portfolio.CorrelationEstimate;
import org.lstmrisk.portfolio.CorrelationMatrix;
import org.lstmrisk.portfolio.PortfolioRisk;
import org.lstmrisk.portfolio.PortfolioRiskCalculator;
import org.lstmrisk.portfolio.RiskInputs;
import org.lstmrisk.portfolio.NormalVar;
import org.lstmrisk.portfolio.FilteredHistoricalVar;
import org.lstmrisk.portfolio.LossDistribution;
import org.lstmrisk.portfolio.StudentTVar;
import org.lstmrisk.evaluation.stats.EsBacktest;
import org.lstmrisk.portfolio.CorrelationEstimator;
import org.lstmrisk.portfolio.SampleCorrelation;
import org.lstmrisk.portfolio.VarHistory;
import org.lstmrisk.portfolio.VarMethod;

/**
 * The portfolio backtest. At each as-of date t, for each model: σp,t = √(wᵀΣw) with Σ = diag(σ_t)·ρ_t·diag(σ_t), σ_t
 * the model's per-ticker forecasts made at t and ρ_t the sample correlation of the daily log returns of the
 * trailing window ending at t (repaired if not PSD; or the shrinkage or factor estimate that
 * {@link EvaluationSettings#correlationEstimatorFor} picks); VaR_t = z·σp,t·√h (zero-mean normal). Both use data up to t
 * only. They are judged against the fixed-weight portfolio's realised log return over t+1 … t+h (Kupiec,
 * Christoffersen, Basel traffic light) and its realised volatility (QLIKE and the other accuracy measures). The
 * volatility-targeting backtest scales the next day's simple portfolio return by min(cap, target / σp,t). Each VaR
 * method of the settings is backtested the same way, its VaR at t computed from the trailing window of daily log
 * returns ending at t and the model's own forecasts for those days (the forecast for day u is the one made at the
 * as-of date before u; for {@code student-t} the portfolio forecast σp made then), on the dates
 * {@link VarMethodBacktest} says. This class is immutable and thread-safe.
 *
 * @param correlation the sample correlation estimator, used when the settings pick the sample correlation
 */
record PortfolioBacktest(SampleCorrelation correlation) {

    PortfolioEvaluation run(EvaluationSpan span, ForecastPanel panel, EvaluationSettings settings, String bestBaseline,
                            DmComparison dm) {
        List<PriceSeries> series = span.history().series();
        List<String> tickers = span.tickers();
        double[] w = span.weights();
        int n = series.size();
        int days = panel.days();
        int h = settings.horizonDays();
        int window = settings.correlationWindowDays();
        CorrelationEstimator estimator = settings.correlationEstimatorFor(n);
        if (estimator instanceof SampleCorrelation) {
            estimator = correlation; // the injected sample estimator and its repair
        }
        int[] offset = new int[n];
        for (int i = 0; i < n; i++) {
            offset[i] = series.get(i).indexOf(panel.dates().get(0));
        }
        // Daily portfolio returns into day u = 0 … days - 1 + h (day u is d_u; d_0 the first as-of date).
        int returnDays = days + h;
        double[] simple = new double[returnDays];
        double[] logReturn = new double[returnDays];
        var returnDates = new ArrayList<LocalDate>();
        for (int u = 0; u < returnDays; u++) {
            double r = 0;
            for (int i = 0; i < n; i++) {
                PriceSeries s = series.get(i);
                r += w[i] * (s.close(offset[i] + u) / s.close(offset[i] + u - 1) - 1);
            }
            simple[u] = r;
            logReturn[u] = Math.log1p(r);
            if (u <= days) {
                returnDates.add(series.get(0).date(offset[0] + u));
            }
        }
        double[] realisedReturn = new double[days];
        double[] realisedVolatility = new double[days];
        for (int t = 0; t < days; t++) {
            double sum = 0;
            double squares = 0;
            for (int u = t + 1; u <= t + h; u++) {
                sum += logReturn[u];
                squares += logReturn[u] * logReturn[u];
            }
            realisedReturn[t] = sum;
            realisedVolatility[t] = Math.sqrt(squares / h);
        }

        int models = panel.models().size();
        double level = settings.varLevel();
        var calculator = new PortfolioRiskCalculator(List.of(level), List.of());
        double[][] sigma = new double[models][days];
        double[][] var = new double[models][days];
        int repairs = 0;
        List<VarMethod> methods = settings.varMethods();
        int varWindow = 0;
        for (VarMethod method : methods) {
            varWindow = Math.max(varWindow, method.windowDays());
        }
        LossDistribution[][][] methodLoss = new LossDistribution[methods.size()][models][days];
        double[][] returns = new double[window][n];
        MinimumVarianceBacktest minimumVariance = settings.minimumVariance()
                ? new MinimumVarianceBacktest(series, offset, h, models, days) : null;
        for (int t = 0; t < days; t++) {
            for (int i = 0; i < n; i++) {
                PriceSeries s = series.get(i);
                int end = offset[i] + t;
                for (int k = 0; k < window; k++) {
                    int idx = end - window + 1 + k;
                    returns[k][i] = LogReturns.between(s.close(idx - 1), s.close(idx));
                }
            }
            CorrelationEstimate rho = estimator.estimate(returns);
            repairs += rho.repaired() ? 1 : 0;
            CorrelationMatrix matrix = rho.matrix();
            double[][] volsByModel = new double[models][n];
            for (int m = 0; m < models; m++) {
                double[] vols = volsByModel[m];
                for (int i = 0; i < n; i++) {
                    vols[i] = panel.forecast()[m][i][t];
                }
                PortfolioRisk risk = calculator.compute(RiskInputs.of(tickers, w, vols, matrix, h));
                sigma[m][t] = risk.volatility();
                var[m][t] = risk.valueAtRisk().get(level);
            }
            if (minimumVariance != null) {
                minimumVariance.add(t, matrix, volsByModel);
            }
            double[][] past = varWindow == 0 ? null : pastReturns(series, offset, t, varWindow);
            for (int k = 0; k < methods.size(); k++) {
                for (int m = 0; m < models; m++) {
                    methodLoss[k][m][t] = methodLoss(methods.get(k), calculator, tickers, w, matrix, h, panel, m, t,
                            past, sigma[m]);
                }
            }
        }

        boolean[] scored = new boolean[days];
        int zeroRealised = 0;
        for (int t = 0; t < days; t++) {
            scored[t] = realisedVolatility[t] > 0;
            zeroRealised += scored[t] ? 0 : 1;
        }
        int best = bestBaseline == null ? -1 : panel.models().indexOf(bestBaseline);
        double[] bestLoss = best < 0 ? null : qlikeLosses(sigma[best], realisedVolatility, scored);
        var targeting = new VolatilityTargeting(settings.volTargetDaily(), settings.maxExposure(), 0);
        var results = new ArrayList<PortfolioModelResult>();
        boolean[][] exceptions = new boolean[models][];
        for (int m = 0; m < models; m++) {
            exceptions[m] = VarBacktest.exceptions(realisedReturn, var[m]);
            double[] f = select(sigma[m], scored);
            double[] r = select(realisedVolatility, scored);
            MincerZarnowitzResult mz;
            try {
                mz = MincerZarnowitz.regress(squares(f), squares(r));
            } catch (IllegalArgumentException e) {
                mz = null;
            }
            DieboldMarianoResult dmResult = best < 0 ? null
                    : dm.test(qlikeLosses(sigma[m], realisedVolatility, scored), bestLoss, m == best);
            results.add(new PortfolioModelResult(panel.models().get(m), ForecastAccuracy.of(f, r), mz, dmResult,
                    backtest(exceptions[m], level, h), targeting(targeting, simple, sigma[m], days)));
        }
        // The common set: with several methods, model m is scored on the dates every method has a VaR for.
        boolean[][] common = new boolean[models][days];
        for (int m = 0; m < models; m++) {
            for (int t = 0; t < days; t++) {
                boolean all = true;
                for (int k = 0; k < methods.size(); k++) {
                    all &= methodLoss[k][m][t] != null;
                }
                common[m][t] = all;
            }
        }
        double esLevel = settings.esLevel();
        var methodResults = new ArrayList<VarMethodBacktest>();
        for (int k = 0; k < methods.size(); k++) {
            int[] scoredDays = new int[models];
            VarBacktestSummary[] backtests = new VarBacktestSummary[models];
            EsBacktest.Result[] mcNeilFrey = new EsBacktest.Result[models];
            EsBacktest.Result[] z2 = new EsBacktest.Result[models];
            double[][] methodVar = new double[models][days];
            for (int m = 0; m < models; m++) {
                var loss = new ArrayList<LossDistribution>();
                var realised = new ArrayList<Double>();
                var scale = new ArrayList<Double>();
                for (int t = 0; t < days; t++) {
                    LossDistribution d = methodLoss[k][m][t];
                    methodVar[m][t] = common[m][t] ? d.valueAtRisk(level) : Double.NaN;
                    if (common[m][t]) {
                        loss.add(d);
                        realised.add(-realisedReturn[t]);
                        scale.add(sigma[m][t] * Math.sqrt(h));
                    }
                }
                double[] v = select(methodVar[m], common[m]);
                scoredDays[m] = v.length;
                backtests[m] = v.length < 2 ? null
                        : backtest(VarBacktest.exceptions(select(realisedReturn, common[m]), v), level, h);
                if (v.length >= 2) {
                    double[] l = realised.stream().mapToDouble(Double::doubleValue).toArray();
                    LossDistribution[] f = loss.toArray(new LossDistribution[0]);
                    double[] varEs = new double[l.length];
                    double[] es = new double[l.length];
                    for (int j = 0; j < l.length; j++) {
                        varEs[j] = f[j].valueAtRisk(esLevel);
                        es[j] = f[j].expectedShortfall(esLevel);
                    }
                    double[] residuals = EsBacktest.exceedanceResiduals(l, varEs, es,
                            scale.stream().mapToDouble(Double::doubleValue).toArray());
                    mcNeilFrey[m] = EsBacktest.mcNeilFrey(residuals, EsBacktest.DEFAULT_BOOTSTRAPS, settings.esSeed());
                    z2[m] = EsBacktest.acerbiSzekely(l, f, esLevel, EsBacktest.DEFAULT_SIMULATIONS, settings.esSeed());
                }
            }
            methodResults.add(new VarMethodBacktest(methods.get(k).name(), methods.get(k).windowDays(),
                    methodVar, scoredDays, backtests, esLevel, mcNeilFrey, z2, methods.size() > 1));
        }
        return new PortfolioEvaluation(panel.dates(), realisedReturn, realisedVolatility, sigma, var, exceptions,
                returnDates, java.util.Arrays.copyOf(simple, days + 1), repairs, zeroRealised, results,
                results.get(0).targeting().buyAndHold(), methodResults,
                minimumVariance == null ? List.of() : minimumVariance.results(panel.models(), level));
    }

    /**
     * The {@code window} daily log returns [day][ticker] ending at as-of date t (oldest first), or null when some
     * ticker lacks the prices before the span.
     */
    private static double[][] pastReturns(List<PriceSeries> series, int[] offset, int t, int window) {
        double[][] out = new double[window][series.size()];
        for (int i = 0; i < series.size(); i++) {
            PriceSeries s = series.get(i);
            int first = offset[i] + t - window + 1;
            if (first < 1) {
                return null;
            }
            for (int k = 0; k < window; k++) {
                out[k][i] = LogReturns.between(s.close(first + k - 1), s.close(first + k));
            }
        }
        return out;
    }

    /**
     * Model m's loss distribution at as-of date t by {@code method} (its VaR and ES), or null when the method's
     * history cannot be built from data up to t (see {@link VarMethodBacktest}). The history is cut by
     * {@link VarHistory#forMethod}, the rule the nightly run uses too: {@code past} holds the trailing returns ending
     * at t (null when too short); the forecast for day u of the window is the one made at the as-of date before u
     * (NaN before the span starts), per stock from the panel and for the portfolio {@code sigmaP}.
     */
    private static LossDistribution methodLoss(VarMethod method, PortfolioRiskCalculator calculator,
                                               List<String> tickers, double[] w, CorrelationMatrix matrix, int h,
                                               ForecastPanel panel, int m, int t, double[][] past, double[] sigmaP) {
        double[] vols = new double[w.length];
        for (int i = 0; i < vols.length; i++) {
            vols[i] = panel.forecast()[m][i][t];
        }
        RiskInputs inputs = RiskInputs.of(tickers, w, vols, matrix, h);
        if (method instanceof NormalVar) {
            return calculator.lossDistribution(inputs, method, VarHistory.NONE);
        }
        int window = method.windowDays();
        if (past == null || past.length < window) {
            return null;
        }
        double[][] returns = java.util.Arrays.copyOfRange(past, past.length - window, past.length);
        double[][] forecasts = null;
        double[] portfolio = null;
        if (method instanceof FilteredHistoricalVar) {
            forecasts = new double[window][w.length];
            for (int k = 0; k < window; k++) {
                int madeAt = t - window + k;
                for (int i = 0; i < w.length; i++) {
                    forecasts[k][i] = madeAt < 0 ? Double.NaN : panel.forecast()[m][i][madeAt];
                }
            }
        } else if (method instanceof StudentTVar) {
            portfolio = new double[window];
            for (int k = 0; k < window; k++) {
                int madeAt = t - window + k;
                portfolio[k] = madeAt < 0 ? Double.NaN : sigmaP[madeAt];
            }
        }
        VarHistory history;
        try {
            history = VarHistory.forMethod(method, returns, forecasts, portfolio);
        } catch (IllegalArgumentException e) {
            return null; // a forecast of the window is missing (before the span) or not positive: not scored
        }
        return calculator.lossDistribution(inputs, method, history);
    }

    /**
     * Volatility targeting over the days d_0 … d_T: the forecast made at d_t scales the return into d_{t+1}. The
     * forecast array needs one element per return; its last element (a forecast at d_T) is never used, so it repeats
     * the last real forecast.
     */
    private static VolatilityTargetingResult targeting(VolatilityTargeting targeting, double[] simple, double[] sigma,
                                                       int days) {
        double[] returns = java.util.Arrays.copyOf(simple, days + 1);
        double[] forecast = java.util.Arrays.copyOf(sigma, days + 1);
        forecast[days] = sigma[days - 1];
        return targeting.run(returns, forecast);
    }

    static VarBacktestSummary backtest(boolean[] exceptions, double level, int h) {
        BaselTrafficLightResult light = level == 0.99 && h == 1 && exceptions.length >= BaselTrafficLight.DAYS
                ? BaselTrafficLight.assess(exceptions) : null;
        return new VarBacktestSummary(level, exceptions.length, VarBacktest.count(exceptions),
                exceptions.length * (1 - level), VarBacktest.kupiec(exceptions, level),
                VarBacktest.independence(exceptions), VarBacktest.conditionalCoverage(exceptions, level), light,
                org.lstmrisk.evaluation.stats.DurationTest.of(exceptions));
    }

    private static double[] qlikeLosses(double[] sigma, double[] realised, boolean[] scored) {
        return VarianceLoss.QLIKE.losses(squares(select(sigma, scored)), squares(select(realised, scored)));
    }

    static double[] select(double[] v, boolean[] keep) {
        var out = new ArrayList<Double>();
        for (int t = 0; t < v.length; t++) {
            if (keep[t]) {
                out.add(v[t]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] squares(double[] v) {
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = v[k] * v[k];
        }
        return out;
    }
}
