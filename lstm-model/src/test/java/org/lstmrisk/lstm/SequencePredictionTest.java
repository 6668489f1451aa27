package org.lstmrisk.lstm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Prediction modes on networks whose output is known in closed form: all weights zero except the output
 * (output = bias, or output = w·h_T with h_T = σ(0)·tanh(c_T) computed here).
 */
class SequencePredictionTest {

    private static final NetworkConfig NET = new NetworkConfig(1, List.of(2), CellType.LSTM, 0);

    @Test
    void test_constantNetwork_allModesPredictTheBias() {
        SequencePrediction prediction = new SequencePrediction(new Predictor(weights(0.7, 0.0)));
        double[] series = {1, 2, 3, 4, 5, 6, 7};
        assertArrayEquals(new double[] {0.7, 0.7, 0.7, 0.7}, prediction.pointByPoint(series, 3), 0.0);
        assertArrayEquals(new double[] {0.7, 0.7, 0.7, 0.7, 0.7}, prediction.fullSequence(new double[] {1, 2}, 5), 0.0);
        double[][] multi = prediction.multiSequence(series, 3, 3);
        assertEquals(2, multi.length);
        assertEquals(3, multi[0].length);
        assertEquals(1, multi[1].length);
    }

    @Test
    void test_zeroRecurrentWeights_outputFollowsClosedForm() {
        // all gate pre-activations are 0: i = f = o = 1/2, g = 0 -> c stays 0 unless the bias moves g;
        // with candidate bias b_g: c_t = c_{t-1}/2 + tanh(b_g)/2, h_T = tanh(c_T)/2
        double bg = 0.9;
        NetworkWeights w = weights(0.1, 2.0, bg);
        double c = 0;
        for (int t = 0; t < 4; t++) {
            c = 0.5 * c + 0.5 * Math.tanh(bg);
        }
        double expected = 0.1 + 2.0 * 2 * 0.5 * Math.tanh(c);
        assertEquals(expected, new Predictor(w).predict(new double[] {3, -1, 4, 1}), 1e-14);
        assertThrows(IllegalArgumentException.class, () -> new SequencePrediction(new Predictor(
                NetworkWeights.initial(new NetworkConfig(2, List.of(2), CellType.LSTM, 0), 1))));
    }

    @Test
    void test_skipPath_addsTheLastStepsInputsLinearly_toTheNetworksOutput() {
        // the same closed-form network, with a skip path over the last 3 of 4 steps of 2 features
        var net = new NetworkConfig(2, List.of(2), CellType.LSTM, 0, 3);
        double bg = 0.9;
        double[] skip = {0.5, -0.25, 1.5, 2.0, -3.0, 0.125}; // row s·2 + i: input i of the step s before the last
        List<Tensor> tensors = new ArrayList<>();
        for (Tensor t : NetworkWeights.initial(net, 1).tensors()) {
            double[] v = new double[t.rows() * t.cols()];
            switch (t.name()) {
                case "output.bias" -> v[0] = 0.1;
                case "output.kernel" -> java.util.Arrays.fill(v, 2.0);
                case "layer0.bias" -> {
                    v[4] = bg;
                    v[5] = bg;
                }
                case "skip.kernel" -> System.arraycopy(skip, 0, v, 0, skip.length);
                default -> { }
            }
            tensors.add(new Tensor(t.name(), t.rows(), t.cols(), v));
        }
        double[] window = {3, -1, 4, 1, -5, 9, 2, 6}; // 4 steps × 2 features, oldest first
        double c = 0;
        for (int t = 0; t < 4; t++) {
            c = 0.5 * c + 0.5 * Math.tanh(bg);
        }
        double expected = 0.1 + 2.0 * 2 * 0.5 * Math.tanh(c)
                + 0.5 * 2 - 0.25 * 6 + 1.5 * -5 + 2.0 * 9 - 3.0 * 4 + 0.125 * 1;
        for (var kernel : org.lstmrisk.lstm.kernel.KernelChoice.values()) {
            assertEquals(expected, new Predictor(NetworkWeights.fromTensors(net, tensors), kernel).predict(window),
                    1e-13, kernel.name());
        }
        assertThrows(IllegalArgumentException.class, () -> new Predictor(NetworkWeights.fromTensors(net, tensors))
                .predict(new double[] {1, 2, 3, 4}), "a window shorter than the skip path");
    }

    private static NetworkWeights weights(double outputBias, double outputWeight) {
        return weights(outputBias, outputWeight, 0.0);
    }

    private static NetworkWeights weights(double outputBias, double outputWeight, double candidateBias) {
        List<Tensor> tensors = new ArrayList<>();
        for (Tensor t : NetworkWeights.initial(NET, 1).tensors()) {
            double[] v = new double[t.rows() * t.cols()];
            switch (t.name()) {
                case "output.bias" -> v[0] = outputBias;
                case "output.kernel" -> java.util.Arrays.fill(v, outputWeight);
                case "layer0.bias" -> {
                    v[4] = candidateBias;
                    v[5] = candidateBias;
                }
                default -> { }
            }
            tensors.add(new Tensor(t.name(), t.rows(), t.cols(), v));
        }
        return NetworkWeights.fromTensors(NET, tensors);
    }
}
