package org.lstmrisk.lstm.forecast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.core.forecast.VolatilityModel;
import org.lstmrisk.core.features.Scaler;
import org.lstmrisk.core.features.ScalerKind;
import org.lstmrisk.core.macro.MacroSeries;
import org.lstmrisk.lstm.AdamState;
import org.lstmrisk.lstm.NetworkWeights;
import org.lstmrisk.lstm.SequenceDataset;
import org.lstmrisk.lstm.Trainer;
import org.lstmrisk.lstm.TrainingResult;
import org.lstmrisk.lstm.kernel.KernelChoice;

/**
 * The per-stock LSTM (or RNN) volatility forecaster: builds feature windows and realised-volatility targets
 * from the history up to the as-of date, fits the feature scaler and the target scaling on the training slice
 * only, trains with early stopping on the following validation slice, and returns an immutable
 * {@link LstmVolatilityModel}. Stateless and thread-safe: parallel fits of different tickers share nothing.
 */
public final class LstmForecaster implements VolatilityForecaster {

    private final LstmVolatilityConfig config;
    private final Optional<MacroSeries> macro;
    private final KernelChoice kernel;

    /**
     * A forecaster.
     *
     * @param config the configuration
     * @param macro  the GDP series, required when a feature needs it
     * @param kernel the matrix kernels to compute with (both give the same results to rounding)
     */
    public LstmForecaster(LstmVolatilityConfig config, Optional<MacroSeries> macro, KernelChoice kernel) {
        this.config = Objects.requireNonNull(config, "config");
        this.macro = Objects.requireNonNull(macro, "macro");
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        if (config.features().needsMacro() && macro.isEmpty()) {
            throw new IllegalArgumentException("features " + config.features().spec() + " need a GDP series");
        }
    }

    /** A forecaster without a macro series, on the kernel chosen by {@link KernelChoice#fromSystemProperty()}. */
    public LstmForecaster(LstmVolatilityConfig config) {
        this(config, Optional.empty(), KernelChoice.fromSystemProperty());
    }

    /** The configuration. */
    public LstmVolatilityConfig config() {
        return config;
    }

    /** The macro series features may use. */
    public Optional<MacroSeries> macro() {
        return macro;
    }

    /** The kernels used. */
    public KernelChoice kernel() {
        return kernel;
    }

    /**
     * The same forecaster without online learning or scheduled refits: a fitted model then only predicts with
     * its weights frozen. Used to replay a year of out-of-sample forecasts cheaply for the report.
     */
    public LstmForecaster frozen() {
        return new LstmForecaster(config.withSchedule(config.maxTrainingSamples(), 0, 0), macro, kernel);
    }

    @Override
    public String name() {
        return config.modelName();
    }

    @Override
    public int minimumHistory() {
        int warmUp = config.features().features().stream().mapToInt(f -> f.warmUpDays()).max().orElse(0);
        return warmUp + config.window() + config.horizonDays() + LstmVolatilityConfig.MINIMUM_SAMPLES;
    }

    @Override
    public LstmVolatilityModel fit(PriceSeries history) {
        return fit(history, Optional.empty());
    }

    /** True unless refits start warm from the previous fit's weights. */
    @Override
    public boolean refitsFromScratch() {
        return config.warmStartEpochs() == 0;
    }

    /**
     * A scheduled refit on {@code history}: with {@link LstmVolatilityConfig#warmStartEpochs() warm starts}
     * configured and a {@code previous} model of this configuration, training starts from its weights (with a
     * fresh optimiser) for at most that many epochs; otherwise this is {@link #fit(PriceSeries)}.
     */
    @Override
    public LstmVolatilityModel refit(PriceSeries history, VolatilityModel previous) {
        if (config.warmStartEpochs() > 0 && previous instanceof LstmVolatilityModel m
                && m.forecaster().config().equals(config)) {
            return fit(history, Optional.of(m.members()));
        }
        return fit(history);
    }

    private LstmVolatilityModel fit(PriceSeries history, Optional<List<NetworkWeights>> start) {
        return train(history, start, config.warmStartEpochs());
    }

    /**
     * A fit on {@code history} whose members start from {@code start} (one weight set per ensemble member, e.g. a
     * network pre-trained on many stocks) and train at most {@code epochs} epochs with a fresh optimiser, early
     * stopping as configured; the scalers are fitted on this history's training slice as in {@link #fit}.
     *
     * @throws IllegalArgumentException when the history is too short, {@code epochs < 1} or the start does not fit
     */
    public LstmVolatilityModel fitFrom(PriceSeries history, List<NetworkWeights> start, int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("a fit from given weights trains at least 1 epoch, was " + epochs);
        }
        if (start.size() != config.ensembleSize()) {
            throw new IllegalArgumentException(start.size() + " starting weight sets for an ensemble of "
                    + config.ensembleSize());
        }
        return train(history, Optional.of(start), epochs);
    }

    /**
     * What a fit on {@code history} trains on: the samples, the scalers fitted on the training slice, the training
     * and validation datasets (the latter null without a validation fraction).
     *
     * @throws IllegalArgumentException when the history has fewer complete samples than a fit needs
     */
    FitData prepare(PriceSeries history) {
        TrainingSamples samples = new TrainingSamples(config, history, macro);
        int last = samples.lastCompleteSample();
        int first = samples.firstSample();
        if (config.maxTrainingSamples() > 0) {
            first = Math.max(first, last - config.maxTrainingSamples() + 1);
        }
        int count = last - first + 1;
        if (count < LstmVolatilityConfig.MINIMUM_SAMPLES) {
            throw new IllegalArgumentException(history.ticker() + ": " + Math.max(count, 0) + " complete samples up to "
                    + history.lastDate() + "; the " + name() + " needs at least " + LstmVolatilityConfig.MINIMUM_SAMPLES);
        }
        int validation = (int) Math.floor(count * config.training().validationFraction());
        int trainLast = last - validation;
        var featureScaler = samples.fitFeatureScaler(first, trainLast);
        var targetScaling = samples.fitTargetScaling(first, trainLast);
        var train = samples.dataset(first, trainLast, featureScaler, targetScaling);
        var valid = validation == 0 ? null : samples.dataset(trainLast + 1, last, featureScaler, targetScaling);
        return new FitData(samples, featureScaler, targetScaling, train, valid, trainLast + 1);
    }

    /**
     * The training material of one fit.
     *
     * @param validFrom the sample index of the first validation sample
     */
    record FitData(TrainingSamples samples, Scaler featureScaler,
                   TargetScaling targetScaling, SequenceDataset train, SequenceDataset valid, int validFrom) {
    }

    private LstmVolatilityModel train(PriceSeries history, Optional<List<NetworkWeights>> start, int startEpochs) {
        FitData data = prepare(history);
        TrainingSamples samples = data.samples();
        var featureScaler = data.featureScaler();
        var targetScaling = data.targetScaling();
        var train = data.train();
        var valid = data.valid();
        var members = new ArrayList<NetworkWeights>(config.ensembleSize());
        var states = new ArrayList<AdamState>(config.ensembleSize());
        TrainingResult memberZero = null;
        for (int j = 0; j < config.ensembleSize(); j++) {
            var training = config.memberTraining(j);
            if (start.isPresent()) {
                training = training.withEpochs(startEpochs);
            }
            var trainer = new Trainer(config.network(), training, kernel);
            TrainingResult result = start.isPresent()
                    ? trainer.fit(train, valid, start.get().get(j), AdamState.initial(config.network()))
                    : trainer.fit(train, valid);
            members.add(result.weights());
            states.add(result.optimizerState());
            if (j == 0) {
                memberZero = result;
            }
        }
        if (config.calibrated() && valid != null) {
            targetScaling = calibratedOn(samples, valid, data.validFrom(), members, targetScaling);
        }
        var summary = new TrainingSummary(memberZero.trainLoss(), memberZero.validationLoss(), memberZero.bestEpoch(),
                train.size(), valid == null ? 0 : valid.size());
        int today = samples.lastDay();
        double output = samples.modelOutput(
                LstmVolatilityModel.meanOutput(members, this, samples.window(today, featureScaler)), today);
        return new LstmVolatilityModel(this, history.ticker(), history.lastDate(), history.close(today), members,
                states, featureScaler, targetScaling, output, 0, summary);
    }

    /**
     * {@code scaling} with the QLIKE recalibration fitted on the validation samples {@code valid}, whose first is day
     * {@code from}, as the mean of the {@code members}' outputs predicts them.
     */
    private TargetScaling calibratedOn(TrainingSamples samples, SequenceDataset valid, int from,
                                       List<NetworkWeights> members, TargetScaling scaling) {
        double[] outputs = LstmVolatilityModel.meanOutputs(members, this, valid);
        double[] variances = new double[outputs.length];
        for (int i = 0; i < outputs.length; i++) {
            outputs[i] = samples.modelOutput(outputs[i], from + i);
            variances[i] = scaling.relativeVariance(samples.realised(from + i));
        }
        return scaling.withCalibration(QlikeCalibration.fit(outputs, variances));
    }

    /**
     * The model format and everything that determines the forecasts, for run records, logs and the reuse of an
     * evaluation's forecasts: the main settings always, then each other setting that differs from
     * {@link LstmVolatilityConfig#defaults}' (training tuning, dense head, scaler, horizon), the GDP series' content
     * when a feature reads it, and the kernel when it is not the Vector API's (the kernels agree only to rounding).
     */
    @Override
    public String toString() {
        var text = new StringJoiner(", ", "LstmForecaster[", "]");
        settings().forEach((name, value) -> text.add(value.isEmpty() ? name : name + "=" + value));
        return text.toString();
    }

    /**
     * The settings {@link #toString} names, in its order, name to value; a flag that is set (such as
     * {@code calibrated}) has the empty value. Two forecasters with equal settings make the same forecasts.
     */
    public Map<String, String> settings() {
        var t = config.training();
        var s = new LinkedHashMap<String, String>();
        s.put("format", String.valueOf(LstmModelFile.formatOf(config)));
        s.put("features", config.features().spec());
        s.put("window", String.valueOf(config.window()));
        s.put("layers", String.valueOf(config.recurrentSizes()));
        s.put("cell", String.valueOf(config.cellType()));
        s.put("loss", LstmModelFile.lossSpec(t.loss()));
        s.put("epochs", String.valueOf(t.epochs()));
        s.put("batch", String.valueOf(t.batchSize()));
        s.put("lr", String.valueOf(t.learningRate()));
        s.put("seed", String.valueOf(t.seed()));
        s.put("target", config.targetEstimator().name());
        s.put("maxSamples", String.valueOf(config.maxTrainingSamples()));
        s.put("onlineSteps", String.valueOf(config.onlineSteps()));
        s.put("refitEvery", String.valueOf(config.refitEveryDays()));
        config.varianceBaseline().ifPresent(b -> s.put("baseline", b.spec()));
        putIf(s, config.warmStartEpochs() > 0, "warmStartEpochs", config.warmStartEpochs());
        putIf(s, config.calibrated(), "calibrated", "");
        putIf(s, config.ensembleSize() > 1, "ensemble", config.ensembleSize());
        putIf(s, config.skipDays() > 0, "skipDays", config.skipDays());
        putOtherSettings(s);
        return Collections.unmodifiableMap(s);
    }

    /** The settings that are named only when they differ from the default's. */
    private void putOtherSettings(Map<String, String> s) {
        var t = config.training();
        var d = LstmVolatilityConfig.defaults(1).training();
        putIfDiffers(s, "dropout", t.dropout(), d.dropout());
        putIfDiffers(s, "l2", t.l2(), d.l2());
        putIfDiffers(s, "clipNorm", t.clipNorm(), d.clipNorm());
        putIfDiffers(s, "patience", t.patience(), d.patience());
        putIfDiffers(s, "validationFraction", t.validationFraction(), d.validationFraction());
        putIfDiffers(s, "beta1", t.beta1(), d.beta1());
        putIfDiffers(s, "beta2", t.beta2(), d.beta2());
        putIfDiffers(s, "epsilon", t.epsilon(), d.epsilon());
        putIfDiffers(s, "denseHead", config.denseHeadSize(), 0);
        putIfDiffers(s, "scaler", config.scaler(), ScalerKind.Z_SCORE);
        putIfDiffers(s, "horizon", config.horizonDays(), 1);
        if (config.features().needsMacro()) {
            macro.ifPresent(m -> s.put("gdp", m.name() + " sha256:" + fingerprint(m)));
        }
        putIf(s, kernel != KernelChoice.VECTOR, "kernel", kernel.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static void putIfDiffers(Map<String, String> s, String name, Object value, Object byDefault) {
        putIf(s, !value.equals(byDefault), name, value);
    }

    private static void putIf(Map<String, String> s, boolean condition, String name, Object value) {
        if (condition) {
            s.put(name, String.valueOf(value));
        }
    }

    /** The first 16 hex digits of the SHA-256 of the series' dates and values. */
    private static String fingerprint(MacroSeries m) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            var bytes = new java.io.ByteArrayOutputStream();
            var out = new java.io.DataOutputStream(bytes);
            for (int i = 0; i < m.values().length; i++) {
                out.writeUTF(m.periodStarts().get(i).toString());
                out.writeUTF(m.publicationDates().get(i).toString());
                out.writeDouble(m.values()[i]);
            }
            return java.util.HexFormat.of().formatHex(digest.digest(bytes.toByteArray())).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
