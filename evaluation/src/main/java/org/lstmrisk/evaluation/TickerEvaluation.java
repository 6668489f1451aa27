package org.lstmrisk.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * The evaluation of one ticker: how many days were scored and excluded (and why), and every model's scores in lineup
 * order. This class is immutable and thread-safe.
 *
 * @param ticker           the ticker
 * @param scoredDays       forecast days scored (the same for every model)
 * @param zeroRealisedDays days excluded because the realised proxy was zero
 * @param zeroForecastDays days excluded because a model forecast zero volatility
 * @param models           one score per model
 */
public record TickerEvaluation(String ticker, int scoredDays, int zeroRealisedDays, int zeroForecastDays,
        List<TickerModelScore> models) {

    /** Copies the list. */
    public TickerEvaluation {
        Objects.requireNonNull(ticker, "ticker");
        models = List.copyOf(models);
    }
}
