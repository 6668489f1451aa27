package org.lstmrisk.evaluation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.lstmrisk.core.TradingCalendar;
import org.lstmrisk.core.forecast.WalkForwardWindow;

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
 */
public record EvaluationSettings(List<String> models, LocalDate from, LocalDate to, int horizonDays,
        int refitEveryDays, WalkForwardWindow window, int rollingWindowDays, String target, double varLevel,
        double volTargetAnnualised, double maxExposure, int correlationWindowDays, int maxForwardFillDays,
        double ewmaLambda, int threads, Path outDir) {

    /** Validates ranges; messages name the option. */
    public EvaluationSettings {
        models = List.copyOf(models);
        Objects.requireNonNull(window, "window");
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

    /** The daily volatility target (fraction): the annualised target / √252. */
    public double volTargetDaily() {
        return volTargetAnnualised / TradingCalendar.SQRT_DAYS_PER_YEAR;
    }
}
