package org.lstmrisk.nightly.state;

import java.util.Optional;
import java.util.function.Function;
import org.lstmrisk.core.forecast.CombinedForecaster;
import org.lstmrisk.core.forecast.CombinedModel;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.core.forecast.VolatilityModel;
import org.lstmrisk.lstm.forecast.LstmForecaster;
import org.lstmrisk.lstm.forecast.LstmVolatilityModel;

/**
 * The neural model (LSTM or RNN) inside a run's forecaster or model, the one a state stores: the forecaster or
 * model itself, or the first part of a combination such as {@code lstm+gjr} (the catalog puts a neural part
 * first). This class is stateless.
 */
public final class NeuralParts {

    private NeuralParts() {
    }

    /** The neural forecaster in {@code forecaster}, if any. */
    public static Optional<LstmForecaster> of(VolatilityForecaster forecaster) {
        VolatilityForecaster f = forecaster instanceof CombinedForecaster c ? c.parts().get(0) : forecaster;
        return f instanceof LstmForecaster lstm ? Optional.of(lstm) : Optional.empty();
    }

    /** The neural model in {@code model}, if any. */
    public static Optional<LstmVolatilityModel> of(VolatilityModel model) {
        VolatilityModel m = model instanceof CombinedModel c ? c.parts().get(0) : model;
        return m instanceof LstmVolatilityModel lstm ? Optional.of(lstm) : Optional.empty();
    }

    /**
     * {@code forecaster} with its neural part replaced by {@code change} applied to it (e.g. fitting through a
     * checkpoint); unchanged when it has none.
     */
    public static VolatilityForecaster replace(VolatilityForecaster forecaster,
                                               Function<LstmForecaster, VolatilityForecaster> change) {
        if (forecaster instanceof CombinedForecaster c) {
            return c.mapParts(p -> p instanceof LstmForecaster lstm ? change.apply(lstm) : p);
        }
        return forecaster instanceof LstmForecaster lstm ? change.apply(lstm) : forecaster;
    }
}
