package org.lstmrisk.core.forecast;

import java.util.Objects;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.volatility.CloseToCloseEstimator;
import org.lstmrisk.core.volatility.RealisedVolatilityEstimator;

/**
 * The persistence (random-walk) baseline: the forecast daily volatility for every horizon is today's realised
 * volatility, measured by {@code estimator} over the {@code windowDays} days ending at the as-of date.
 * The default is the close-to-close estimator over 5 days (one trading week), which is less noisy than
 * |r_t| (the 1-day close-to-close value) yet still reacts within a week. This class is immutable and thread-safe.
 *
 * @param estimator  realised-volatility estimator (daily volatility, fraction)
 * @param windowDays number of trading days in the estimation window, at least 1
 */
public record PersistenceForecaster(RealisedVolatilityEstimator estimator, int windowDays)
        implements VolatilityForecaster, java.io.Serializable {

    /** Close-to-close realised volatility over the last 5 trading days. */
    public static final PersistenceForecaster DEFAULT = new PersistenceForecaster(new CloseToCloseEstimator(), 5);

    /** Validates a non-null estimator and a positive window. */
    public PersistenceForecaster {
        Objects.requireNonNull(estimator, "estimator");
        if (windowDays < 1) {
            throw new IllegalArgumentException("persistence window must be at least 1 day, was " + windowDays);
        }
    }

    @Override
    public String name() {
        return "persistence";
    }

    /** {@code windowDays + 1} prices for close-to-close (it needs the close before the window), else {@code windowDays}. */
    @Override
    public int minimumHistory() {
        return estimator.needsPreviousClose() ? windowDays + 1 : windowDays;
    }

    /**
     * The realised daily volatility over the window ending at {@code history.lastDate()}.
     *
     * @throws IllegalArgumentException when the history is shorter than {@link #minimumHistory()} or lacks the
     *                                  prices the estimator needs
     */
    @Override
    public PersistenceModel fit(PriceSeries history) {
        Objects.requireNonNull(history, "history");
        if (history.size() < minimumHistory()) {
            throw new IllegalArgumentException("persistence over " + windowDays + " days needs at least "
                    + minimumHistory() + " prices, but " + history.ticker() + " has " + history.size());
        }
        int last = history.size() - 1;
        double vol = estimator.volatility(history, last, windowDays);
        return new PersistenceModel(history.ticker(), history.lastDate(), history.close(last), this, vol);
    }
}
