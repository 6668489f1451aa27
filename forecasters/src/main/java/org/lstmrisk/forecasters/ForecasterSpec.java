package org.lstmrisk.forecasters;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.core.macro.MacroSeries;

/**
 * How to build a forecaster ({@link ForecasterCatalog#create} or, with {@code replay}, {@link
 * ForecasterCatalog#createForReplay}) in another process: the model's name and its options, serialisable so that a
 * cluster task can rebuild the very forecaster the driver uses (same configuration, same seed, so the same fit bit
 * for bit). This class is immutable and thread-safe.
 *
 * @param name    the model's name, one of {@link ForecasterCatalog#names()}
 * @param options the options it is built from
 * @param replay  true for the forecaster of the report's replay (a neural model frozen after its first fit)
 */
public record ForecasterSpec(String name, ForecasterOptions options, boolean replay) implements Serializable {

    /** Checks for nulls. */
    public ForecasterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
    }

    /** The forecaster this spec names, built by a new catalog. */
    public VolatilityForecaster create() {
        var catalog = new ForecasterCatalog();
        return replay ? catalog.createForReplay(name, options) : catalog.create(name, options);
    }

    @Serial
    private Object writeReplace() {
        return new SerialForm(this);
    }

    /**
     * The serial form: {@link Optional} is not serialisable, so every optional value is held as a nullable field
     * and the records are rebuilt on reading (through their constructors, which check them again).
     */
    private static final class SerialForm implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private final String name;
        private final boolean replay;
        private final int horizonDays;
        private final double ewmaLambda;
        private final int epochs;
        private final String lstmPreset;
        private final MacroSeries gdp;
        private final String features;
        private final Integer windowDays;
        private final String target;
        private final Integer onlineSteps;
        private final String baseline;
        private final ArrayList<Integer> layers;
        private final Double dropout;
        private final String loss;
        private final Integer warmStart;
        private final Boolean calibrate;
        private final Long seed;
        private final Integer ensemble;
        private final Integer pooledEpochs;
        private final Integer fineTuneEpochs;
        private final Double clipNorm;
        private final Integer patience;
        private final Integer skipDays;

        SerialForm(ForecasterSpec spec) {
            ForecasterOptions o = spec.options();
            LstmOverrides l = o.lstm();
            name = spec.name();
            replay = spec.replay();
            horizonDays = o.horizonDays();
            ewmaLambda = o.ewmaLambda();
            epochs = o.epochs();
            lstmPreset = o.lstmPreset();
            gdp = o.gdp().orElse(null);
            features = l.features().orElse(null);
            windowDays = l.windowDays().orElse(null);
            target = l.target().orElse(null);
            onlineSteps = l.onlineSteps().orElse(null);
            baseline = l.baseline().orElse(null);
            layers = l.layers().map(ArrayList::new).orElse(null);
            dropout = l.dropout().orElse(null);
            loss = l.loss().orElse(null);
            warmStart = l.warmStart().orElse(null);
            calibrate = l.calibrate().orElse(null);
            seed = l.seed().orElse(null);
            ensemble = l.ensemble().orElse(null);
            pooledEpochs = l.pooledEpochs().orElse(null);
            fineTuneEpochs = l.fineTuneEpochs().orElse(null);
            clipNorm = l.clipNorm().orElse(null);
            patience = l.patience().orElse(null);
            skipDays = l.skipDays().orElse(null);
        }

        @Serial
        private Object readResolve() {
            var lstm = new LstmOverrides(Optional.ofNullable(features), Optional.ofNullable(windowDays),
                    Optional.ofNullable(target), Optional.ofNullable(onlineSteps), Optional.ofNullable(baseline),
                    Optional.ofNullable(layers).map(List::copyOf), Optional.ofNullable(dropout),
                    Optional.ofNullable(loss), Optional.ofNullable(warmStart), Optional.ofNullable(calibrate),
                    Optional.ofNullable(seed), Optional.ofNullable(ensemble), Optional.ofNullable(pooledEpochs),
                    Optional.ofNullable(fineTuneEpochs), Optional.ofNullable(clipNorm), Optional.ofNullable(patience),
                    Optional.ofNullable(skipDays));
            var options = new ForecasterOptions(horizonDays, ewmaLambda, epochs, lstm, lstmPreset,
                    Optional.ofNullable(gdp));
            return new ForecasterSpec(name, options, replay);
        }
    }
}
