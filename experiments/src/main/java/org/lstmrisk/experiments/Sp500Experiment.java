package org.lstmrisk.experiments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Runs the S&amp;P 500 window-normalisation experiment of the {@code LSTM-Neural-Network-for-Time-Series-Prediction}
 * tutorial: rows (close, volume) split chronologically at trainShare; windows normalised by their first row;
 * stacked LSTMs with dropout trained with Adam on MSE (no validation: the last epoch's weights); then point-by-point,
 * full-sequence and multi-sequence predictions on the test windows. Deterministic for a given seed. Stateless.
 */
public final class Sp500Experiment {

    /** Runs the experiment on {@code close} and {@code volume} (both positive, one per date) with {@code kernel}. */
    public Sp500Result run(String source, List<LocalDate> dates, double[] close, double[] volume,
            Sp500Settings settings, KernelChoice kernel, Progress progress) {
        int n = close.length;
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {close[i], volume[i]};
        }
        int window = settings.window();
        int split = (int) (n * settings.trainShare());
        SequenceDataset train = NormalisedWindows.of(rows, 0, split, window);
        SequenceDataset test = NormalisedWindows.of(rows, split, n, window);
        progress.note("training LSTM " + settings.recurrentSizes() + " on " + train.size() + " windows, "
                + settings.epochs() + " epochs");
        NetworkConfig network = new NetworkConfig(2, settings.recurrentSizes(), CellType.LSTM, 0);
        TrainingConfig config = TrainingConfig.defaults().withEpochs(settings.epochs())
                .withBatchSize(settings.batchSize()).withLearningRate(1e-3).withClipNorm(0).withL2(0)
                .withDropout(settings.dropout()).withLoss(Loss.mse()).withSeed(settings.seed()).withPatience(0)
                .withValidationFraction(0);
        TrainingResult fit = new Trainer(network, config, kernel).fit(train, null);
        Predictor predictor = new Predictor(fit.weights(), kernel);
        progress.note("predicting " + test.size() + " test windows in three modes");
        List<PredictionModeResult> modes = List.of(
                pointByPoint(predictor, test, close, split, window),
                sequences("full-sequence", predictor, test, close, split, window, test.size(), test.size()),
                sequences("multi-sequence", predictor, test, close, split, window, settings.horizon(),
                        (test.size() / settings.horizon()) * settings.horizon()));
        return new Sp500Result(settings, source, dates.get(0), dates.get(n - 1), n, split, train.size(), test.size(),
                dates.get(split + window - 1), fit.trainLoss(), modes);
    }

    private static PredictionModeResult pointByPoint(Predictor predictor, SequenceDataset test, double[] close,
            int split, int window) {
        double[] predicted = predictor.predict(test);
        double[] actual = test.targets();
        int m = actual.length;
        double[] last = new double[m];
        double[] actualPrice = new double[m];
        double[] predictedPrice = new double[m];
        for (int j = 0; j < m; j++) {
            double base = close[split + j];
            last[j] = close[split + j + window - 2] / base - 1;
            actualPrice[j] = close[split + j + window - 1];
            predictedPrice[j] = WindowNormaliser.denormalise(base, predicted[j]);
        }
        return new PredictionModeResult("point-by-point", RegressionMetrics.of(predicted, actual),
                DirectionAccuracy.of(last, predicted, actual), RegressionMetrics.of(last, actual),
                DirectionAccuracy.upShare(last, actual), actualPrice, predictedPrice, new int[0]);
    }

    /**
     * Fed-back sequences of {@code horizon} steps, each started from the true test window at its first step, over
     * the first {@code steps} test targets.
     */
    private static PredictionModeResult sequences(String mode, Predictor predictor, SequenceDataset test,
            double[] close, int split, int window, int horizon, int steps) {
        FedBackSequence feed = new FedBackSequence(predictor);
        double[] inputs = test.inputs();
        int stride = (window - 1) * test.features();
        double[] predicted = new double[steps];
        double[] actual = new double[steps];
        double[] naive = new double[steps];
        double[] predictedFrom = new double[steps];
        double[] actualFrom = new double[steps];
        double[] actualPrice = new double[steps];
        double[] predictedPrice = new double[steps];
        List<Integer> starts = new ArrayList<>();
        for (int start = 0; start < steps; start += horizon) {
            starts.add(start);
            int length = Math.min(horizon, steps - start);
            double[] path = feed.predict(Arrays.copyOfRange(inputs, start * stride, (start + 1) * stride), length);
            double base = close[split + start];
            double lastTrue = close[split + start + window - 2] / base - 1;
            for (int k = 0; k < length; k++) {
                int i = start + k;
                double price = close[split + start + window - 1 + k];
                predicted[i] = path[k];
                actual[i] = price / base - 1;
                naive[i] = lastTrue;
                predictedFrom[i] = k == 0 ? lastTrue : path[k - 1];
                actualFrom[i] = k == 0 ? lastTrue : actual[i - 1];
                actualPrice[i] = price;
                predictedPrice[i] = WindowNormaliser.denormalise(base, path[k]);
            }
        }
        return new PredictionModeResult(mode, RegressionMetrics.of(predicted, actual),
                DirectionAccuracy.of(predictedFrom, predicted, actualFrom, actual), RegressionMetrics.of(naive, actual),
                DirectionAccuracy.upShare(actualFrom, actual), actualPrice, predictedPrice,
                starts.stream().mapToInt(Integer::intValue).toArray());
    }
}
