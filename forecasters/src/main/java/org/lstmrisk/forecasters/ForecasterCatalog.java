package org.lstmrisk.forecasters;


import java.util.List;
import java.util.Optional;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.core.forecast.EwmaForecaster;
import org.lstmrisk.core.forecast.GarchForecaster;
import org.lstmrisk.core.forecast.GarchInnovations;
import org.lstmrisk.core.forecast.GjrForecaster;
import org.lstmrisk.core.forecast.HarForecaster;
import org.lstmrisk.core.forecast.PersistenceForecaster;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.lstm.CellType;
import org.lstmrisk.lstm.forecast.LstmForecaster;
import org.lstmrisk.lstm.forecast.LstmVolatilityConfig;
import org.lstmrisk.lstm.kernel.KernelChoice;

/**
 * The forecasters a run can name with {@code --model}, built from the run's settings.
 * This class is immutable and thread-safe.
 */
public final class ForecasterCatalog {

    /** The model used when none is named: the product's LSTM. */
    public static final String DEFAULT_MODEL = "lstm";

    private static final List<String> NAMES = List.of("lstm", "rnn", "ewma", "garch", "garch-t", "har", "persistence",
            "gjr", "gjr-t");

    /** The names that {@link #create} accepts. */
    public List<String> names() {
        return NAMES;
    }

    /**
     * The forecaster called {@code name}, built from {@code options}.
     *
     * @throws UserInputException for an unknown name
     */
    public VolatilityForecaster create(String name, ForecasterOptions settings) {
        return switch (name) {
            case "lstm" -> lstm(settings, CellType.LSTM);
            case "rnn" -> lstm(settings, CellType.RNN);
            case "ewma" -> new EwmaForecaster(settings.ewmaLambda(), EwmaForecaster.RISKMETRICS.seedDays());
            case "garch" -> GarchForecaster.GAUSSIAN;
            case "garch-t" -> new GarchForecaster(GarchInnovations.STUDENT_T, false);
            case "gjr" -> GjrForecaster.GAUSSIAN;
            case "gjr-t" -> GjrForecaster.STUDENT_T;
            case "har" -> HarForecaster.CLOSE_TO_CLOSE;
            case "persistence" -> PersistenceForecaster.DEFAULT;
            default -> throw new UserInputException("unknown model '" + name + "'; available: " + String.join(", ", NAMES));
        };
    }

    /**
     * The forecaster called {@code name}, for replaying a year of forecasts in the report: the same forecaster,
     * except that neural models keep the weights of their first fit (out of sample, and a small fraction of the
     * cost of learning every day and refitting every quarter).
     */
    public VolatilityForecaster createForReplay(String name, ForecasterOptions settings) {
        VolatilityForecaster f = create(name, settings);
        return f instanceof LstmForecaster lstm ? lstm.frozen() : f;
    }

    /** The default LSTM configuration (or the same network with RNN cells) for the run's horizon. */
    private static VolatilityForecaster lstm(ForecasterOptions settings, CellType cell) {
        LstmVolatilityConfig config = LstmVolatilityConfig.defaults(settings.horizonDays()).withCellType(cell);
        if (settings.epochs() > 0) {
            config = config.withTraining(config.training().withEpochs(settings.epochs()));
        }
        config = settings.lstm().applyTo(config);
        return new LstmForecaster(config, Optional.empty(), KernelChoice.fromSystemProperty());
    }
}
