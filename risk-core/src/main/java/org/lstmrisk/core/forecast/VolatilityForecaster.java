package org.lstmrisk.core.forecast;

import java.util.List;
import org.lstmrisk.core.PriceSeries;

/**
 * A volatility forecasting method: fits a {@link VolatilityModel} to the prices of one ticker up to and
 * including the as-of date (the last date of the series it is given). Implementations are stateless and
 * thread-safe; all state lives in the fitted model.
 */
public interface VolatilityForecaster {

    /** The name used on the command line and in reports, e.g. {@code ewma}. */
    String name();

    /**
     * Fits a model on {@code history}, which holds data up to and including the as-of date only.
     *
     * @throws IllegalArgumentException when the history is too short for this method
     */
    VolatilityModel fit(PriceSeries history);

    /**
     * A scheduled refit on {@code history}, given the model in use until now (fitted on an earlier history of the
     * same ticker). A method may start from that model's estimates (a warm start); by default this is
     * {@link #fit}. Only {@code history} may enter the new model's data: {@code previous} was fitted on a prefix of it.
     */
    default VolatilityModel refit(PriceSeries history, VolatilityModel previous) {
        return fit(history);
    }

    /**
     * The model as of the last date of {@code history}, from a model a state stored on an earlier run: the stored
     * model updated with the days after its last date, or as it is when it has learned the last date already.
     * {@code history} must extend the data the stored model has seen.
     */
    default VolatilityModel continueFrom(PriceSeries history, VolatilityModel stored) {
        return stored.lastDate().equals(history.lastDate()) ? stored : stored.update(history);
    }

    /**
     * True when {@link #refit} is {@link #fit} whatever the previous model (no warm start), so that the stretches of a
     * walk-forward between refits can be computed independently, in parallel, with the same result; false by default.
     */
    default boolean refitsFromScratch() {
        return false;
    }

    /**
     * This forecaster for a walk-forward over {@code universe}, the full series of every ticker evaluated: a method
     * that learns across tickers (e.g. an LSTM pre-trained on all stocks) binds to them, and reads each only up to
     * the as-of date of a fit; every other method returns itself.
     */
    default VolatilityForecaster forUniverse(List<PriceSeries> universe) {
        return this;
    }

    /** The fewest prices {@link #fit} accepts. */
    int minimumHistory();
}
