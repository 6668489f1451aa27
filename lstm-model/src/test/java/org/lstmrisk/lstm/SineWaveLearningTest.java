package org.lstmrisk.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The network learns: on the shipped sine wave (window 50), after a short training on the first 80 % of the
 * series, the point-by-point RMSE on the held-out tail is below 0.05, far below predicting the last value
 * seen; and fed-back (full-sequence) predictions stay close to the wave for the first steps.
 */
class SineWaveLearningTest {

    private static final int WINDOW = 50;

    @Test
    void test_sineWave_pointByPointRmseOnHeldOutTail_below005() throws Exception {
        double[] series = SharedData.sineWave();
        assertEquals(5001, series.length);
        int split = (int) (series.length * 0.8);
        double[] train = Arrays.copyOfRange(series, 0, split);
        double[] test = Arrays.copyOfRange(series, split - WINDOW, series.length);
        NetworkConfig network = new NetworkConfig(1, List.of(20), CellType.LSTM, 0);
        TrainingConfig training = TrainingConfig.defaults().withEpochs(2).withLearningRate(0.01).withSeed(3)
                .withValidationFraction(0.1).withPatience(0);
        TrainingResult result = new Trainer(network, training).fit(SequenceDataset.windows(train, WINDOW));
        SequencePrediction prediction = new SequencePrediction(new Predictor(result.weights()));
        double[] predicted = prediction.pointByPoint(test, WINDOW);
        double se = 0;
        double naive = 0;
        for (int i = 0; i < predicted.length; i++) {
            double actual = test[WINDOW + i];
            se += (predicted[i] - actual) * (predicted[i] - actual);
            naive += (test[WINDOW + i - 1] - actual) * (test[WINDOW + i - 1] - actual);
        }
        double rmse = Math.sqrt(se / predicted.length);
        double naiveRmse = Math.sqrt(naive / predicted.length);
        System.out.printf("sine wave: point-by-point RMSE %.5f (last-value RMSE %.5f), losses %s / %s%n", rmse,
                naiveRmse, result.trainLoss(), result.validationLoss());
        assertTrue(rmse < 0.05, "point-by-point RMSE " + rmse);
        assertTrue(rmse < 0.25 * naiveRmse, "not clearly better than repeating the last value: " + rmse + " vs "
                + naiveRmse);

        double[] seed = Arrays.copyOfRange(test, 0, WINDOW);
        double[] fed = prediction.fullSequence(seed, 10);
        for (int i = 0; i < fed.length; i++) {
            assertEquals(test[WINDOW + i], fed[i], 0.15, "full-sequence step " + i);
        }
        double[][] multi = prediction.multiSequence(test, WINDOW, 25);
        assertEquals((predicted.length + 24) / 25, multi.length);
        assertEquals(fed[0], multi[0][0], 0.0);
        assertEquals(predicted[25], multi[1][0], 1e-12);
    }
}
