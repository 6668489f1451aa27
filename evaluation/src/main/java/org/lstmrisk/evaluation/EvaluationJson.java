package org.lstmrisk.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.lstmrisk.io.ExcludedTicker;
import org.lstmrisk.evaluation.stats.BaselTrafficLightResult;
import org.lstmrisk.evaluation.stats.DieboldMarianoResult;
import org.lstmrisk.evaluation.stats.ForecastAccuracy;
import org.lstmrisk.evaluation.stats.LikelihoodRatioTest;
import org.lstmrisk.evaluation.stats.MincerZarnowitzResult;
import org.lstmrisk.evaluation.stats.PerformanceSummary;
import org.lstmrisk.evaluation.stats.VolatilityTargetingResult;

/**
 * Renders an {@link Evaluation} as {@code evaluation.json} (schema version 1): configuration, data, pooled and
 * per-ticker accuracy with Mincer–Zarnowitz and Diebold–Mariano, and the portfolio VaR and volatility-targeting
 * backtests. Units follow DESIGN.md: volatilities are daily fractions unless the field says annualised, variances
 * say so. Numbers are written with full double precision; undefined values are {@code null}. No timestamps and no
 * thread count, so the same inputs give the same bytes. This class is immutable and thread-safe.
 */
public final class EvaluationJson {

    /** The schema version written. */
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The UTF-8 bytes, ending with a newline. */
    public byte[] render(Evaluation e) {
        try {
            return (mapper.writeValueAsString(tree(e)) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot render evaluation.json", ex);
        }
    }

    private ObjectNode tree(Evaluation e) {
        EvaluationSettings s = e.settings();
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode units = root.putObject("units");
        units.put("volatility", "daily standard deviation of log returns, fraction (0.012 = 1.2 % a day)");
        units.put("variance", "square of a daily volatility (mseVariance is in squared variance units)");
        units.put("annualised", "daily figure x sqrt(252)");
        units.put("var", "positive fraction of portfolio value over the horizon");
        ObjectNode config = root.putObject("config");
        ArrayNode models = config.putArray("models");
        s.models().forEach(models::add);
        ObjectNode setups = config.putObject("modelSetups");
        e.modelSetups().forEach(setups::put);
        config.put("from", s.from() == null ? null : s.from().toString());
        config.put("to", s.to() == null ? null : s.to().toString());
        config.put("horizonDays", s.horizonDays());
        config.put("refitEveryDays", s.refitEveryDays());
        config.put("window", s.window().name().toLowerCase(java.util.Locale.ROOT));
        if (s.window() == org.lstmrisk.core.forecast.WalkForwardWindow.ROLLING) {
            config.put("rollingWindowDays", s.rollingWindowDays());
        }
        config.put("target", s.target());
        config.put("varLevel", s.varLevel());
        config.put("volTargetAnnualised", s.volTargetAnnualised());
        config.put("maxExposure", s.maxExposure());
        config.put("riskFreeRate", 0.0);
        config.put("correlationWindowDays", s.correlationWindowDays());
        config.put("maxForwardFillDays", s.maxForwardFillDays());
        config.put("ewmaLambda", s.ewmaLambda());
        config.put("lossForDieboldMariano", "qlike (and mse)");
        config.put("dieboldMarianoLagRule", "max(h-1, floor(4*(n/100)^(2/9)))");
        ArrayNode baselines = config.putArray("baselines");
        s.models().stream().filter(ModelLineup.BASELINES::contains).forEach(baselines::add);
        config.put("bestBaseline", e.accuracy().bestBaseline());

        EvaluationSpan span = e.span();
        ObjectNode data = root.putObject("data");
        data.put("source", e.source());
        data.put("fingerprint", e.fingerprint());
        data.put("firstAsOf", span.firstAsOf().toString());
        data.put("lastAsOf", span.lastAsOf().toString());
        data.put("lastRealisedDate", span.lastDate().toString());
        data.put("forecastDays", e.forecasts().days());
        data.put("neededPricesBeforeFirstForecast", span.neededPrices());
        ArrayNode tickers = data.putArray("tickers");
        span.tickers().forEach(tickers::add);
        ArrayNode weights = data.putArray("weights");
        for (double w : span.weights()) {
            weights.add(w);
        }
        ArrayNode excluded = data.putArray("excluded");
        for (ExcludedTicker x : span.excluded()) {
            excluded.addObject().put("ticker", x.ticker()).put("reason", x.reason());
        }
        ObjectNode excludedDays = data.putObject("excludedDays");
        excludedDays.put("total", e.scored().totalExcluded());
        excludedDays.put("zeroRealised", java.util.Arrays.stream(e.scored().zeroRealised()).sum());
        excludedDays.put("zeroForecast", java.util.Arrays.stream(e.scored().zeroForecast()).sum());
        excludedDays.put("of", e.forecasts().days() * span.tickers().size());
        excludedDays.put("zeroRealisedReason", ScoredDays.ZERO_REALISED_REASON);
        excludedDays.put("zeroForecastReason", ScoredDays.ZERO_FORECAST_REASON);

        ArrayNode pooled = root.putArray("pooled");
        for (PooledScore p : e.accuracy().pooled()) {
            ObjectNode o = pooled.addObject();
            o.put("model", p.model());
            o.put("baseline", p.baseline());
            o.put("observations", p.observations());
            number(o, "qlike", p.qlike());
            number(o, "mseVariance", p.mseVariance());
            number(o, "mae", p.mae());
            number(o, "rmse", p.rmse());
            number(o, "meanRSquared", p.meanRSquared());
            number(o, "meanCorrelation", p.meanCorrelation());
            number(o, "mape", p.mape());
            number(o, "directionAccuracy", p.directionAccuracy());
            dm(o, "dmQlike", p.dmQlike());
            dm(o, "dmMse", p.dmMse());
        }
        root.put("pooledDieboldMarianoDays", e.accuracy().pooledDays());

        ArrayNode perTicker = root.putArray("perTicker");
        for (TickerEvaluation t : e.accuracy().tickers()) {
            ObjectNode o = perTicker.addObject();
            o.put("ticker", t.ticker());
            o.put("scoredDays", t.scoredDays());
            o.put("zeroRealisedDays", t.zeroRealisedDays());
            o.put("zeroForecastDays", t.zeroForecastDays());
            ArrayNode ms = o.putArray("models");
            for (TickerModelScore m : t.models()) {
                ObjectNode mo = ms.addObject();
                mo.put("model", m.model());
                accuracy(mo.putObject("accuracy"), m.accuracy());
                mz(mo, m.mincerZarnowitz());
                dm(mo, "dmQlike", m.dmQlike());
                dm(mo, "dmMse", m.dmMse());
                mo.put("refitFailures", m.refitFailures());
            }
        }

        PortfolioEvaluation pe = e.portfolio();
        ObjectNode portfolio = root.putObject("portfolio");
        portfolio.put("realisedReturn", "log return of the fixed-weight portfolio ln(1 + sum w_i R_i) over t+1..t+h");
        portfolio.put("realisedProxy", "root mean squared daily portfolio log return over t+1..t+h");
        portfolio.put("valueAtRisk", "z * sigma_p * sqrt(h), zero-mean normal, positive fraction of value");
        portfolio.put("forecastDays", pe.dates().size());
        portfolio.put("zeroRealisedDays", pe.zeroRealisedDays());
        portfolio.put("correlationRepairs", pe.correlationRepairs());
        ArrayNode pm = portfolio.putArray("models");
        for (PortfolioModelResult r : pe.models()) {
            ObjectNode o = pm.addObject();
            o.put("model", r.model());
            accuracy(o.putObject("accuracy"), r.accuracy());
            mz(o, r.mincerZarnowitz());
            dm(o, "dmQlike", r.dmQlike());
            VarBacktestSummary v = r.valueAtRisk();
            ObjectNode vo = o.putObject("var");
            vo.put("level", v.level());
            vo.put("days", v.days());
            vo.put("exceptions", v.exceptions());
            number(vo, "expectedExceptions", v.expectedExceptions());
            lr(vo, "kupiec", v.kupiec());
            lr(vo, "christoffersenIndependence", v.independence());
            lr(vo, "christoffersenConditionalCoverage", v.conditionalCoverage());
            BaselTrafficLightResult light = v.trafficLight();
            if (light == null) {
                vo.putNull("baselTrafficLight");
            } else {
                vo.putObject("baselTrafficLight").put("days", light.observations()).put("exceptions", light.exceptions())
                        .put("zone", light.zone().name()).put("multiplier", light.multiplier());
            }
            VolatilityTargetingResult vt = r.targeting();
            ObjectNode to = o.putObject("volatilityTargeting");
            number(to, "targetAnnualised", vt.targetAnnualisedVolatility());
            number(to, "meanExposure", vt.meanExposure());
            performance(to.putObject("strategy"), vt.strategy());
        }
        performance(portfolio.putObject("buyAndHold"), pe.buyAndHold());
        return root;
    }

    private static void accuracy(ObjectNode o, ForecastAccuracy a) {
        o.put("observations", a.observations());
        number(o, "qlike", a.qlike());
        number(o, "mseVariance", a.mseVariance());
        number(o, "mae", a.mae());
        number(o, "rmse", a.rmse());
        number(o, "rSquared", a.rSquared());
        number(o, "correlation", a.correlation());
        number(o, "mape", a.mape());
        number(o, "directionAccuracy", a.directionAccuracy());
    }

    private static void mz(ObjectNode o, MincerZarnowitzResult mz) {
        if (mz == null) {
            o.putNull("mincerZarnowitz");
            return;
        }
        ObjectNode m = o.putObject("mincerZarnowitz");
        m.put("observations", mz.observations());
        number(m, "interceptVariance", mz.intercept());
        number(m, "slope", mz.slope());
        number(m, "interceptStandardError", mz.interceptStandardError());
        number(m, "slopeStandardError", mz.slopeStandardError());
        number(m, "rSquared", mz.rSquared());
        number(m, "waldF", mz.waldF());
        number(m, "waldPValue", mz.waldPValue());
    }

    private static void dm(ObjectNode o, String name, DieboldMarianoResult d) {
        if (d == null) {
            o.putNull(name);
            return;
        }
        ObjectNode m = o.putObject(name);
        m.put("observations", d.observations());
        m.put("lag", d.lag());
        number(m, "meanDifferential", d.meanDifferential());
        number(m, "statistic", d.statistic());
        number(m, "pValue", d.pValue());
    }

    private static void lr(ObjectNode o, String name, LikelihoodRatioTest t) {
        ObjectNode m = o.putObject(name);
        number(m, "statistic", t.statistic());
        m.put("degreesOfFreedom", t.degreesOfFreedom());
        number(m, "pValue", t.pValue());
    }

    private static void performance(ObjectNode o, PerformanceSummary p) {
        o.put("days", p.days());
        number(o, "cumulativeReturn", p.cumulativeReturn());
        number(o, "annualisedVolatility", p.annualisedVolatility());
        number(o, "maxDrawdown", p.maxDrawdown());
        number(o, "sharpeRatio", p.sharpeRatio());
    }

    private static void number(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }
}
