package org.lstmrisk.nightly.state;

import java.time.LocalDate;
import java.util.List;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.forecast.VolatilityForecaster;

/** Where a run's starting models come from: nowhere (fit every model), or the state folder. */
@FunctionalInterface
public interface ModelSource {

    /** Fits every model from the data; nothing is stored. */
    ModelSource NONE = (forecaster, positions, asOf, data) -> StartingModels.NONE;

    /**
     * The stored models for {@code positions}, after checking that the state can serve a run as of {@code asOf}.
     * Reads only.
     *
     * @param data all the data the run read, cut at the as-of date (to tell a vanished ticker from a non-position)
     * @throws org.lstmrisk.core.UserInputException when a model file is corrupted, the state has learned days
     *                                             after {@code asOf}, or a model was trained differently
     */
    StartingModels start(VolatilityForecaster forecaster, List<String> positions, LocalDate asOf, PriceHistory data);
}
