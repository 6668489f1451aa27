package org.lstmrisk.evaluation;

import java.util.Objects;

/**
 * Everything one evaluation produced, ready to be written. This class is immutable and thread-safe (its parts are
 * read-only by convention where they hold arrays).
 *
 * @param settings    the settings it ran with
 * @param source      where the prices came from (the {@code --data} path as given)
 * @param fingerprint SHA-256 fingerprint of the input files
 * @param span        tickers, weights, exclusions and dates
 * @param forecasts   the walk-forward forecasts and realised targets
 * @param scored      which ticker-days were scored
 * @param dm          the Diebold–Mariano settings (lag rule)
 * @param accuracy    per-ticker and pooled accuracy
 * @param portfolio   the portfolio VaR, accuracy and volatility-targeting backtests
 * @param modelSetups each model's full configuration as text (e.g. the LSTM's features, target and schedule), by
 *                    model name, in table order
 * @param data        the data policy, its per-ticker counts and the suspect jumps
 * @param reused      the forecasts read from earlier evaluations instead of walked forward (empty: none)
 */
public record Evaluation(EvaluationSettings settings, String source, String fingerprint, EvaluationSpan span,
        ForecastPanel forecasts, ScoredDays scored, DmComparison dm, AccuracyResults accuracy,
        PortfolioEvaluation portfolio, java.util.Map<String, String> modelSetups, EvaluationData data,
        java.util.List<ReusedForecasts> reused) {

    /** Checks for nulls. */
    public Evaluation {
        Objects.requireNonNull(settings, "settings");
        modelSetups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(modelSetups));
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(forecasts, "forecasts");
        Objects.requireNonNull(scored, "scored");
        Objects.requireNonNull(dm, "dm");
        Objects.requireNonNull(accuracy, "accuracy");
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(data, "data");
        reused = java.util.List.copyOf(reused);
    }
}
