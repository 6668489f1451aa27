package org.lstmrisk.nightly.state;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One model file of a committed generation, as the history database records it.
 * This class is immutable and thread-safe.
 *
 * @param model    the forecaster's name, e.g. {@code lstm}
 * @param ticker   the ticker the model forecasts
 * @param lastDate the last date whose close the model has learned
 * @param sha256   {@code sha256:<hex>} of the file's bytes
 */
public record ModelEntry(String model, String ticker, LocalDate lastDate, String sha256) {

    /** Checks for nulls. */
    public ModelEntry {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(lastDate, "lastDate");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** True when this entry is {@code model}'s model of {@code ticker}. */
    public boolean is(String model, String ticker) {
        return this.model.equals(model) && this.ticker.equals(ticker);
    }
}
