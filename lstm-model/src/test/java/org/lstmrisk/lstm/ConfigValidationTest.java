package org.lstmrisk.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Validating constructors name the bad value; presets have the documented shapes. */
class ConfigValidationTest {

    @Test
    void test_networkConfig_presetsAndRejections() {
        NetworkConfig def = NetworkConfig.defaultNetwork();
        assertEquals(1, def.inputSize());
        assertEquals(List.of(64, 32), def.recurrentSizes());
        assertEquals(32, def.outputInputSize());
        assertEquals(new NetworkConfig(4, List.of(20), CellType.LSTM, 0), NetworkConfig.smallPreset());
        assertTrue(message(() -> new NetworkConfig(0, List.of(3), CellType.LSTM, 0)).contains("0"));
        assertTrue(message(() -> new NetworkConfig(1, List.of(3, 0), CellType.LSTM, 0)).contains("[3, 0]"));
        assertTrue(message(() -> new NetworkConfig(1, List.of(), CellType.RNN, 0)).contains("recurrentSizes"));
        assertTrue(message(() -> new NetworkConfig(1, List.of(3), CellType.RNN, -2)).contains("-2"));
        List<Integer> sizes = new ArrayList<>(List.of(3));
        NetworkConfig copy = new NetworkConfig(1, sizes, CellType.RNN, 0);
        sizes.add(4);
        assertEquals(1, copy.layers());
    }

    @Test
    void test_trainingConfig_rejectsBadValues() {
        TrainingConfig d = TrainingConfig.defaults();
        assertTrue(message(() -> d.withEpochs(0)).contains("epochs"));
        assertTrue(message(() -> d.withBatchSize(-1)).contains("-1"));
        assertTrue(message(() -> d.withLearningRate(Double.NaN)).contains("NaN"));
        assertTrue(message(() -> d.withDropout(1.0)).contains("dropout"));
        assertTrue(message(() -> d.withClipNorm(-1)).contains("clipNorm"));
        assertTrue(message(() -> d.withL2(-0.1)).contains("-0.1"));
        assertTrue(message(() -> d.withPatience(-3)).contains("-3"));
        assertTrue(message(() -> d.withValidationFraction(1.0)).contains("validationFraction"));
        assertTrue(message(() -> Loss.huber(0)).contains("delta"));
    }

    @Test
    void test_sequenceDataset_validatesAndSlices() {
        assertTrue(message(() -> new SequenceDataset(new double[5], new double[1], 2, 2)).contains("5"));
        assertTrue(message(() -> new SequenceDataset(new double[] {1, Double.NaN}, new double[1], 2, 1))
                .contains("input 1"));
        assertTrue(message(() -> new SequenceDataset(new double[2], new double[] {Double.POSITIVE_INFINITY}, 2, 1))
                .contains("target 0"));
        SequenceDataset w = SequenceDataset.windows(new double[] {1, 2, 3, 4, 5}, 2);
        assertEquals(3, w.size());
        assertEquals(new SequenceDataset(new double[] {2, 3, 3, 4}, new double[] {4, 5}, 2, 1), w.slice(1, 3));
        double[] inputs = w.inputs();
        inputs[0] = 100;
        assertEquals(1.0, w.inputs()[0]);
        assertThrows(IllegalArgumentException.class, () -> w.slice(2, 4));
    }

    @Test
    void test_trainer_rejectsWrongFeatureCountAndQlikeNonPositiveTargets() {
        NetworkConfig net = new NetworkConfig(2, List.of(3), CellType.LSTM, 0);
        SequenceDataset oneFeature = new SequenceDataset(new double[4], new double[] {1, 1}, 2, 1);
        assertTrue(message(() -> new Trainer(net, TrainingConfig.defaults()).fit(oneFeature)).contains("features"));
        SequenceDataset zeroTarget = new SequenceDataset(new double[8], new double[] {1, 0}, 2, 2);
        assertTrue(message(() -> new Trainer(net, TrainingConfig.defaults().withLoss(Loss.qlike())).fit(zeroTarget))
                .contains("target 1"));
    }

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }
}
