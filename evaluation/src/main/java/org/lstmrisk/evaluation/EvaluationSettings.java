package org.lstmrisk.evaluation;

import java.nio.file.Path;
import org.lstmrisk.portfolio.CorrelationEstimator;
import org.lstmrisk.portfolio.CorrelationEstimatorChoice;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.lstmrisk.core.TradingCalendar;
import org.lstmrisk.core.forecast.WalkForwardWindow;
import org.lstmrisk.portfolio.NormalVar;
import org.lstmrisk.portfolio.VarMethod;

/**
 * Everything one {@code lstm-risk evaluate} run is configured with. This class is immutable and thread-safe.
 *
 * @param models                 forecaster names in table order, e.g. {@code [persistence, ewma, garch, har]}
 * @param from                   first as-of (forecast) date, or {@code null} for the first date with enough history
 * @param to                     last realised date (nothing after it is read), or {@code null} for the data's last date
 * @param horizonDays            forecast horizon h in trading days (≥ 1): the forecast at t is for t+1 … t+h
 * @param refitEveryDays         refit every this many forecast dates, {@code update} in between (≥ 1)
 * @param window                 expanding or rolling estimation window for refits
 * @param rollingWindowDays      prices in a rolling window (ignored when expanding)
 * @param target                 realised-volatility proxy of the target, e.g. {@code close-to-close}
 * @param varLevel               VaR confidence level in (0, 1), e.g. 0.99
 * @param volTargetAnnualised    volatility target of the targeting backtest, annualised fraction (0.10 = 10 % a year)
 * @param maxExposure            cap on the targeting exposure (fraction of capital; 2 = at most 200 %)
 * @param correlationWindowDays  daily returns in the trailing correlation window ending at each as-of date (≥ 2)
 * @param maxForwardFillDays     gap policy of the price reader
 * @param ewmaLambda             λ of the EWMA forecaster
 * @param threads                worker threads (≥ 1); results do not depend on it
 * @param outDir                 the folder written (replaced as a whole)
 * @param varMethods             the VaR methods backtested on the portfolio, each once, in table order; the normal
 *                               method alone (the default) adds no per-method tables (the portfolio columns are
 *                               its backtest)
 * @param esLevel                ES confidence level of the ES backtests in (0.5, 1), e.g. 0.975
 * @param esSeed                 seed of the ES backtests' bootstrap and simulations
 * @param correlationEstimator   the portfolio backtest's correlation estimator (auto: as {@code run})
 * @param minimumVariance        also backtest each model's minimum-variance portfolio ({@link MinimumVarianceBacktest})
 * @param combinations           forecast combinations learnt on past out-of-sample forecasts, scored as extra models
 *                               after the ones of {@code models} (empty: none)
 */
public record EvaluationSettings(List<String> models, LocalDate from, LocalDate to, int horizonDays,
        int refitEveryDays, WalkForwardWindow window, int rollingWindowDays, String target, double varLevel,
        double volTargetAnnualised, double maxExposure, int correlationWindowDays, int maxForwardFillDays,
        double ewmaLambda, int threads, Path outDir, List<VarMethod> varMethods, double esLevel, long esSeed,
        CorrelationEstimatorChoice correlationEstimator, boolean minimumVariance, List<CombinationSpec> combinations) {

    /** The default ES level of the ES backtests: 97.5 %, the Basel FRTB level. */
    public static final double DEFAULT_ES_LEVEL = 0.975;

    /** The default seed of the ES backtests. */
    public static final long DEFAULT_ES_SEED = 1L;

    /** The default VaR methods: the normal method only. */
    public static final List<VarMethod> DEFAULT_VAR_METHODS = List.of(new NormalVar());

    /** Validates ranges; messages name the option. */
    public EvaluationSettings {
        models = List.copyOf(models);
        varMethods = List.copyOf(varMethods);
        combinations = List.copyOf(combinations);
        for (CombinationSpec c : combinations) {
            for (String component : c.components()) {
                if (!models.contains(component)) {
                    throw new IllegalArgumentException("--combine " + String.join("+", c.components()) + ": "
                            + component + " is not one of --models " + String.join(",", models));
                }
            }
            if (models.contains(c.name())) {
                throw new IllegalArgumentException("--combine " + c.name() + " has the name of a model of --models");
            }
        }
        if (combinations.stream().map(CombinationSpec::name).distinct().count() != combinations.size()) {
            throw new IllegalArgumentException("--combine names a combination twice");
        }
        if (varMethods.isEmpty()) {
            throw new IllegalArgumentException("--var-methods names no method");
        }
        if (varMethods.stream().map(VarMethod::name).distinct().count() != varMethods.size()) {
            throw new IllegalArgumentException("--var-methods names a method twice: "
                    + String.join(",", varMethods.stream().map(VarMethod::name).toList()));
        }
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(correlationEstimator, "correlationEstimator");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outDir, "outDir");
        if (models.isEmpty()) {
            throw new IllegalArgumentException("--models names no model");
        }
        if (models.stream().distinct().count() != models.size()) {
            throw new IllegalArgumentException("--models names a model twice: " + String.join(",", models));
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("--from " + from + " must be before --to " + to);
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("--horizon must be at least 1 day, was " + horizonDays);
        }
        if (refitEveryDays < 1) {
            throw new IllegalArgumentException("--refit-every must be at least 1 day, was " + refitEveryDays);
        }
        if (window == WalkForwardWindow.ROLLING && rollingWindowDays < 2) {
            throw new IllegalArgumentException("--window-days must be at least 2 for a rolling window, was "
                    + rollingWindowDays);
        }
        if (!(esLevel > 0.5 && esLevel < 1)) {
            throw new IllegalArgumentException("--es-level must be in (0.5, 1), was " + esLevel);
        }
        if (!(varLevel > 0.5 && varLevel < 1)) {
            throw new IllegalArgumentException("--var-level must be in (0.5, 1), was " + varLevel);
        }
        if (!(volTargetAnnualised > 0 && Double.isFinite(volTargetAnnualised))) {
            throw new IllegalArgumentException("--vol-target must be a positive annualised fraction, was "
                    + volTargetAnnualised);
        }
        if (!(maxExposure > 0 && Double.isFinite(maxExposure))) {
            throw new IllegalArgumentException("--max-exposure must be positive, was " + maxExposure);
        }
        if (correlationWindowDays < 2) {
            throw new IllegalArgumentException("--correlation-window must be at least 2 days, was "
                    + correlationWindowDays);
        }
        if (maxForwardFillDays < 0) {
            throw new IllegalArgumentException("--max-fill must be >= 0, was " + maxForwardFillDays);
        }
        if (!(ewmaLambda > 0 && ewmaLambda < 1)) {
            throw new IllegalArgumentException("--ewma-lambda must be in (0, 1), was " + ewmaLambda);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        }
    }

    /** Settings with the default VaR methods ({@link #DEFAULT_VAR_METHODS}). */
    public EvaluationSettings(List<String> models, LocalDate from, LocalDate to, int horizonDays,
            int refitEveryDays, WalkForwardWindow window, int rollingWindowDays, String target, double varLevel,
            double volTargetAnnualised, double maxExposure, int correlationWindowDays, int maxForwardFillDays,
            double ewmaLambda, int threads, Path outDir) {
        this(models, from, to, horizonDays, refitEveryDays, window, rollingWindowDays, target, varLevel,
                volTargetAnnualised, maxExposure, correlationWindowDays, maxForwardFillDays, ewmaLambda, threads,
                outDir, DEFAULT_VAR_METHODS);
    }

    /** Settings with the default ES level and seed. */
    public EvaluationSettings(List<String> models, LocalDate from, LocalDate to, int horizonDays,
            int refitEveryDays, WalkForwardWindow window, int rollingWindowDays, String target, double varLevel,
            double volTargetAnnualised, double maxExposure, int correlationWindowDays, int maxForwardFillDays,
            double ewmaLambda, int threads, Path outDir, List<VarMethod> varMethods) {
        this(models, from, to, horizonDays, refitEveryDays, window, rollingWindowDays, target, varLevel,
                volTargetAnnualised, maxExposure, correlationWindowDays, maxForwardFillDays, ewmaLambda, threads,
                outDir, varMethods, DEFAULT_ES_LEVEL, DEFAULT_ES_SEED, CorrelationEstimatorChoice.AUTO,
                false, List.of());
    }

    /** The names of the models and then of the combinations, in table order. */
    public List<String> modelAndCombinationNames() {
        var names = new java.util.ArrayList<>(models);
        combinations.forEach(c -> names.add(c.name()));
        return List.copyOf(names);
    }

    /** The correlation estimator of the portfolio backtest for {@code names} positions. */
    public CorrelationEstimator correlationEstimatorFor(int names) {
        return correlationEstimator.estimatorFor(names, correlationWindowDays);
    }

    /** True when more than the default normal method is backtested (the per-method tables are written). */
    public boolean backtestsVarMethods() {
        return !varMethods.equals(DEFAULT_VAR_METHODS);
    }

    /** The daily volatility target (fraction): the annualised target / √252. */
    public double volTargetDaily() {
        return volTargetAnnualised / TradingCalendar.SQRT_DAYS_PER_YEAR;
    }
}
