package org.lstmrisk.core.forecast;

import java.time.LocalDate;
import java.util.Objects;
import org.lstmrisk.core.PriceSeries;

/** The checks every model update makes before learning new days: same ticker, same close on the last date. */
final class HistoryExtension {

    private HistoryExtension() {
    }

    /**
     * The index of {@code lastDate} in {@code history}, after checking that {@code history} belongs to
     * {@code ticker} and that its close on {@code lastDate} is bit-identical to {@code lastClose}.
     *
     * @throws IllegalArgumentException when the ticker differs, the date is missing or the close was revised
     */
    static int indexOfLastDate(String model, String ticker, LocalDate lastDate, double lastClose, PriceSeries history) {
        Objects.requireNonNull(history, "history");
        if (!history.ticker().equals(ticker)) {
            throw new IllegalArgumentException(model + " model of " + ticker + " cannot learn prices of "
                    + history.ticker());
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
        return i;
    }

    /** Validates the identity fields every model record carries. */
    static void checkIdentity(String ticker, LocalDate lastDate, double lastClose) {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(lastDate, "lastDate");
        if (ticker.isBlank()) {
            throw new IllegalArgumentException("ticker must not be blank");
        }
        if (!(Double.isFinite(lastClose) && lastClose > 0)) {
            throw new IllegalArgumentException(ticker + ": last close must be positive and finite, was " + lastClose);
        }
    }

    /** Validates a forecast horizon of at least one day. */
    static void checkHorizon(int horizonDays) {
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 day, was " + horizonDays);
        }
    }
}
