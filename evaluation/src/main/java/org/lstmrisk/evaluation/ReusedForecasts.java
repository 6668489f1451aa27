package org.lstmrisk.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * Forecasts an evaluation read from an earlier evaluation's folder instead of walking the model forward again
 * ({@code evaluate --reuse-forecasts}).
 *
 * @param model   the model's name
 * @param folder  the earlier evaluation's folder, as given
 * @param tickers the tickers whose forecasts of the model were read from it, in span order
 */
public record ReusedForecasts(String model, String folder, List<String> tickers) {

    /** Checks for nulls and copies the list. */
    public ReusedForecasts {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(folder, "folder");
        tickers = List.copyOf(tickers);
    }
}
