package org.lstmrisk.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.lstmrisk.lstm.kernel.KernelChoice;

/** Early stopping restores the best weights; online updates continue training; predictions agree. */
class TrainerTest {

    private static final NetworkConfig NET = new NetworkConfig(1, List.of(6), CellType.LSTM, 0);

    @Test
    void test_earlyStopping_restoresBestWeights_andStopsAfterPatience() {
        // training pulls the output towards +1 while the validation targets are -1: validation gets worse
        SequenceDataset train = constant(200, 1.0, 1);
        SequenceDataset validation = constant(40, -1.0, 2);
        TrainingConfig training = TrainingConfig.defaults().withEpochs(20).withPatience(2).withLearningRate(0.01);
        TrainingResult result = new Trainer(NET, training).fit(train, validation);
        assertTrue(result.stoppedEarly());
        assertEquals(result.bestEpoch() + 2, result.epochsRun());
        assertEquals(Collections.min(result.validationLoss()), result.validationLoss().get(result.bestEpoch() - 1));
        double[] predicted = new Predictor(result.weights()).predict(validation);
        double restoredLoss = Loss.mse().evaluate(predicted, validation.targets(), predicted.length, null);
        assertEquals(result.validationLoss().get(result.bestEpoch() - 1), restoredLoss, 1e-12);
        assertTrue(result.trainLoss().get(result.epochsRun() - 1) < result.trainLoss().get(0));
    }

    @Test
    void test_withoutValidation_runsAllEpochs_lastEpochIsBest() {
        TrainingConfig training = TrainingConfig.defaults().withEpochs(3).withPatience(1).withValidationFraction(0);
        TrainingResult result = new Trainer(NET, training).fit(constant(50, 0.5, 3));
        assertEquals(3, result.epochsRun());
        assertEquals(3, result.bestEpoch());
        assertTrue(result.validationLoss().isEmpty());
        assertEquals(3 * 2, result.optimizerState().step()); // two batches of 32 per epoch
    }

    @Test
    void test_trainSteps_continuesFromStateAndLowersLossOnRecentWindows() {
        TrainingConfig training = TrainingConfig.defaults().withEpochs(2).withValidationFraction(0).withBatchSize(16)
                .withLearningRate(0.01);
        Trainer trainer = new Trainer(NET, training);
        TrainingResult fitted = trainer.fit(constant(64, 0.2, 4));
        SequenceDataset recent = constant(40, 0.8, 5);
        OnlineUpdate update = trainer.trainSteps(fitted.weights(), fitted.optimizerState(), recent, 30);
        assertEquals(fitted.optimizerState().step() + 30, update.optimizerState().step());
        double[] losses = update.stepLosses();
        assertTrue(losses[29] < losses[0] * 0.5, "online loss " + losses[0] + " -> " + losses[29]);
        assertNotEquals(fitted.weights(), update.weights());
        assertEquals(update, trainer.trainSteps(fitted.weights(), fitted.optimizerState(), recent, 30));
    }

    @Test
    void test_predictor_batchEqualsSingleWindow_andKernelsAgree() {
        SplittableRandom random = new SplittableRandom(9);
        NetworkConfig net = new NetworkConfig(3, List.of(10, 7), CellType.LSTM, 4);
        NetworkWeights weights = NetworkWeights.initial(net, 4);
        int n = 70; // more than one internal batch of 64
        double[] x = new double[n * 12 * 3];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        SequenceDataset data = new SequenceDataset(x, new double[n], 12, 3);
        double[] vector = new Predictor(weights, KernelChoice.VECTOR).predict(data);
        double[] ojalgo = new Predictor(weights, KernelChoice.OJALGO).predict(data);
        Predictor single = new Predictor(weights, KernelChoice.VECTOR);
        for (int i = 0; i < n; i++) {
            double[] window = java.util.Arrays.copyOfRange(x, i * 36, (i + 1) * 36);
            assertEquals(vector[i], single.predict(window), 1e-13, "sample " + i);
            assertEquals(vector[i], ojalgo[i], 1e-12, "sample " + i);
        }
    }

    @Test
    void test_ojAlgoAndVectorKernels_trainToTheSameWeights() {
        NetworkConfig net = new NetworkConfig(2, List.of(16, 9), CellType.LSTM, 3);
        SplittableRandom random = new SplittableRandom(11);
        int n = 96;
        double[] x = new double[n * 10 * 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = x[i * 20 + 19] * 0.5;
        }
        SequenceDataset data = new SequenceDataset(x, y, 10, 2);
        TrainingConfig training = TrainingConfig.defaults().withEpochs(3).withDropout(0.2).withL2(1e-4)
                .withValidationFraction(0.25);
        TrainingResult vector = new Trainer(net, training, KernelChoice.VECTOR).fit(data);
        TrainingResult ojalgo = new Trainer(net, training, KernelChoice.OJALGO).fit(data);
        assertEquals(vector.bestEpoch(), ojalgo.bestEpoch());
        List<Tensor> a = vector.weights().tensors();
        List<Tensor> b = ojalgo.weights().tensors();
        for (int t = 0; t < a.size(); t++) {
            double[] va = a.get(t).values();
            double[] vb = b.get(t).values();
            for (int i = 0; i < va.length; i++) {
                assertEquals(va[i], vb[i], 1e-9, a.get(t).name() + "[" + i + "]");
            }
        }
        for (int e = 0; e < 3; e++) {
            assertEquals(vector.validationLoss().get(e), ojalgo.validationLoss().get(e), 1e-10);
        }
    }

    private static SequenceDataset constant(int n, double target, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int window = 8;
        double[] x = new double[n * window];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian() * 0.1;
        }
        double[] y = new double[n];
        java.util.Arrays.fill(y, target);
        return new SequenceDataset(x, y, window, 1);
    }
}
