package org.lstmrisk.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.lstmrisk.io.ExcludedTicker;
import org.lstmrisk.core.PriceHistory;

/**
 * What an evaluation covers: the tickers with full data over the span (equally weighted), those left out and why,
 * and the dates. Forecasts are made at the close of every trading day from {@code firstAsOf} to {@code lastAsOf};
 * the last realised day is {@code lastDate}, and nothing after it is in {@code history}. This class is immutable
 * and thread-safe.
 *
 * @param history      prices of the evaluated tickers only, cut after {@code lastDate}
 * @param weights      portfolio weights (fractions of value), one per ticker of {@code history}, equal
 * @param excluded     tickers of the data left out, with the reason
 * @param firstAsOf    the first forecast date
 * @param lastAsOf     the last forecast date ({@code lastDate} minus the horizon, in trading days)
 * @param lastDate     the last realised date
 * @param neededPrices prices every evaluated ticker has up to and including {@code firstAsOf}
 */
public record EvaluationSpan(PriceHistory history, double[] weights, List<ExcludedTicker> excluded,
        LocalDate firstAsOf, LocalDate lastAsOf, LocalDate lastDate, int neededPrices) {

    /** Validates one weight per ticker and ordered dates. */
    public EvaluationSpan {
        Objects.requireNonNull(history, "history");
        weights = weights.clone();
        excluded = List.copyOf(excluded);
        if (weights.length != history.series().size()) {
            throw new IllegalArgumentException(weights.length + " weights for " + history.series().size() + " tickers");
        }
        if (firstAsOf.isAfter(lastAsOf) || !lastAsOf.isBefore(lastDate)) {
            throw new IllegalArgumentException("invalid span " + firstAsOf + " .. " + lastAsOf + " / " + lastDate);
        }
    }

    /** The evaluated tickers, in data order. */
    public List<String> tickers() {
        return history.tickers();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }
}
