package org.lstmrisk.nightly.state;

import java.time.LocalDate;
import java.util.List;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.core.forecast.VolatilityModel;

/**
 * A run's model state from start to commit: it serves the starting models ({@link ModelSource}), writes the
 * models the run ends with as a new, uncommitted generation, and after the commit removes the generations no
 * longer current.
 */
public interface ModelState extends ModelSource {

    /** No state folder: every model is fitted from the data and nothing is stored. */
    ModelState NONE = new ModelState() {
        @Override
        public StartingModels start(VolatilityForecaster forecaster, List<String> positions, LocalDate asOf,
                                    PriceHistory data) {
            return StartingModels.NONE;
        }

        @Override
        public StagedModels stage(List<String> positions, List<VolatilityModel> models, StartingModels start) {
            return StagedModels.NONE;
        }

        @Override
        public void collectGarbage(StagedModels staged) {
        }
    };

    /**
     * Writes {@code models} (one per position, in {@code positions} order) and every stored model carried
     * forward as a new generation folder, durably, without making it current.
     */
    StagedModels stage(List<String> positions, List<VolatilityModel> models, StartingModels start);

    /** After {@code staged} was committed: deletes every generation folder but the current one. */
    void collectGarbage(StagedModels staged);
}
