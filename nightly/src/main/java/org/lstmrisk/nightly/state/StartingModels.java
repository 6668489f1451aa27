package org.lstmrisk.nightly.state;

import org.lstmrisk.report.StateSection;

import java.util.Map;
import org.lstmrisk.core.forecast.VolatilityModel;

/**
 * The models a run starts from: per position, the stored model to update (or use as is when it has learned
 * the as-of date already); a position without one is fitted from scratch. This class is immutable and thread-safe.
 *
 * @param models  stored models by ticker, each with a last date on or before the as-of date
 * @param section what the report says about the state
 */
public record StartingModels(Map<String, VolatilityModel> models, StateSection section) {

    /** Nothing stored: every model is fitted from the data. */
    public static final StartingModels NONE = new StartingModels(Map.of(), StateSection.NONE);

    /** Copies the map. */
    public StartingModels {
        models = Map.copyOf(models);
    }
}
