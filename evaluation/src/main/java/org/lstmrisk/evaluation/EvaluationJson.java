package org.lstmrisk.evaluation;

import java.util.Arrays;
import java.util.Locale;
import org.lstmrisk.core.TradingCalendar;
import org.lstmrisk.core.forecast.WalkForwardWindow;
import org.lstmrisk.evaluation.json.EvaluationDocument;
import org.lstmrisk.evaluation.json.EvaluationDocument.Accuracy;
import org.lstmrisk.evaluation.json.EvaluationDocument.DieboldMariano;
import org.lstmrisk.evaluation.json.EvaluationDocument.LikelihoodRatio;
import org.lstmrisk.evaluation.json.EvaluationDocument.MincerZarnowitz;
import org.lstmrisk.evaluation.json.EvaluationDocument.Performance;
import org.lstmrisk.evaluation.stats.BaselTrafficLightResult;
import org.lstmrisk.evaluation.stats.DieboldMarianoResult;
import org.lstmrisk.evaluation.stats.EsBacktest;
import org.lstmrisk.evaluation.stats.ForecastAccuracy;
import org.lstmrisk.evaluation.stats.LikelihoodRatioTest;
import org.lstmrisk.evaluation.stats.MincerZarnowitzResult;
import org.lstmrisk.evaluation.stats.PerformanceSummary;
import org.lstmrisk.report.json.JsonFormat;

/**
 * Renders an {@link Evaluation} as {@code evaluation.json} (schema version 1) through {@link EvaluationDocument}
 * and {@link JsonFormat}: configuration, data, pooled and per-ticker accuracy with Mincer–Zarnowitz and
 * Diebold–Mariano, and the portfolio VaR and volatility-targeting backtests. Units follow DESIGN.md: volatilities
 * are daily fractions unless the field says annualised, variances say so. Numbers are written with full double
 * precision; undefined values are {@code null}. No timestamps and no thread count, so the same inputs give the
 * same bytes. This class is immutable and thread-safe.
 */
public final class EvaluationJson {

    /** The schema version written. */
    public static final int SCHEMA_VERSION = 1;

    /** The UTF-8 bytes, ending with a newline. */
    public byte[] render(Evaluation e) {
        return JsonFormat.document(document(e));
    }

    /** The evaluation as the records of {@code evaluation.json}. */
    public EvaluationDocument document(Evaluation e) {
        EvaluationSettings s = e.settings();
        EvaluationSpan span = e.span();
        var units = new EvaluationDocument.Units(
                "daily standard deviation of log returns, fraction (0.012 = 1.2 % a day)",
                "square of a daily volatility (mseVariance is in squared variance units)",
                "daily figure x sqrt(" + TradingCalendar.DAYS_PER_YEAR + ")",
                "positive fraction of portfolio value over the horizon");
        var config = new EvaluationDocument.Config(s.models(), e.modelSetups(), s.from(), s.to(), s.horizonDays(),
                s.refitEveryDays(), s.window().name().toLowerCase(Locale.ROOT),
                s.window() == WalkForwardWindow.ROLLING ? s.rollingWindowDays() : null, s.target(), s.varLevel(),
                s.volTargetAnnualised(), s.maxExposure(), 0.0, s.correlationWindowDays(),
                s.correlationEstimatorFor(span.tickers().size()).name(), s.maxForwardFillDays(),
                s.ewmaLambda(), "qlike (and mse)", "max(h-1, floor(4*(n/100)^(2/9)))",
                s.models().stream().filter(ModelLineup.BASELINES::contains).toList(), e.accuracy().bestBaseline(),
                s.combinations().stream().map(CombinationSpec::name).toList(),
                e.reused().stream().map(r -> new EvaluationDocument.Reused(r.model(), r.folder(), r.tickers()))
                        .toList());
        var data = new EvaluationDocument.Data(e.source(), e.fingerprint(), span.firstAsOf(), span.lastAsOf(),
                span.lastDate(), e.forecasts().days(), span.neededPrices(), span.tickers(), span.weights(),
                span.excluded().stream().map(x -> new EvaluationDocument.Excluded(x.ticker(), x.reason())).toList(),
                new EvaluationDocument.ExcludedDays(e.scored().totalExcluded(),
                        Arrays.stream(e.scored().zeroRealised()).sum(), Arrays.stream(e.scored().zeroForecast()).sum(),
                        e.forecasts().days() * span.tickers().size(), ScoredDays.ZERO_REALISED_REASON,
                        ScoredDays.ZERO_FORECAST_REASON, nonZero(Arrays.stream(e.scored().notTraded()).sum()),
                        Arrays.stream(e.scored().notTraded()).sum() == 0 ? null : ScoredDays.NOT_TRADED_REASON,
                        nonZero(Arrays.stream(e.scored().suspectJumps()).sum()),
                        Arrays.stream(e.scored().suspectJumps()).sum() == 0 ? null : ScoredDays.SUSPECT_JUMP_REASON),
                quality(e.data()), e.data().priceFingerprints());
        var pooled = e.accuracy().pooled().stream().map(p -> new EvaluationDocument.Pooled(p.model(), p.baseline(),
                p.observations(), finite(p.qlike()), finite(p.mseVariance()), finite(p.mae()), finite(p.rmse()),
                finite(p.meanRSquared()), finite(p.meanCorrelation()), finite(p.mape()),
                finite(p.directionAccuracy()), dm(p.dmQlike()), dm(p.dmMse()))).toList();
        var perTicker = e.accuracy().tickers().stream().map(t -> {
            int i = span.tickers().indexOf(t.ticker());
            return new EvaluationDocument.PerTicker(t.ticker(),
                t.scoredDays(), t.zeroRealisedDays(), t.zeroForecastDays(),
                t.models().stream().map(m -> new EvaluationDocument.TickerModel(m.model(), accuracy(m.accuracy()),
                        mz(m.mincerZarnowitz()), dm(m.dmQlike()), dm(m.dmMse()), m.refitFailures())).toList(),
                i < 0 ? null : nonZero(e.scored().notTraded()[i]), i < 0 ? null : nonZero(e.scored().suspectJumps()[i]));
        }).toList();
        PortfolioEvaluation pe = e.portfolio();
        var portfolio = new EvaluationDocument.Portfolio(
                "log return of the fixed-weight portfolio ln(1 + sum w_i R_i) over t+1..t+h",
                "root mean squared daily portfolio log return over t+1..t+h",
                "z * sigma_p * sqrt(h), zero-mean normal, positive fraction of value",
                pe.dates().size(), pe.zeroRealisedDays(), pe.correlationRepairs(),
                pe.models().stream().map(EvaluationJson::portfolioModel).toList(), performance(pe.buyAndHold()),
                s.backtestsVarMethods() ? varBacktests(pe, s.esSeed()) : null,
                pe.minimumVariance().stream().map(r -> new EvaluationDocument.MinimumVariance(r.model(), r.days(),
                        r.singularDays(), r.realisedVolatility(), r.predictedVolatility(),
                        r.var() == null ? null : var(r.var()))).toList());
        return new EvaluationDocument(SCHEMA_VERSION, units, config, data, pooled, e.accuracy().pooledDays(),
                perTicker, portfolio);
    }

    private static Integer nonZero(int n) {
        return n == 0 ? null : n;
    }

    /** The data-quality section, or null when there is nothing to report. */
    private static EvaluationDocument.Quality quality(EvaluationData d) {
        if (d.quiet()) {
            return null;
        }
        var p = d.policy();
        int maxFill = p.gaps().maxForwardFillDays();
        return new EvaluationDocument.Quality(p.missingRows().optionValue(), p.suspensions().optionValue(),
                p.calendars().optionValue(), maxFill == Integer.MAX_VALUE ? null : maxFill, p.jumpThreshold(),
                d.excludeJumps(), calendarTreatment(p.calendars()),
                d.coverage().stream().map(c -> new EvaluationDocument.TickerCounts(c.ticker(), c.rows(),
                        c.filledValues(), c.nullRows(), c.droppedSuspensions(), c.keptSuspensions())).toList(),
                d.jumps().stream().map(j -> new EvaluationDocument.Jump(j.ticker(), j.date(), j.logReturn(),
                        j.reason(), j.confirmedOn())).toList());
    }

    /** How an evaluation treats tickers on several calendars, in words. */
    static String calendarTreatment(org.lstmrisk.io.DataPolicy.Calendars calendars) {
        return org.lstmrisk.report.DataQuality.calendarTreatment(calendars)
                + (calendars == org.lstmrisk.io.DataPolicy.Calendars.SEPARATE
                ? "; in the evaluation each ticker is walked forward over its own trading days, a forecast date on "
                + "which it did not trade is not scored for it, and the portfolio uses its last forecast there" : "");
    }

    /** Method → model → backtest, in settings and lineup order. */
    private static java.util.Map<String, java.util.Map<String, EvaluationDocument.MethodBacktest>> varBacktests(
            PortfolioEvaluation pe, long seed) {
        var out = new java.util.LinkedHashMap<String, java.util.Map<String, EvaluationDocument.MethodBacktest>>();
        for (VarMethodBacktest b : pe.varMethods()) {
            var byModel = new java.util.LinkedHashMap<String, EvaluationDocument.MethodBacktest>();
            for (int m = 0; m < pe.models().size(); m++) {
                VarBacktestSummary v = b.backtests()[m];
                int first = b.firstScored(m);
                EsBacktest.Result mf = b.mcNeilFrey()[m];
                EsBacktest.Result z2 = b.z2()[m];
                EvaluationDocument.EsBacktests es = mf == null ? null : new EvaluationDocument.EsBacktests(
                        b.esLevel(), z2.exceedances(),
                        new EvaluationDocument.EsTest(finite(mf.statistic()), finite(mf.pValue())),
                        new EvaluationDocument.EsTest(finite(z2.statistic()), finite(z2.pValue())), b.passesEs(m),
                        EsBacktest.DEFAULT_BOOTSTRAPS, EsBacktest.DEFAULT_SIMULATIONS, seed);
                byModel.put(pe.models().get(m).model(), new EvaluationDocument.MethodBacktest(b.windowDays(),
                        b.scoredDays()[m], first < 0 ? null : pe.dates().get(first), v == null ? null : var(v),
                        v == null ? null : passes(v.kupiec()), v == null ? null : passes(v.conditionalCoverage()),
                        VarMethodBacktest.scoringRule(b.method(), b.commonSet()), es, b.passesAll(m)));
            }
            out.put(b.method(), byModel);
        }
        return out;
    }

    /** p ≥ 0.05, or null when the p-value is undefined. */
    private static Boolean passes(LikelihoodRatioTest t) {
        return Double.isNaN(t.pValue()) ? null : t.pValue() >= VarMethodBacktest.TEST_SIZE;
    }

    private static EvaluationDocument.VarBacktest var(VarBacktestSummary v) {
        BaselTrafficLightResult light = v.trafficLight();
        return new EvaluationDocument.VarBacktest(v.level(), v.days(), v.exceptions(),
                finite(v.expectedExceptions()), lr(v.kupiec()), lr(v.independence()), lr(v.conditionalCoverage()),
                light == null ? null : new EvaluationDocument.TrafficLight(light.observations(), light.exceptions(),
                        light.zone().name(), light.multiplier()),
                v.duration() == null ? null : new EvaluationDocument.DurationTest(v.duration().shape(),
                        lr(v.duration().test())));
    }

    private static EvaluationDocument.PortfolioModel portfolioModel(PortfolioModelResult r) {
        var var = var(r.valueAtRisk());
        var targeting = new EvaluationDocument.VolatilityTargeting(
                finite(r.targeting().targetAnnualisedVolatility()), finite(r.targeting().meanExposure()),
                performance(r.targeting().strategy()));
        return new EvaluationDocument.PortfolioModel(r.model(), accuracy(r.accuracy()), mz(r.mincerZarnowitz()),
                dm(r.dmQlike()), var, targeting);
    }

    private static Accuracy accuracy(ForecastAccuracy a) {
        return new Accuracy(a.observations(), finite(a.qlike()), finite(a.mseVariance()), finite(a.mae()),
                finite(a.rmse()), finite(a.rSquared()), finite(a.correlation()), finite(a.mape()),
                finite(a.directionAccuracy()));
    }

    private static MincerZarnowitz mz(MincerZarnowitzResult mz) {
        return mz == null ? null : new MincerZarnowitz(mz.observations(), finite(mz.intercept()), finite(mz.slope()),
                finite(mz.interceptStandardError()), finite(mz.slopeStandardError()), finite(mz.rSquared()),
                finite(mz.waldF()), finite(mz.waldPValue()));
    }

    private static DieboldMariano dm(DieboldMarianoResult d) {
        return d == null ? null : new DieboldMariano(d.observations(), d.lag(), finite(d.meanDifferential()),
                finite(d.statistic()), finite(d.pValue()));
    }

    private static LikelihoodRatio lr(LikelihoodRatioTest t) {
        return new LikelihoodRatio(finite(t.statistic()), t.degreesOfFreedom(), finite(t.pValue()));
    }

    private static Performance performance(PerformanceSummary p) {
        return new Performance(p.days(), finite(p.cumulativeReturn()), finite(p.annualisedVolatility()),
                finite(p.maxDrawdown()), finite(p.sharpeRatio()));
    }

    /** The value, or null where it is undefined (NaN or infinite). */
    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
