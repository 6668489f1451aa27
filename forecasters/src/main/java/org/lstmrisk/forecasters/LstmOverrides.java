package org.lstmrisk.forecasters;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.core.features.Features;
import org.lstmrisk.core.volatility.RealisedVolatilityEstimators;
import org.lstmrisk.lstm.Loss;
import org.lstmrisk.lstm.forecast.LstmVolatilityConfig;

/**
 * Command-line changes to the LSTM preset, each empty to keep the preset's value. This class is immutable and
 * thread-safe.
 *
 * @param features    input feature specifications, e.g. {@code log(vol(garman-klass-yz,1)),log(ewma(0.94))}
 * @param windowDays  trading days per input window
 * @param target      realised-volatility proxy trained on, e.g. {@code garman-klass-yz}
 * @param onlineSteps gradient steps on the newest windows after each new day (0 keeps the refit's weights)
 * @param baseline    variance baseline the network corrects, a volatility feature such as {@code ewma(0.94)},
 *                    or {@code none}
 * @param layers      hidden units of each recurrent layer, bottom first
 * @param dropout     probability of dropping a unit of each layer's input above the first recurrent layer
 * @param loss        training loss: {@code qlike}, {@code mse} or {@code huber:DELTA}
 * @param warmStart   most epochs of a refit that starts from the previous fit's weights (0: refits start cold)
 * @param calibrate   whether to recalibrate the output on the validation slice after each fit
 * @param seed        seed of the initial weights, the shuffling and dropout (another seed is another fit of the
 *                    same configuration)
 * @param ensemble    networks per fit, seeded seed, seed + 1, …, whose log-variance outputs are averaged (1: one)
 * @param pooledEpochs  present for pooled pre-training: at each fit date one network is trained for at most this
 *                      many epochs on every stock's standardised samples up to that date, and each stock's model
 *                      starts from it (evaluate only: it needs the universe of stocks)
 * @param fineTuneEpochs the most epochs of each stock's fit from the pooled network (default 5)
 * @param clipNorm    the largest global gradient norm of a training step, 0 for no clipping
 * @param patience    epochs without a lower validation loss before training stops
 * @param skipDays    the last days of each window whose inputs also reach the output linearly (0: none)
 */
public record LstmOverrides(Optional<String> features, Optional<Integer> windowDays, Optional<String> target,
                            Optional<Integer> onlineSteps, Optional<String> baseline, Optional<List<Integer>> layers,
                            Optional<Double> dropout, Optional<String> loss, Optional<Integer> warmStart,
                            Optional<Boolean> calibrate, Optional<Long> seed, Optional<Integer> ensemble,
                            Optional<Integer> pooledEpochs, Optional<Integer> fineTuneEpochs,
                            Optional<Double> clipNorm, Optional<Integer> patience, Optional<Integer> skipDays) {

    /** No change: the preset. */
    public static final LstmOverrides NONE = new LstmOverrides(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    /** Changes that keep the preset's skip path. */
    public LstmOverrides(Optional<String> features, Optional<Integer> windowDays, Optional<String> target,
                         Optional<Integer> onlineSteps, Optional<String> baseline, Optional<List<Integer>> layers,
                         Optional<Double> dropout, Optional<String> loss, Optional<Integer> warmStart,
                         Optional<Boolean> calibrate, Optional<Long> seed, Optional<Integer> ensemble,
                         Optional<Integer> pooledEpochs, Optional<Integer> fineTuneEpochs,
                         Optional<Double> clipNorm, Optional<Integer> patience) {
        this(features, windowDays, target, onlineSteps, baseline, layers, dropout, loss, warmStart, calibrate, seed,
                ensemble, pooledEpochs, fineTuneEpochs, clipNorm, patience, Optional.empty());
    }

    /** Changes that keep the preset's gradient clipping and early-stopping patience. */
    public LstmOverrides(Optional<String> features, Optional<Integer> windowDays, Optional<String> target,
                         Optional<Integer> onlineSteps, Optional<String> baseline, Optional<List<Integer>> layers,
                         Optional<Double> dropout, Optional<String> loss, Optional<Integer> warmStart,
                         Optional<Boolean> calibrate, Optional<Long> seed, Optional<Integer> ensemble,
                         Optional<Integer> pooledEpochs, Optional<Integer> fineTuneEpochs) {
        this(features, windowDays, target, onlineSteps, baseline, layers, dropout, loss, warmStart, calibrate, seed,
                ensemble, pooledEpochs, fineTuneEpochs, Optional.empty(), Optional.empty());
    }

    /** Changes without pooled pre-training. */
    public LstmOverrides(Optional<String> features, Optional<Integer> windowDays, Optional<String> target,
                         Optional<Integer> onlineSteps, Optional<String> baseline, Optional<List<Integer>> layers,
                         Optional<Double> dropout, Optional<String> loss, Optional<Integer> warmStart,
                         Optional<Boolean> calibrate, Optional<Long> seed, Optional<Integer> ensemble) {
        this(features, windowDays, target, onlineSteps, baseline, layers, dropout, loss, warmStart, calibrate, seed,
                ensemble, Optional.empty(), Optional.empty());
    }

    /** Changes that keep the preset's ensemble size. */
    public LstmOverrides(Optional<String> features, Optional<Integer> windowDays, Optional<String> target,
                         Optional<Integer> onlineSteps, Optional<String> baseline, Optional<List<Integer>> layers,
                         Optional<Double> dropout, Optional<String> loss, Optional<Integer> warmStart,
                         Optional<Boolean> calibrate, Optional<Long> seed) {
        this(features, windowDays, target, onlineSteps, baseline, layers, dropout, loss, warmStart, calibrate, seed,
                Optional.empty());
    }

    /** Changes that keep the preset's seed and ensemble size. */
    public LstmOverrides(Optional<String> features, Optional<Integer> windowDays, Optional<String> target,
                         Optional<Integer> onlineSteps, Optional<String> baseline, Optional<List<Integer>> layers,
                         Optional<Double> dropout, Optional<String> loss, Optional<Integer> warmStart,
                         Optional<Boolean> calibrate) {
        this(features, windowDays, target, onlineSteps, baseline, layers, dropout, loss, warmStart, calibrate,
                Optional.empty());
    }

    /** Changes that keep the preset's warm starts, calibration and seed. */
    public LstmOverrides(Optional<String> features, Optional<Integer> windowDays, Optional<String> target,
                         Optional<Integer> onlineSteps, Optional<String> baseline, Optional<List<Integer>> layers,
                         Optional<Double> dropout, Optional<String> loss) {
        this(features, windowDays, target, onlineSteps, baseline, layers, dropout, loss, Optional.empty(),
                Optional.empty());
    }

    /** Changes that keep the preset's dropout, loss and warm starts. */
    public LstmOverrides(Optional<String> features, Optional<Integer> windowDays, Optional<String> target,
                         Optional<Integer> onlineSteps, Optional<String> baseline, Optional<List<Integer>> layers) {
        this(features, windowDays, target, onlineSteps, baseline, layers, Optional.empty(), Optional.empty());
    }

    /** Checks for nulls. */
    public LstmOverrides {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(windowDays, "windowDays");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(onlineSteps, "onlineSteps");
        Objects.requireNonNull(baseline, "baseline");
        layers = Objects.requireNonNull(layers, "layers").map(List::copyOf);
        Objects.requireNonNull(dropout, "dropout");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(warmStart, "warmStart");
        Objects.requireNonNull(calibrate, "calibrate");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(ensemble, "ensemble");
        Objects.requireNonNull(pooledEpochs, "pooledEpochs");
        Objects.requireNonNull(fineTuneEpochs, "fineTuneEpochs");
        Objects.requireNonNull(clipNorm, "clipNorm");
        Objects.requireNonNull(patience, "patience");
        Objects.requireNonNull(skipDays, "skipDays");
        if (fineTuneEpochs.isPresent() && pooledEpochs.isEmpty()) {
            throw new UserInputException("fine-tuning epochs need pooled pre-training (--lstm-pooled EPOCHS)");
        }
    }

    /**
     * {@code preset} with these changes. A window shorter than the preset's skip path shortens the skip path to the
     * whole window unless the skip path is changed too.
     *
     * @throws UserInputException naming the bad value when a change is invalid
     */
    public LstmVolatilityConfig applyTo(LstmVolatilityConfig preset) {
        try {
            LstmVolatilityConfig c = preset;
            if (features.isPresent() || windowDays.isPresent()) {
                int window = windowDays.orElse(c.window());
                if (c.skipDays() > window) { // the given skip path, or the preset's shortened to the window
                    c = c.withSkipDays(skipDays.orElse(window));
                }
                c = c.withInputs(features.map(Features::parseList).orElse(c.features()), window);
            }
            if (target.isPresent()) {
                c = c.withTarget(RealisedVolatilityEstimators.byName(target.get()));
            }
            if (onlineSteps.isPresent()) {
                c = c.withSchedule(c.maxTrainingSamples(), onlineSteps.get(), c.refitEveryDays());
            }
            if (baseline.isPresent()) {
                String b = baseline.get().strip();
                c = c.withVarianceBaseline(b.equals("none") ? Optional.empty() : Optional.of(Features.parse(b)));
            }
            if (layers.isPresent()) {
                c = c.withRecurrentSizes(layers.get());
            }
            if (dropout.isPresent()) {
                c = c.withTraining(c.training().withDropout(dropout.get()));
            }
            if (loss.isPresent()) {
                c = c.withTraining(c.training().withLoss(Loss.parse(loss.get().strip())));
            }
            if (warmStart.isPresent()) {
                c = c.withWarmStart(warmStart.get());
            }
            if (calibrate.isPresent()) {
                c = c.withCalibration(calibrate.get());
            }
            if (seed.isPresent()) {
                c = c.withTraining(c.training().withSeed(seed.get()));
            }
            if (ensemble.isPresent()) {
                c = c.withEnsemble(ensemble.get());
            }
            if (clipNorm.isPresent()) {
                c = c.withTraining(c.training().withClipNorm(clipNorm.get()));
            }
            if (patience.isPresent()) {
                c = c.withTraining(c.training().withPatience(patience.get()));
            }
            if (skipDays.isPresent()) {
                c = c.withSkipDays(skipDays.get());
            }
            return c;
        } catch (IllegalArgumentException e) {
            throw new UserInputException("LSTM configuration: " + e.getMessage(), e);
        }
    }
}
