package org.lstmrisk.core.forecast;

import java.time.LocalDate;
import java.util.Objects;
import org.lstmrisk.core.PriceSeries;

/**
 * A fitted persistence model as of the close of {@code lastDate}: the realised daily volatility of the window
 * ending that day, forecast flat over any horizon. Created by {@link PersistenceForecaster#fit}. This class is
 * immutable and thread-safe.
 *
 * @param ticker     the ticker
 * @param lastDate   the last date whose data the model has seen
 * @param lastClose  the (adjusted) close on {@code lastDate}, used to check that an update extends the same data
 * @param forecaster the forecaster (estimator and window) that made this model
 * @param volatility realised daily volatility (fraction) of the window ending on {@code lastDate}
 */
public record PersistenceModel(String ticker, LocalDate lastDate, double lastClose, PersistenceForecaster forecaster,
        double volatility) implements VolatilityModel, java.io.Serializable {

    /** Validates the identity fields and a finite, non-negative volatility. */
    public PersistenceModel {
        HistoryExtension.checkIdentity(ticker, lastDate, lastClose);
        Objects.requireNonNull(forecaster, "forecaster");
        if (!(Double.isFinite(volatility) && volatility >= 0)) {
            throw new IllegalArgumentException(ticker + ": persistence volatility must be finite and non-negative, was "
                    + volatility);
        }
    }

    /** The realised daily volatility (fraction), the same for every horizon of at least one day. */
    @Override
    public double forecastVolatility(int horizonDays) {
        HistoryExtension.checkHorizon(horizonDays);
        return volatility;
    }

    /**
     * The model at the last date of {@code history}: the window is re-measured there, which equals a refit on
     * {@code history}. Returns this model when there are no later days.
     *
     * @throws IllegalArgumentException when {@code history} belongs to another ticker, has no price on
     *                                  {@link #lastDate()}, or its close on that date differs from {@link #lastClose()}
     */
    @Override
    public PersistenceModel update(PriceSeries history) {
        int i = HistoryExtension.indexOfLastDate("persistence", ticker, lastDate, lastClose, history);
        return i == history.size() - 1 ? this : forecaster.fit(history);
    }
}
