package org.lstmrisk.experiments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.core.features.Scaler;
import org.lstmrisk.core.features.ScalerKind;
import org.lstmrisk.core.progress.Progress;
import org.lstmrisk.lstm.CellType;
import org.lstmrisk.lstm.Loss;
import org.lstmrisk.lstm.NetworkConfig;
import org.lstmrisk.lstm.Predictor;
import org.lstmrisk.lstm.SequenceDataset;
import org.lstmrisk.lstm.Trainer;
import org.lstmrisk.lstm.TrainingConfig;
import org.lstmrisk.lstm.TrainingResult;
import org.lstmrisk.lstm.kernel.KernelChoice;

/**
 * Runs the SSE Composite experiment: sample i is closes[i .. i+window−1] → closes[i+window]; the samples are
 * cut chronologically into train / validation / test; a min-max scaler to [0, 1] is fitted on the closes the
 * training samples touch (never on validation or test closes, so there is no look-ahead); an LSTM and an RNN of
 * the same shape are trained for all epochs with Adam on MSE (no gradient clipping, no dropout, no L2), keeping
 * the weights of the epoch with the lowest validation loss; predictions are scaled back and scored in index
 * points beside the naive forecast closes[i+window−1]. Deterministic for a given seed. Stateless.
 */
public final class SseExperiment {

    /** Runs the published split and then {@code settings.repeats()} random splits. */
    public SseResult run(String source, List<LocalDate> dates, double[] closes, SseSettings settings,
            KernelChoice kernel, Progress progress) {
        if (dates.size() != closes.length) {
            throw new IllegalArgumentException(dates.size() + " dates but " + closes.length + " closes");
        }
        SseRun main = runOnce("published split", dates, closes, SplitFractions.published(), settings,
                settings.seed(), kernel, progress);
        List<SseRun> repeats = new ArrayList<>();
        List<SplitFractions> splits = SplitFractions.randomRepeats(settings.seed(), settings.repeats());
        for (int k = 0; k < splits.size(); k++) {
            repeats.add(runOnce("repeat " + (k + 1), dates, closes, splits.get(k), settings,
                    settings.seed() + k + 1, kernel, progress));
        }
        return new SseResult(settings, source, dates.get(0), dates.get(dates.size() - 1), closes.length, main,
                repeats);
    }

    /**
     * One split: trains the LSTM and the RNN with {@code trainingSeed} on {@code kernel} and scores them and the
     * naive forecast.
     */
    public SseRun runOnce(String label, List<LocalDate> dates, double[] closes, SplitFractions fractions,
            SseSettings settings, long trainingSeed, KernelChoice kernel, Progress progress) {
        int window = settings.window();
        SampleSplit split = fractions.apply(closes.length - window);
        Scaler scaler = trainingScaler(closes, split, window);
        double[] scaled = new double[closes.length];
        for (int i = 0; i < closes.length; i++) {
            scaled[i] = scaler.transform(0, closes[i]);
        }
        SequenceDataset all = SequenceDataset.windows(scaled, window);
        SequenceDataset train = all.slice(0, split.train());
        SequenceDataset validation = split.validation() > 0
                ? all.slice(split.train(), split.testStart()) : null;
        SequenceDataset test = all.slice(split.testStart(), split.total());
        double[] actual = new double[split.test()];
        double[] naive = new double[split.test()];
        for (int j = 0; j < split.test(); j++) {
            int target = split.testStart() + j + window;
            actual[j] = closes[target];
            naive[j] = closes[target - 1];
        }
        ModelOutcome lstm = train(CellType.LSTM, settings, trainingSeed, kernel, train, validation, test, scaler, actual,
                label, progress);
        ModelOutcome rnn = train(CellType.RNN, settings, trainingSeed, kernel, train, validation, test, scaler, actual,
                label, progress);
        return new SseRun(label, fractions, split, trainingSeed, scaler.inverse(0, 0), scaler.inverse(0, 1),
                dates.get(split.testStart() + window), dates.get(split.total() - 1 + window), lstm, rnn,
                RegressionMetrics.of(naive, actual));
    }

    /** The min-max scaler fitted on closes[0, train + window): every close an input or target of a training sample. */
    static Scaler trainingScaler(double[] closes, SampleSplit split, int window) {
        return Scaler.fit(ScalerKind.MIN_MAX, closes, 0, split.train() + window);
    }

    /** The training configuration: Adam(1e-3) on MSE, all epochs, no clipping, dropout or L2. */
    static TrainingConfig trainingConfig(SseSettings settings, long seed) {
        return TrainingConfig.defaults().withEpochs(settings.epochs()).withBatchSize(settings.batchSize())
                .withLearningRate(1e-3).withClipNorm(0).withL2(0).withDropout(0).withLoss(Loss.mse())
                .withSeed(seed).withPatience(0).withValidationFraction(0);
    }

    private static ModelOutcome train(CellType cell, SseSettings settings, long seed, KernelChoice kernel,
            SequenceDataset train,
            SequenceDataset validation, SequenceDataset test, Scaler scaler, double[] actual, String label,
            Progress progress) {
        progress.note(label + ": training " + cell + " (" + settings.epochs() + " epochs, " + train.size()
                + " samples)");
        NetworkConfig network = new NetworkConfig(1, settings.recurrentSizes(), cell, 0);
        TrainingResult fit = new Trainer(network, trainingConfig(settings, seed), kernel).fit(train, validation);
        double[] scaledPrediction = new Predictor(fit.weights(), kernel).predict(test);
        double[] predicted = new double[scaledPrediction.length];
        double[] errors = new double[predicted.length];
        for (int j = 0; j < predicted.length; j++) {
            predicted[j] = scaler.inverse(0, scaledPrediction[j]);
            errors[j] = predicted[j] - actual[j];
        }
        return new ModelOutcome(cell.name(), RegressionMetrics.of(predicted, actual), fit.trainLoss(),
                fit.validationLoss(), fit.bestEpoch(), errors);
    }
}
