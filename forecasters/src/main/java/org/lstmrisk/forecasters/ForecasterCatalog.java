package org.lstmrisk.forecasters;


import java.util.List;
import java.util.Optional;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.core.forecast.CombinedForecaster;
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
import org.lstmrisk.lstm.forecast.PooledLstmForecaster;
import org.lstmrisk.lstm.kernel.KernelChoice;

/**
 * The forecasters a run can name with {@code --model}, built from the run's settings.
 * This class is immutable and thread-safe.
 */
public final class ForecasterCatalog {

    /**
     * The model used when none is named: the product's LSTM averaged in log variance with GJR-GARCH(1,1), the best
     * configuration of docs/EVALUATION.md (lower QLIKE than either alone on the six development stocks, the five
     * indices and eight held-out stocks).
     */
    public static final String DEFAULT_MODEL = "lstm+gjr";

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

    private static final List<String> NEURAL = List.of("lstm", "rnn");

    /**
     * The single models {@link #create} accepts; it also accepts their combinations with equal weights in log
     * variance, named by joining two or more with {@code +} (e.g. {@code lstm+gjr}, see {@link CombinedForecaster}).
     */
    public List<String> names() {
        return NAMES;
    }

    /**
     * The forecaster called {@code name}, built from {@code options}.
     *
     * @throws UserInputException for an unknown name
     */
    public VolatilityForecaster create(String name, ForecasterOptions settings) {
        if (name.contains("+") || name.contains("@")) {
            return new CombinedForecaster(combinationParts(name).stream().map(p -> create(p, settings)).toList());
        }
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
        if (f instanceof CombinedForecaster combined) {
            return combined.mapParts(ForecasterCatalog::frozenIfNeural);
        }
        return frozenIfNeural(f);
    }

    private static VolatilityForecaster frozenIfNeural(VolatilityForecaster f) {
        return f instanceof LstmForecaster lstm ? lstm.frozen() : f;
    }

    /**
     * The parts of a combination's name such as {@code lstm+gjr}: two or more of {@link #names()}, each once, with
     * a neural model (lstm, rnn) only first, where the nightly state keeps it.
     *
     * @throws UserInputException for any other name
     */
    static List<String> combinationParts(String name) {
        if (name.contains("@")) {
            throw new UserInputException("model '" + name + "': a run combines models with equal weights in log "
                    + "variance (e.g. lstm+gjr); fitted weights (@weight, @regression) need past forecasts and are "
                    + "scored by evaluate --combine only");
        }
        List<String> parts = List.of(name.split("\\+", -1));
        for (int j = 0; j < parts.size(); j++) {
            String p = parts.get(j);
            if (!NAMES.contains(p)) {
                throw new UserInputException("model '" + name + "': '" + p + "' is not a model; a combination joins "
                        + "two or more of " + String.join(", ", NAMES) + " with '+', e.g. lstm+gjr");
            }
            if (parts.indexOf(p) != j) {
                throw new UserInputException("model '" + name + "' names " + p + " twice");
            }
            if (j > 0 && NEURAL.contains(p)) {
                throw new UserInputException("model '" + name + "': the neural model " + p + " must come first "
                        + "(e.g. " + p + "+gjr), and a combination holds at most one");
            }
        }
        if (parts.size() < 2) {
            throw new UserInputException("model '" + name + "': a combination joins two or more models with '+'");
        }
        return parts;
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
        var forecaster = new LstmForecaster(config, settings.gdp(), KernelChoice.fromSystemProperty());
        var pooled = settings.lstm().pooledEpochs();
        if (pooled.isEmpty()) {
            return forecaster;
        }
        try {
            return new PooledLstmForecaster(forecaster, pooled.get(), settings.lstm().fineTuneEpochs().orElse(5));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("LSTM configuration: " + e.getMessage(), e);
        }
    }
}
