package org.lstmrisk.nightly.state;

import org.lstmrisk.report.StateSection;

import java.util.Map;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.core.forecast.VolatilityModel;

/**
 * The models a run starts from: per position, the stored model to update (or use as is when it has learned
 * the as-of date already); a position without one is fitted from scratch. This class is immutable and thread-safe.
 *
 * @param models     stored models by ticker, each with a last date on or before the as-of date
 * @param section    what the report says about the state
 * @param checkpoint where neural fits from scratch are kept until the run commits, or null for none
 * @param replayCache where the frozen neural fits behind the past forecasts of a VaR method are kept from one run to
 *                    the next, or null for none
 */
public record StartingModels(Map<String, VolatilityModel> models, StateSection section, FitCheckpoint checkpoint,
                             FitCheckpoint replayCache) {

    /** Nothing stored: every model is fitted from the data. */
    public static final StartingModels NONE = new StartingModels(Map.of(), StateSection.NONE);

    /** Copies the map. */
    public StartingModels {
        models = Map.copyOf(models);
    }

    /** Starting models without a checkpoint or a cache. */
    public StartingModels(Map<String, VolatilityModel> models, StateSection section) {
        this(models, section, null, null);
    }

    /**
     * The forecaster that fits the positions without a stored model: {@code forecaster} itself, or for a neural
     * one (or a combination's neural part) with a checkpoint, {@code forecaster} fitting through it (a fit an interrupted run finished is read back).
     */
    public VolatilityForecaster fitter(VolatilityForecaster forecaster) {
        return checkpoint == null ? forecaster : NeuralParts.replace(forecaster, checkpoint::around);
    }

    /**
     * The forecaster that replays the past forecasts of a VaR method: {@code replay} itself, or for a neural one
     * with a cache, {@code replay} fitting through it (the fit of an earlier run on the same data is read back).
     */
    public VolatilityForecaster replayFitter(VolatilityForecaster replay) {
        return replayCache == null ? replay : NeuralParts.replace(replay, replayCache::around);
    }
}
