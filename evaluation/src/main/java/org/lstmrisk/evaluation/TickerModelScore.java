package org.lstmrisk.evaluation;

import java.util.Objects;
import org.lstmrisk.evaluation.stats.DieboldMarianoResult;
import org.lstmrisk.evaluation.stats.ForecastAccuracy;
import org.lstmrisk.evaluation.stats.MincerZarnowitzResult;

/**
 * One model's out-of-sample accuracy on one ticker's scored days. This class is immutable and thread-safe.
 *
 * @param model           the model name
 * @param accuracy        QLIKE and MSE on daily variance, the others on daily volatility (fractions)
 * @param mincerZarnowitz realised daily variance regressed on forecast daily variance, or {@code null} when undefined
 *                        (e.g. constant forecasts)
 * @param dmQlike         Diebold–Mariano on QLIKE losses against the best baseline (negative: this model is more
 *                        accurate), or {@code null} for the baseline itself or when undefined
 * @param dmMse           the same on MSE losses of daily variance
 * @param refitFailures   scheduled refits that failed and were replaced by an update of the previous model
 */
public record TickerModelScore(String model, ForecastAccuracy accuracy, MincerZarnowitzResult mincerZarnowitz,
        DieboldMarianoResult dmQlike, DieboldMarianoResult dmMse, int refitFailures) {

    /** Checks the required fields. */
    public TickerModelScore {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(accuracy, "accuracy");
    }
}
