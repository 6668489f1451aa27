package org.lstmrisk.core.forecast;

import java.time.LocalDate;
import java.util.Objects;
import org.lstmrisk.core.LogReturns;
import org.lstmrisk.core.PriceSeries;

/**
 * A fitted EWMA volatility model of one ticker as of the close of {@code lastDate}: the daily variance forecast
 * for the next trading day, and what is needed to continue the recursion σ²_{t+1|t} = λ σ²_{t|t−1} + (1 − λ) r_t².
 * Created by {@link EwmaForecaster#fit}. This class is immutable and thread-safe.
 *
 * @param ticker          the ticker
 * @param lastDate        the last date whose close the model has learned
 * @param lastClose       the (adjusted) close on {@code lastDate}, used to check that an update extends the same data
 * @param lambda          decay factor in (0, 1)
 * @param nextDayVariance forecast daily variance of the log return into the day after {@code lastDate}
 *                        (a squared fraction)
 */
public record EwmaModel(String ticker, LocalDate lastDate, double lastClose, double lambda, double nextDayVariance)
        implements VolatilityModel, java.io.Serializable {

    /** Validates a non-blank ticker, a positive finite close, λ in (0, 1) and a finite non-negative variance. */
    public EwmaModel {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(lastDate, "lastDate");
        if (ticker.isBlank()) {
            throw new IllegalArgumentException("ticker must not be blank");
        }
        if (!(Double.isFinite(lastClose) && lastClose > 0)) {
            throw new IllegalArgumentException(ticker + ": last close must be positive and finite, was " + lastClose);
        }
        if (!(lambda > 0 && lambda < 1)) {
            throw new IllegalArgumentException(ticker + ": EWMA lambda must be in (0, 1), was " + lambda);
        }
        if (!(Double.isFinite(nextDayVariance) && nextDayVariance >= 0)) {
            throw new IllegalArgumentException(ticker + ": next-day variance must be finite and non-negative, was "
                    + nextDayVariance);
        }
    }

    /** One step of the recursion: the next daily variance from the current one and the day's log return. */
    public static double step(double lambda, double variance, double logReturn) {
        return lambda * variance + (1 - lambda) * logReturn * logReturn;
    }

    /**
     * The forecast daily volatility (fraction) over the next {@code horizonDays} days: flat, the square root of
     * {@link #nextDayVariance()} for every horizon.
     *
     * @throws IllegalArgumentException when {@code horizonDays < 1}
     */
    @Override
    public double forecastVolatility(int horizonDays) {
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 day, was " + horizonDays);
        }
        return Math.sqrt(nextDayVariance);
    }

    /**
     * The model after learning the returns of {@code history} after {@link #lastDate()}, one day at a time. When
     * this model was fitted on a prefix of {@code history}, the result is bit-identical to fitting the same
     * forecaster on {@code history} from scratch. Only the ticker and the close on {@link #lastDate()} are checked;
     * earlier prices are not (the model does not keep them). Returns this model when {@code history} has no later
     * days.
     *
     * @throws IllegalArgumentException when {@code history} belongs to another ticker, has no price on
     *                                  {@link #lastDate()}, or its close on that date differs from {@link #lastClose()}
     */
    @Override
    public EwmaModel update(PriceSeries history) {
        Objects.requireNonNull(history, "history");
        if (!history.ticker().equals(ticker)) {
            throw new IllegalArgumentException("EWMA model of " + ticker + " cannot learn prices of " + history.ticker());
        }
        int i = history.indexOf(lastDate);
        if (i < 0) {
            throw new IllegalArgumentException(ticker + ": the history has no price on the model's last date "
                    + lastDate + ", so it does not extend the data the model has seen");
        }
        if (Double.compare(history.close(i), lastClose) != 0) {
            throw new IllegalArgumentException(ticker + ": the close on " + lastDate + " is " + history.close(i)
                    + " but the model saw " + lastClose + "; refit the model on the revised history");
        }
        int last = history.size() - 1;
        if (i == last) {
            return this;
        }
        double variance = nextDayVariance;
        for (int k = i + 1; k <= last; k++) {
            double r = LogReturns.between(history.close(k - 1), history.close(k));
            variance = step(lambda, variance, r);
        }
        return new EwmaModel(ticker, history.lastDate(), history.close(last), lambda, variance);
    }
}
