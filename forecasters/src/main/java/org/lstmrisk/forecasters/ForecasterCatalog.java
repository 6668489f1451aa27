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

    /** The lstm/rnn preset used when none is named. */
    public static final String DEFAULT_LSTM_PRESET = "default";

    /**
     * The lstm/rnn presets: {@code default} ({@link LstmVolatilityConfig#defaults}) and {@code small}
     * ({@link LstmVolatilityConfig#smallPreset}: 20 units over 20 days of return, 20-day Garman–Klass volatility,
     * volume and GDP growth as published; needs a GDP series).
     */
    public static final List<String> LSTM_PRESETS = List.of(DEFAULT_LSTM_PRESET, "small");

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

    /**
     * The named LSTM preset (or the same network with RNN cells) for the run's horizon, with the options' changes.
     *
     * @throws UserInputException for an unknown preset, an invalid change, or a {@code gdp} input without a GDP series
     */
    private static VolatilityForecaster lstm(ForecasterOptions settings, CellType cell) {
        LstmVolatilityConfig config = switch (settings.lstmPreset()) {
            case DEFAULT_LSTM_PRESET -> LstmVolatilityConfig.defaults(settings.horizonDays());
            case "small" -> LstmVolatilityConfig.smallPreset(settings.horizonDays());
            default -> throw new UserInputException("unknown LSTM preset '" + settings.lstmPreset() + "'; available: "
                    + String.join(", ", LSTM_PRESETS));
        };
        config = config.withCellType(cell);
        if (settings.epochs() > 0) {
            config = config.withTraining(config.training().withEpochs(settings.epochs()));
        }
        config = settings.lstm().applyTo(config);
        if (config.features().needsMacro() && settings.gdp().isEmpty()) {
            throw new UserInputException("the " + (cell == CellType.LSTM ? "lstm" : "rnn") + " inputs '"
                    + config.features().spec() + "' include gdp, which needs the GDP series: give it with --gdp FILE "
                    + "(FRED's quarterly layout, e.g. ../shared/data/GDPC1.csv)");
        }
        return new LstmForecaster(config, settings.gdp(), KernelChoice.fromSystemProperty());
    }
}
