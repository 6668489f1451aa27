package org.lstmrisk.core.forecast;

import java.time.LocalDate;
import org.lstmrisk.core.PriceSeries;

/**
 * A fitted volatility model for one ticker, as of the close of {@link #lastDate()}. Immutable: updating
 * returns a new model.
 */
public interface VolatilityModel {

    /** The ticker this model belongs to. */
    String ticker();

    /** The last date whose data the model has seen. */
    LocalDate lastDate();

    /**
     * The forecast daily volatility over the next {@code horizonDays} trading days t+1 … t+h: the square root of
     * the mean forecast daily variance over the horizon, as a fraction (0.012 = 1.2 % a day).
     */
    double forecastVolatility(int horizonDays);

    /**
     * The model after learning the days of {@code history} that come after {@link #lastDate()}, one at a time.
     * {@code history} must extend the data this model has seen (same ticker, same earlier prices).
     */
    VolatilityModel update(PriceSeries history);
}
