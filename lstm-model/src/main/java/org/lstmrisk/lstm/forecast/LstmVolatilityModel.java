package org.lstmrisk.lstm.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.features.Scaler;
import org.lstmrisk.core.forecast.VolatilityModel;
import org.lstmrisk.lstm.AdamState;
import org.lstmrisk.lstm.NetworkWeights;
import org.lstmrisk.lstm.OnlineUpdate;
import org.lstmrisk.lstm.Predictor;
import org.lstmrisk.lstm.SequenceDataset;
import org.lstmrisk.lstm.Trainer;

/**
 * A trained LSTM volatility model of one ticker as of the close of {@link #lastDate()}: the weights and optimiser
 * state of each network of its ensemble (one network unless the configuration has an ensemble), the scalers fitted
 * on its training slice, and the model output for the window ending today (the members' mean). Immutable:
 * {@link #update} returns a new model. This class is immutable and thread-safe.
 */
public final class LstmVolatilityModel implements VolatilityModel {

    private final LstmForecaster forecaster;
    private final String ticker;
    private final LocalDate lastDate;
    private final double lastClose;
    private final List<NetworkWeights> members;
    private final List<AdamState> memberStates;
    private final Scaler featureScaler;
    private final TargetScaling targetScaling;
    private final double output;
    private final int daysSinceRefit;
    private final TrainingSummary training;

    /**
     * A model of one network from its parts (used by the forecaster, the online update and the model file).
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
        this(forecaster, ticker, lastDate, lastClose, List.of(weights), List.of(optimizerState), featureScaler,
                targetScaling, output, daysSinceRefit, training);
    }

    /**
     * A model from its parts, with one weight set and Adam state per ensemble member.
     *
     * @param members      each member's weights, member 0 first; as many as the configuration's ensemble size
     * @param memberStates each member's Adam moments, in the same order
     * @param output       the mean of the members' outputs for the window ending at {@code lastDate}
     * @param training     loss curves of member 0's last full fit
     * @see #LstmVolatilityModel(LstmForecaster, String, LocalDate, double, NetworkWeights, AdamState, Scaler,
     *      TargetScaling, double, int, TrainingSummary)
     */
    public LstmVolatilityModel(LstmForecaster forecaster, String ticker, LocalDate lastDate, double lastClose,
                               List<NetworkWeights> members, List<AdamState> memberStates, Scaler featureScaler,
                               TargetScaling targetScaling, double output, int daysSinceRefit,
                               TrainingSummary training) {
        this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.lastDate = Objects.requireNonNull(lastDate, "lastDate");
        this.members = List.copyOf(members);
        this.memberStates = List.copyOf(memberStates);
        this.featureScaler = Objects.requireNonNull(featureScaler, "featureScaler");
        this.targetScaling = Objects.requireNonNull(targetScaling, "targetScaling");
        this.training = Objects.requireNonNull(training, "training");
        if (!(lastClose > 0) || !Double.isFinite(output) || daysSinceRefit < 0) {
            throw new IllegalArgumentException(ticker + ": last close " + lastClose + ", output " + output
                    + " and days since refit " + daysSinceRefit + " must be positive, finite and non-negative");
        }
        int size = forecaster.config().ensembleSize();
        if (this.members.size() != size || this.memberStates.size() != size) {
            throw new IllegalArgumentException(ticker + ": " + this.members.size() + " weight sets and "
                    + this.memberStates.size() + " optimiser states for an ensemble of " + size);
        }
        for (NetworkWeights w : this.members) {
            if (!w.config().equals(forecaster.config().network())) {
                throw new IllegalArgumentException(ticker + ": weights of shape " + w.config()
                        + " do not fit the configured network " + forecaster.config().network());
            }
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

    /** The weights of member 0, the network a one-network configuration has. */
    public NetworkWeights weights() {
        return members.get(0);
    }

    /** The Adam state of member 0. */
    public AdamState optimizerState() {
        return memberStates.get(0);
    }

    /** Each ensemble member's weights, member 0 first (one for a one-network configuration). */
    public List<NetworkWeights> members() {
        return members;
    }

    /** Each ensemble member's Adam state, in the order of {@link #members()}. */
    public List<AdamState> memberStates() {
        return memberStates;
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
        Trainer[] trainers = null;
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
            List<NetworkWeights> w = current.members;
            List<AdamState> adam = current.memberStates;
            int newest = day - config.horizonDays();
            if (config.onlineSteps() > 0 && newest >= samples.firstSample()) {
                int oldest = Math.max(samples.firstSample(), newest - config.training().batchSize() + 1);
                if (trainers == null) {
                    trainers = new Trainer[config.ensembleSize()];
                    for (int j = 0; j < trainers.length; j++) {
                        trainers[j] = new Trainer(config.network(), config.memberTraining(j), forecaster.kernel());
                    }
                }
                SequenceDataset recent = samples.dataset(oldest, newest, current.featureScaler, current.targetScaling);
                var stepped = new ArrayList<NetworkWeights>(w.size());
                var states = new ArrayList<AdamState>(w.size());
                for (int j = 0; j < w.size(); j++) {
                    OnlineUpdate step = trainers[j].trainSteps(w.get(j), adam.get(j), recent, config.onlineSteps());
                    stepped.add(step.weights());
                    states.add(step.optimizerState());
                }
                w = stepped;
                adam = states;
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
        double out = samples.modelOutput(meanOutput(members, frozen, samples.window(day, featureScaler)), day);
        return new LstmVolatilityModel(frozen, ticker, history.lastDate(), history.close(day), members, memberStates,
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
        double[] outputs = meanOutputs(members, forecaster, windows);
        double[] sigma = new double[outputs.length];
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = targetScaling.volatility(samples.modelOutput(outputs[i], fromIndex + i));
        }
        return sigma;
    }

    /** This model with its output recomputed for the window ending at its last date. */
    private LstmVolatilityModel withOutput(TrainingSamples samples) {
        int day = samples.lastDay();
        double out = samples.modelOutput(meanOutput(members, forecaster, samples.window(day, featureScaler)), day);
        return new LstmVolatilityModel(forecaster, ticker, lastDate, lastClose, members, memberStates, featureScaler,
                targetScaling, out, daysSinceRefit, training);
    }

    /**
     * The mean of the networks' outputs for one input window: the output itself for one network. For more, the
     * sum is taken in member order, so the result does not depend on threads.
     */
    static double meanOutput(List<NetworkWeights> networks, LstmForecaster forecaster, double[] window) {
        if (networks.size() == 1) {
            return new Predictor(networks.get(0), forecaster.kernel()).predict(window);
        }
        double sum = 0;
        for (NetworkWeights w : networks) {
            sum += new Predictor(w, forecaster.kernel()).predict(window);
        }
        return sum / networks.size();
    }

    /** {@link #meanOutput} for every window of {@code windows}, in one batch per network. */
    static double[] meanOutputs(List<NetworkWeights> networks, LstmForecaster forecaster, SequenceDataset windows) {
        double[] mean = new Predictor(networks.get(0), forecaster.kernel()).predict(windows);
        if (networks.size() == 1) {
            return mean;
        }
        for (int j = 1; j < networks.size(); j++) {
            double[] o = new Predictor(networks.get(j), forecaster.kernel()).predict(windows);
            for (int i = 0; i < mean.length; i++) {
                mean[i] += o[i];
            }
        }
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= networks.size();
        }
        return mean;
    }

    /** Equal when every persistent part is equal (the forecaster's configuration, not its macro data or kernels). */
    @Override
    public boolean equals(Object o) {
        return o instanceof LstmVolatilityModel m
                && forecaster.config().equals(m.forecaster.config())
                && ticker.equals(m.ticker) && lastDate.equals(m.lastDate)
                && Double.compare(lastClose, m.lastClose) == 0 && members.equals(m.members)
                && memberStates.equals(m.memberStates) && featureScaler.equals(m.featureScaler)
                && targetScaling.equals(m.targetScaling) && Double.compare(output, m.output) == 0
                && daysSinceRefit == m.daysSinceRefit && training.equals(m.training);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ticker, lastDate, members, output);
    }

    @Override
    public String toString() {
        return "LstmVolatilityModel[" + ticker + " as of " + lastDate + ", " + forecaster.config().modelName()
                + ", " + daysSinceRefit + " days since refit]";
    }
}
