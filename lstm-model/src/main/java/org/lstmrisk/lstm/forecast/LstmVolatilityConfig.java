package org.lstmrisk.lstm.forecast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lstmrisk.core.features.DailyFeature;
import org.lstmrisk.core.features.FeatureSet;
import org.lstmrisk.core.features.Features;
import org.lstmrisk.core.features.ScalerKind;
import org.lstmrisk.core.volatility.GarmanKlassYangZhangEstimator;
import org.lstmrisk.core.volatility.RealisedVolatilityEstimator;
import org.lstmrisk.lstm.CellType;
import org.lstmrisk.lstm.Loss;
import org.lstmrisk.lstm.NetworkConfig;
import org.lstmrisk.lstm.TrainingConfig;

/**
 * Everything that defines an LSTM (or RNN) volatility forecaster: its inputs, network, training, target and
 * the nightly predict–update schedule. With the QLIKE loss the network's output is the log of the forecast
 * daily variance (relative to the training slice's mean variance); with MSE or Huber it is the scaled daily
 * volatility. This class is immutable and thread-safe.
 *
 * @param features           daily input features, computed from data up to each day only
 * @param window             trading days per input sequence
 * @param recurrentSizes     hidden units per recurrent layer, bottom first
 * @param cellType           LSTM or plain tanh RNN
 * @param denseHeadSize      units of the optional dense head (0 for none)
 * @param training           optimiser, loss, epochs, early stopping, seed
 * @param scaler             how input features are scaled (fitted on the training slice only)
 * @param targetEstimator    realised-volatility proxy of the target (and of what the forecast is judged against)
 * @param horizonDays        forecast horizon h: the target is the realised daily volatility over t+1 … t+h
 * @param maxTrainingSamples the most recent samples used by a full fit (0 for all)
 * @param onlineSteps        gradient steps on the newest windows after each new day (0 for none)
 * @param refitEveryDays     a full refit after this many new days (0 for never)
 * @param varianceBaseline   QLIKE only: a daily volatility feature b (e.g. {@code ewma(0.94)}) that the network
 *                           corrects: the forecast variance is b_t² · scale · e^output, so the network learns the log
 *                           ratio of the coming variance to the baseline's forecast (a hybrid model). Empty: the
 *                           forecast variance is scale · e^output.
 * @param warmStartEpochs    0: every fit starts from fresh weights drawn from the seed (a cold start). Above 0: a
 *                           scheduled refit starts from the weights of the fit before it, with a fresh optimiser,
 *                           and trains for at most this many epochs (early stopping as configured); the first fit
 *                           of a history is always cold. Scalers are refitted on the new training slice either way.
 * @param calibrated         QLIKE only: after each fit, recalibrate the log-variance output affinely, a + b·o, with
 *                           the (a, b) that minimise QLIKE on the validation slice (held out from training), to
 *                           correct forecasts that move too little or sit at the wrong level
 * @param ensembleSize       networks per fit (1 for one): member j is trained as the single network would be but
 *                           from seed + j, on the same samples and scalers, and the forecast log variance is the
 *                           members' mean (the geometric mean of their variance forecasts); member 0 is the single
 *                           network of this configuration, to the bit
 * @param skipDays           0, or the last days of each window whose (scaled) inputs also reach the output linearly,
 *                           beside the recurrent layers, so that the forecast can follow inputs beyond the range the
 *                           gates saturate at (with {@code log(...)} inputs and QLIKE, a power law in the inputs)
 */
public record LstmVolatilityConfig(FeatureSet features, int window, List<Integer> recurrentSizes, CellType cellType,
                                   int denseHeadSize, TrainingConfig training, ScalerKind scaler,
                                   RealisedVolatilityEstimator targetEstimator, int horizonDays,
                                   int maxTrainingSamples, int onlineSteps, int refitEveryDays,
                                   Optional<DailyFeature> varianceBaseline, int warmStartEpochs,
                                   boolean calibrated, int ensembleSize, int skipDays) {

    /** The most networks an ensemble may have. */
    public static final int MAXIMUM_ENSEMBLE = 64;

    /** The fewest training samples a full fit accepts. */
    public static final int MINIMUM_SAMPLES = 100;

    /** The default's skip path: the inputs of the window's last 22 trading days (about a month). */
    public static final int DEFAULT_SKIP_DAYS = 22;

    /** Validates every field; the messages name the bad value. */
    public LstmVolatilityConfig {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(cellType, "cellType");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(scaler, "scaler");
        Objects.requireNonNull(targetEstimator, "targetEstimator");
        recurrentSizes = List.copyOf(recurrentSizes);
        if (window < 2) {
            throw new IllegalArgumentException("window must be at least 2 days, was " + window);
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 day, was " + horizonDays);
        }
        if (calibrated && !(training.loss() instanceof Loss.Qlike)) {
            throw new IllegalArgumentException("recalibration needs the QLIKE loss, whose output is a log variance");
        }
        if (calibrated && !(training.validationFraction() > 0)) {
            throw new IllegalArgumentException("recalibration needs a validation slice (a validation fraction above 0)");
        }
        if (ensembleSize < 1 || ensembleSize > MAXIMUM_ENSEMBLE) {
            throw new IllegalArgumentException("an ensemble has 1 to " + MAXIMUM_ENSEMBLE + " networks, was "
                    + ensembleSize);
        }
        if (ensembleSize > 1 && !(training.loss() instanceof Loss.Qlike)) {
            throw new IllegalArgumentException("an ensemble averages log variances, so it needs the QLIKE loss");
        }
        if (warmStartEpochs < 0) {
            throw new IllegalArgumentException("warm-start epochs must be 0 (cold refits) or positive, was "
                    + warmStartEpochs);
        }
        if (maxTrainingSamples < 0 || onlineSteps < 0 || refitEveryDays < 0) {
            throw new IllegalArgumentException("maxTrainingSamples, onlineSteps and refitEveryDays must be >= 0, were "
                    + maxTrainingSamples + ", " + onlineSteps + ", " + refitEveryDays);
        }
        if (maxTrainingSamples > 0 && maxTrainingSamples < MINIMUM_SAMPLES) {
            throw new IllegalArgumentException("maxTrainingSamples must be 0 (all) or at least " + MINIMUM_SAMPLES
                    + ", was " + maxTrainingSamples);
        }
        if (skipDays < 0 || skipDays > window) {
            throw new IllegalArgumentException("skip days must be 0 (none) or at most the window of " + window
                    + ", was " + skipDays);
        }
        network(features.size(), recurrentSizes, cellType, denseHeadSize, skipDays);
        Objects.requireNonNull(varianceBaseline, "varianceBaseline");
        if (varianceBaseline.isPresent() && !(training.loss() instanceof Loss.Qlike)) {
            throw new IllegalArgumentException("a variance baseline (" + varianceBaseline.get().spec()
                    + ") needs the QLIKE loss, whose output is a log variance");
        }
    }

    /** A configuration without the linear skip path. */
    public LstmVolatilityConfig(FeatureSet features, int window, List<Integer> recurrentSizes, CellType cellType,
                                int denseHeadSize, TrainingConfig training, ScalerKind scaler,
                                RealisedVolatilityEstimator targetEstimator, int horizonDays,
                                int maxTrainingSamples, int onlineSteps, int refitEveryDays,
                                Optional<DailyFeature> varianceBaseline, int warmStartEpochs,
                                boolean calibrated, int ensembleSize) {
        this(features, window, recurrentSizes, cellType, denseHeadSize, training, scaler, targetEstimator, horizonDays,
                maxTrainingSamples, onlineSteps, refitEveryDays, varianceBaseline, warmStartEpochs, calibrated,
                ensembleSize, 0);
    }

    /** A configuration of one network (no ensemble). */
    public LstmVolatilityConfig(FeatureSet features, int window, List<Integer> recurrentSizes, CellType cellType,
                                int denseHeadSize, TrainingConfig training, ScalerKind scaler,
                                RealisedVolatilityEstimator targetEstimator, int horizonDays,
                                int maxTrainingSamples, int onlineSteps, int refitEveryDays,
                                Optional<DailyFeature> varianceBaseline, int warmStartEpochs, boolean calibrated) {
        this(features, window, recurrentSizes, cellType, denseHeadSize, training, scaler, targetEstimator, horizonDays,
                maxTrainingSamples, onlineSteps, refitEveryDays, varianceBaseline, warmStartEpochs, calibrated, 1);
    }

    /** A configuration without a variance baseline whose refits start cold. */
    public LstmVolatilityConfig(FeatureSet features, int window, List<Integer> recurrentSizes, CellType cellType,
                                int denseHeadSize, TrainingConfig training, ScalerKind scaler,
                                RealisedVolatilityEstimator targetEstimator, int horizonDays,
                                int maxTrainingSamples, int onlineSteps, int refitEveryDays) {
        this(features, window, recurrentSizes, cellType, denseHeadSize, training, scaler, targetEstimator, horizonDays,
                maxTrainingSamples, onlineSteps, refitEveryDays, Optional.empty(), 0, false);
    }

    /**
     * The default, chosen by out-of-sample evaluation (docs/EVALUATION.md, "Making the LSTM earn its place"): window 60 of one
     * feature (the day's Garman–Klass volatility) → LSTM 64 → LSTM 32 → linear output, trained on QLIKE against the
     * Garman–Klass–Yang–Zhang realised volatility of the horizon (the range plus the overnight gap, so the
     * forecast is of close-to-close variance), on the last 2520 samples (about ten years), batch 32, Adam 1e-3, at
     * most 30 epochs with early stopping (patience 4) on the last 15 %. Between refits the weights stay as
     * fitted (no online steps: they made the forecasts chase recent noise); a full refit every 63 trading days.
     * The inputs of the window's last 22 days also reach the output through a linear skip path, so that forecasts
     * follow volatility beyond the range where the gates saturate (docs/EVALUATION.md, "Why the forecasts were too
     * smooth").
     */
    public static LstmVolatilityConfig defaults(int horizonDays) {
        TrainingConfig training = TrainingConfig.defaults().withEpochs(30).withLoss(Loss.qlike()).withPatience(4)
                .withValidationFraction(0.15).withSeed(20240308L);
        return new LstmVolatilityConfig(Features.parseList("vol(garman-klass,1)"), 60, List.of(64, 32), CellType.LSTM,
                0, training, ScalerKind.Z_SCORE, new GarmanKlassYangZhangEstimator(), horizonDays, 2520, 0, 63)
                .withSkipDays(DEFAULT_SKIP_DAYS);
    }

    /**
     * The small preset: four daily inputs (log return, 20-day Garman–Klass volatility, log volume, GDP growth as
     * published) over a window of 20 days → one LSTM layer of 20 units → linear output; otherwise as
     * {@link #defaults}. Needs a GDP series.
     */
    public static LstmVolatilityConfig smallPreset(int horizonDays) {
        LstmVolatilityConfig d = defaults(horizonDays);
        return new LstmVolatilityConfig(Features.parseList("return,vol(garman-klass,20),volume,gdp"), 20, List.of(20),
                CellType.LSTM, 0, d.training(), ScalerKind.MIN_MAX, d.targetEstimator(), horizonDays,
                d.maxTrainingSamples(), d.onlineSteps(), d.refitEveryDays());
    }

    /** The same configuration with another cell type (for the LSTM-versus-RNN comparison). */
    public LstmVolatilityConfig withCellType(CellType value) {
        return new LstmVolatilityConfig(features, window, recurrentSizes, value, denseHeadSize, training, scaler,
                targetEstimator, horizonDays, maxTrainingSamples, onlineSteps, refitEveryDays, varianceBaseline, warmStartEpochs, calibrated, ensembleSize, skipDays);
    }

    /** The same configuration with another training configuration. */
    public LstmVolatilityConfig withTraining(TrainingConfig value) {
        return new LstmVolatilityConfig(features, window, recurrentSizes, cellType, denseHeadSize, value, scaler,
                targetEstimator, horizonDays, maxTrainingSamples, onlineSteps, refitEveryDays, varianceBaseline, warmStartEpochs, calibrated, ensembleSize, skipDays);
    }

    /** The same configuration with other input features over another window length (trading days). */
    public LstmVolatilityConfig withInputs(FeatureSet value, int windowDays) {
        return new LstmVolatilityConfig(value, windowDays, recurrentSizes, cellType, denseHeadSize, training, scaler,
                targetEstimator, horizonDays, maxTrainingSamples, onlineSteps, refitEveryDays, varianceBaseline, warmStartEpochs, calibrated, ensembleSize, skipDays);
    }

    /** The same configuration with other recurrent layer sizes (bottom first). */
    public LstmVolatilityConfig withRecurrentSizes(List<Integer> value) {
        return new LstmVolatilityConfig(features, window, value, cellType, denseHeadSize, training, scaler,
                targetEstimator, horizonDays, maxTrainingSamples, onlineSteps, refitEveryDays, varianceBaseline, warmStartEpochs, calibrated, ensembleSize, skipDays);
    }

    /** The same configuration trained against another realised-volatility proxy. */
    public LstmVolatilityConfig withTarget(RealisedVolatilityEstimator value) {
        return new LstmVolatilityConfig(features, window, recurrentSizes, cellType, denseHeadSize, training, scaler,
                value, horizonDays, maxTrainingSamples, onlineSteps, refitEveryDays, varianceBaseline, warmStartEpochs, calibrated, ensembleSize, skipDays);
    }

    /** The same configuration correcting another variance baseline (empty for none). */
    public LstmVolatilityConfig withVarianceBaseline(Optional<DailyFeature> value) {
        return new LstmVolatilityConfig(features, window, recurrentSizes, cellType, denseHeadSize, training, scaler,
                targetEstimator, horizonDays, maxTrainingSamples, onlineSteps, refitEveryDays, value, warmStartEpochs, calibrated, ensembleSize, skipDays);
    }

    /** The same configuration with another sample limit, online step count and refit schedule. */
    public LstmVolatilityConfig withSchedule(int maxSamples, int steps, int refitEvery) {
        return new LstmVolatilityConfig(features, window, recurrentSizes, cellType, denseHeadSize, training, scaler,
                targetEstimator, horizonDays, maxSamples, steps, refitEvery, varianceBaseline, warmStartEpochs, calibrated, ensembleSize, skipDays);
    }

    /** The same configuration with scheduled refits starting warm for at most {@code epochs} epochs (0: cold). */
    public LstmVolatilityConfig withWarmStart(int epochs) {
        return new LstmVolatilityConfig(features, window, recurrentSizes, cellType, denseHeadSize, training, scaler,
                targetEstimator, horizonDays, maxTrainingSamples, onlineSteps, refitEveryDays, varianceBaseline, epochs,
                calibrated, ensembleSize, skipDays);
    }

    /** The same configuration with or without the recalibration of its output on the validation slice. */
    public LstmVolatilityConfig withCalibration(boolean value) {
        return new LstmVolatilityConfig(features, window, recurrentSizes, cellType, denseHeadSize, training, scaler,
                targetEstimator, horizonDays, maxTrainingSamples, onlineSteps, refitEveryDays, varianceBaseline,
                warmStartEpochs, value, ensembleSize, skipDays);
    }

    /** The same configuration with {@code size} networks per fit, seeded seed, seed + 1, … (1: one network). */
    public LstmVolatilityConfig withEnsemble(int size) {
        return new LstmVolatilityConfig(features, window, recurrentSizes, cellType, denseHeadSize, training, scaler,
                targetEstimator, horizonDays, maxTrainingSamples, onlineSteps, refitEveryDays, varianceBaseline,
                warmStartEpochs, calibrated, size, skipDays);
    }

    /**
     * The same configuration with a linear path from the inputs of the last {@code days} days of each window to the
     * output (0: none; see {@link NetworkConfig#skipDays()}).
     */
    public LstmVolatilityConfig withSkipDays(int days) {
        return new LstmVolatilityConfig(features, window, recurrentSizes, cellType, denseHeadSize, training, scaler,
                targetEstimator, horizonDays, maxTrainingSamples, onlineSteps, refitEveryDays, varianceBaseline,
                warmStartEpochs, calibrated, ensembleSize, days);
    }

    /** The training configuration of ensemble member {@code j}: this one's, seeded seed + j. */
    public TrainingConfig memberTraining(int j) {
        if (j < 0 || j >= ensembleSize) {
            throw new IndexOutOfBoundsException("member " + j + " of an ensemble of " + ensembleSize);
        }
        return j == 0 ? training : training.withSeed(training.seed() + j);
    }

    /** The network shape. */
    public NetworkConfig network() {
        return network(features.size(), recurrentSizes, cellType, denseHeadSize, skipDays);
    }

    private static NetworkConfig network(int inputs, List<Integer> sizes, CellType cell, int dense, int skip) {
        return new NetworkConfig(inputs, sizes, cell, dense, skip);
    }

    /** True when the network outputs a log variance trained on QLIKE, false for a scaled volatility. */
    public boolean logVarianceOutput() {
        return training.loss() instanceof Loss.Qlike;
    }

    /** The forecaster's name: {@code lstm} or {@code rnn}. */
    public String modelName() {
        return cellType == CellType.LSTM ? "lstm" : "rnn";
    }
}
