package org.lstmrisk.app.run;

import java.util.List;
import org.lstmrisk.app.UserInputException;
import org.lstmrisk.core.forecast.EwmaForecaster;
import org.lstmrisk.core.forecast.GarchForecaster;
import org.lstmrisk.core.forecast.GarchInnovations;
import org.lstmrisk.core.forecast.HarForecaster;
import org.lstmrisk.core.forecast.PersistenceForecaster;
import org.lstmrisk.core.forecast.VolatilityForecaster;

/**
 * The forecasters a run can name with {@code --model}, built from the run's settings.
 * This class is immutable and thread-safe.
 */
public final class ForecasterCatalog {

    /** The model used when none is named (the LSTM replaces it when it lands). */
    public static final String DEFAULT_MODEL = "ewma";

    private static final List<String> NAMES = List.of("ewma", "garch", "garch-t", "har", "persistence");

    /** The names that {@link #create} accepts. */
    public List<String> names() {
        return NAMES;
    }

    /**
     * The forecaster called {@code name}.
     *
     * @throws UserInputException for an unknown name
     */
    public VolatilityForecaster create(String name, RunSettings settings) {
        return switch (name) {
            case "ewma" -> new EwmaForecaster(settings.ewmaLambda(), EwmaForecaster.RISKMETRICS.seedDays());
            case "garch" -> GarchForecaster.GAUSSIAN;
            case "garch-t" -> new GarchForecaster(GarchInnovations.STUDENT_T, false);
            case "har" -> HarForecaster.CLOSE_TO_CLOSE;
            case "persistence" -> PersistenceForecaster.DEFAULT;
            default -> throw new UserInputException("unknown model '" + name + "'; available: " + String.join(", ", NAMES));
        };
    }
}
