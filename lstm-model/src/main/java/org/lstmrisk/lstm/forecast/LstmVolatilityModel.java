package org.lstmrisk.lstm.forecast;

import java.time.LocalDate;
import java.util.Objects;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.features.Scaler;
import org.lstmrisk.core.forecast.VolatilityModel;
import org.lstmrisk.lstm.AdamState;
import org.lstmrisk.lstm.NetworkWeights;
import org.lstmrisk.lstm.OnlineUpdate;
import org.lstmrisk.lstm.Predictor;
import org.lstmrisk.lstm.Trainer;

/**
 * A trained LSTM volatility model of one ticker as of the close of {@link #lastDate()}: weights, optimiser
 * state, the scalers fitted on its training slice, and the network's output for the window ending today.
 * Immutable: {@link #update} returns a new model. This class is immutable and thread-safe.
 */
public final class LstmVolatilityModel implements VolatilityModel {

    private final LstmForecaster forecaster;
    private final String ticker;
    private final LocalDate lastDate;
    private final double lastClose;
    private final NetworkWeights weights;
    private final AdamState optimizerState;
    private final Scaler featureScaler;
    private final TargetScaling targetScaling;
    private final double output;
    private final int daysSinceRefit;
    private final TrainingSummary training;

    /**
     * A model from its parts (used by the forecaster, the online update and the model file).
     *
     * @param forecaster     the forecaster that made it (configuration, macro series, kernels)
     * @param ticker         the ticker
     * @param lastDate       the last day learned
     * @param lastClose      that day's (adjusted) close, to check that an update extends the same history
     * @param weights        network weights
     * @param optimizerState Adam moments, so online steps continue the optimisation
     * @param featureScaler  input scaler fitted on the training slice
     * @param targetScaling  target scaling fitted on the training slice
     * @param output         the model output for the window ending at {@code lastDate}: the network's output, plus
     *                       the log baseline variance when the configuration has a variance baseline
     * @param daysSinceRefit new days learned online since the last full fit
     * @param training       loss curves of the last full fit
     */
    public LstmVolatilityModel(LstmForecaster forecaster, String ticker, LocalDate lastDate, double lastClose,
                               NetworkWeights weights, AdamState optimizerState, Scaler featureScaler,
                               TargetScaling targetScaling, double output, int daysSinceRefit,
                               TrainingSummary training) {
        this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.lastDate = Objects.requireNonNull(lastDate, "lastDate");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.optimizerState = Objects.requireNonNull(optimizerState, "optimizerState");
        this.featureScaler = Objects.requireNonNull(featureScaler, "featureScaler");
        this.targetScaling = Objects.requireNonNull(targetScaling, "targetScaling");
        this.training = Objects.requireNonNull(training, "training");
        if (!(lastClose > 0) || !Double.isFinite(output) || daysSinceRefit < 0) {
            throw new IllegalArgumentException(ticker + ": last close " + lastClose + ", output " + output
                    + " and days since refit " + daysSinceRefit + " must be positive, finite and non-negative");
        }
        if (!weights.config().equals(forecaster.config().network())) {
            throw new IllegalArgumentException(ticker + ": weights of shape " + weights.config()
                    + " do not fit the configured network " + forecaster.config().network());
        }
        if (featureScaler.columns() != forecaster.config().features().size()) {
            throw new IllegalArgumentException(ticker + ": the scaler has " + featureScaler.columns()
                    + " columns but there are " + forecaster.config().features().size() + " features");
        }
        this.lastClose = lastClose;
        this.output = output;
        this.daysSinceRefit = daysSinceRefit;
    }

    @Override
    public String ticker() {
        return ticker;
    }

    @Override
    public LocalDate lastDate() {
        return lastDate;
    }

    /** The (adjusted) close on {@link #lastDate()}. */
    public double lastClose() {
        return lastClose;
    }

    /** The forecaster (configuration, macro series, kernels). */
    public LstmForecaster forecaster() {
        return forecaster;
    }

    /** Network weights. */
    public NetworkWeights weights() {
        return weights;
    }

    /** Adam state. */
    public AdamState optimizerState() {
        return optimizerState;
    }

    /** The input scaler fitted on the training slice. */
    public Scaler featureScaler() {
        return featureScaler;
    }

    /** The target scaling fitted on the training slice. */
    public TargetScaling targetScaling() {
        return targetScaling;
    }

    /** The model output for the window ending at {@link #lastDate()} (network output + log baseline variance, if any). */
    public double output() {
        return output;
    }

    /** New days learned online since the last full fit. */
    public int daysSinceRefit() {
        return daysSinceRefit;
    }

    /** Loss curves of the last full fit. */
    public TrainingSummary training() {
        return training;
    }

    /**
     * The daily volatility (fraction) forecast for t+1 … t+h.
     *
     * @throws IllegalArgumentException unless {@code horizonDays} is the horizon the model was trained for
     */
    @Override
    public double forecastVolatility(int horizonDays) {
        if (horizonDays != forecaster.config().horizonDays()) {
            throw new IllegalArgumentException(ticker + ": the model was trained for a " + forecaster.config().horizonDays()
                    + "-day horizon, not " + horizonDays);
        }
        return targetScaling.volatility(output);
    }

    /**
     * The predict–update cycle over the days of {@code history} after {@link #lastDate()}, one day at a time:
     * when day d closes, the target of the sample made h days earlier is complete, and the model takes the
     * configured gradient steps on the newest windows whose targets are known; every {@code refitEveryDays}
     * new days it is refitted on the history up to that day (from fresh weights, or from its own with warm
     * starts). Scalers stay as fitted between refits. Updating by several days at once equals updating day by day.
     */
    @Override
    public LstmVolatilityModel update(PriceSeries history) {
        if (!history.ticker().equals(ticker)) {
            throw new IllegalArgumentException("model of " + ticker + " cannot learn " + history.ticker() + "'s prices");
        }
        int known = history.indexOf(lastDate);
        if (known < 0 || history.close(known) != lastClose) {
            throw new IllegalArgumentException(ticker + ": the history does not extend the one the model learned "
                    + "(its close on " + lastDate + (known < 0 ? " is missing" : " is " + history.close(known)
                    + ", the model saw " + lastClose) + ")");
        }
        if (known == history.size() - 1) {
            return this;
        }
        LstmVolatilityConfig config = forecaster.config();
        TrainingSamples samples = new TrainingSamples(config, history, forecaster.macro());
        Trainer trainer = null;
        LstmVolatilityModel current = this;
        boolean outputIsCurrent = false;
        for (int day = known + 1; day < history.size(); day++) {
            int sinceRefit = current.daysSinceRefit + 1;
            if (config.refitEveryDays() > 0 && sinceRefit >= config.refitEveryDays()) {
                current = forecaster.refit(history.slice(0, day + 1), current);
                outputIsCurrent = true;
                continue;
            }
            outputIsCurrent = false;
            NetworkWeights w = current.weights;
            AdamState adam = current.optimizerState;
            int newest = day - config.horizonDays();
            if (config.onlineSteps() > 0 && newest >= samples.firstSample()) {
                int oldest = Math.max(samples.firstSample(), newest - config.training().batchSize() + 1);
                if (trainer == null) {
                    trainer = new Trainer(config.network(), config.training(), forecaster.kernel());
                }
                OnlineUpdate step = trainer.trainSteps(w, adam,
                        samples.dataset(oldest, newest, current.featureScaler, current.targetScaling),
                        config.onlineSteps());
                w = step.weights();
                adam = step.optimizerState();
            }
            current = new LstmVolatilityModel(forecaster, ticker, history.date(day), history.close(day), w, adam,
                    current.featureScaler, current.targetScaling, current.output, sinceRefit, current.training);
        }
        return outputIsCurrent ? current : current.withOutput(samples);
    }

    /**
     * This model's weights and scalers, unchanged and without online learning, positioned at the last day of
     * {@code history} (which may be earlier than {@link #lastDate()}): its forecast is what today's model says for
     * that day's window. Used to show the model's fit over the past year in the report; for days before the
     * model's last date this is in-sample, not a forecast that was available then.
     */
    public LstmVolatilityModel frozenAt(PriceSeries history) {
        if (!history.ticker().equals(ticker)) {
            throw new IllegalArgumentException("model of " + ticker + " cannot be applied to " + history.ticker());
        }
        LstmForecaster frozen = forecaster.frozen();
        TrainingSamples samples = new TrainingSamples(frozen.config(), history, frozen.macro());
        int day = samples.lastDay();
        if (day < samples.firstSample()) {
            throw new IllegalArgumentException(ticker + ": " + history.size() + " prices up to " + history.lastDate()
                    + " do not fill one input window");
        }
        double out = samples.modelOutput(
                new Predictor(weights, frozen.kernel()).predict(samples.window(day, featureScaler)), day);
        return new LstmVolatilityModel(frozen, ticker, history.lastDate(), history.close(day), weights, optimizerState,
                featureScaler, targetScaling, out, 0, training);
    }

    /**
     * The daily volatility forecasts (fractions, horizon h) that this model, with its weights frozen, gives for
     * the windows ending on each day from {@code fromIndex} to the last day of {@code history}, in one batch.
     * For days the model was trained on this is in-sample.
     */
    public double[] frozenForecasts(PriceSeries history, int fromIndex) {
        if (!history.ticker().equals(ticker)) {
            throw new IllegalArgumentException("model of " + ticker + " cannot be applied to " + history.ticker());
        }
        TrainingSamples samples = new TrainingSamples(forecaster.config(), history, forecaster.macro());
        int last = samples.lastDay();
        if (fromIndex < samples.firstSample() || fromIndex > last) {
            throw new IllegalArgumentException(ticker + ": windows from index " + fromIndex + " do not fit in "
                    + history.size() + " prices (the first full window ends at " + samples.firstSample() + ")");
        }
        var windows = samples.inputs(fromIndex, last, featureScaler);
        double[] outputs = new Predictor(weights, forecaster.kernel()).predict(windows);
        double[] sigma = new double[outputs.length];
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = targetScaling.volatility(samples.modelOutput(outputs[i], fromIndex + i));
        }
        return sigma;
    }

    /** This model with its output recomputed for the window ending at its last date. */
    private LstmVolatilityModel withOutput(TrainingSamples samples) {
        int day = samples.lastDay();
        double out = samples.modelOutput(
                new Predictor(weights, forecaster.kernel()).predict(samples.window(day, featureScaler)), day);
        return new LstmVolatilityModel(forecaster, ticker, lastDate, lastClose, weights, optimizerState, featureScaler,
                targetScaling, out, daysSinceRefit, training);
    }

    /** Equal when every persistent part is equal (the forecaster's configuration, not its macro data or kernels). */
    @Override
    public boolean equals(Object o) {
        return o instanceof LstmVolatilityModel m
                && forecaster.config().equals(m.forecaster.config())
                && ticker.equals(m.ticker) && lastDate.equals(m.lastDate)
                && Double.compare(lastClose, m.lastClose) == 0 && weights.equals(m.weights)
                && optimizerState.equals(m.optimizerState) && featureScaler.equals(m.featureScaler)
                && targetScaling.equals(m.targetScaling) && Double.compare(output, m.output) == 0
                && daysSinceRefit == m.daysSinceRefit && training.equals(m.training);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ticker, lastDate, weights, output);
    }

    @Override
    public String toString() {
        return "LstmVolatilityModel[" + ticker + " as of " + lastDate + ", " + forecaster.config().modelName()
                + ", " + daysSinceRefit + " days since refit]";
    }
}
