package org.lstmrisk.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Export and import of weights and Adam state as named tensors, value equality, initialisation rules. */
class NetworkWeightsTest {

    private static final NetworkConfig CONFIG = new NetworkConfig(3, List.of(5, 4), CellType.LSTM, 2);

    @Test
    void test_tensors_namesShapesAndCount() {
        NetworkWeights w = NetworkWeights.initial(CONFIG, 1);
        List<Tensor> tensors = w.tensors();
        List<String> names = tensors.stream().map(Tensor::name).toList();
        assertEquals(List.of("layer0.kernel", "layer0.bias", "layer1.kernel", "layer1.bias", "dense.kernel",
                "dense.bias", "output.kernel", "output.bias"), names);
        assertEquals(8, tensors.get(0).rows());
        assertEquals(20, tensors.get(0).cols());
        assertEquals(9, tensors.get(2).rows());
        assertEquals(16, tensors.get(2).cols());
        int total = tensors.stream().mapToInt(t -> t.rows() * t.cols()).sum();
        assertEquals((3 + 5) * 20 + 20 + (5 + 4) * 16 + 16 + 4 * 2 + 2 + 2 + 1, total);
        assertEquals(total, w.parameterCount());
    }

    @Test
    void test_roundTrip_equalByValue_andCopiesAreIndependent() {
        NetworkWeights w = NetworkWeights.initial(CONFIG, 1);
        NetworkWeights back = NetworkWeights.fromTensors(CONFIG, w.tensors());
        assertEquals(w, back);
        assertEquals(w.hashCode(), back.hashCode());
        assertEquals(w, NetworkWeights.initial(CONFIG, 1));
        assertNotEquals(w, NetworkWeights.initial(CONFIG, 2));
        double[] values = w.tensor("output.bias").values();
        values[0] = 99;
        assertEquals(0.0, w.tensor("output.bias").get(0, 0));
        List<Tensor> changed = new ArrayList<>(w.tensors());
        double[] bias = changed.get(7).values();
        bias[0] = 0.5;
        changed.set(7, new Tensor("output.bias", 1, 1, bias));
        assertNotEquals(w, NetworkWeights.fromTensors(CONFIG, changed));
    }

    @Test
    void test_fromTensors_rejectsMissingExtraMisshapenAndNonFinite() {
        List<Tensor> tensors = NetworkWeights.initial(CONFIG, 1).tensors();
        List<Tensor> missing = new ArrayList<>(tensors);
        missing.remove(3);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NetworkWeights.fromTensors(CONFIG, missing))
                .getMessage().contains("layer1.bias"));
        List<Tensor> extra = new ArrayList<>(tensors);
        extra.add(new Tensor("bogus", 1, 1, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> NetworkWeights.fromTensors(CONFIG, extra));
        List<Tensor> misshapen = new ArrayList<>(tensors);
        misshapen.set(7, new Tensor("output.bias", 1, 2, new double[2]));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NetworkWeights.fromTensors(CONFIG, misshapen))
                .getMessage().contains("1x2"));
        List<Tensor> nan = new ArrayList<>(tensors);
        nan.set(7, new Tensor("output.bias", 1, 1, new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> NetworkWeights.fromTensors(CONFIG, nan));
        assertThrows(IllegalArgumentException.class, () -> new Tensor("x", 2, 2, new double[3]));
    }

    @Test
    void test_initial_forgetBiasOne_orthonormalRecurrentRows_glorotBound() {
        NetworkWeights w = NetworkWeights.initial(CONFIG, 3);
        Tensor bias = w.tensor("layer0.bias");
        for (int j = 0; j < 20; j++) {
            assertEquals(j >= 5 && j < 10 ? 1.0 : 0.0, bias.get(0, j), "bias " + j);
        }
        Tensor kernel = w.tensor("layer0.kernel");
        double limit = Math.sqrt(6.0 / (3 + 20));
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 20; c++) {
                assertTrue(Math.abs(kernel.get(r, c)) <= limit);
            }
        }
        for (int a = 3; a < 8; a++) {
            for (int b = 3; b < 8; b++) {
                double dot = 0;
                for (int c = 0; c < 20; c++) {
                    dot += kernel.get(a, c) * kernel.get(b, c);
                }
                assertEquals(a == b ? 1.0 : 0.0, dot, 1e-12, "rows " + a + "," + b);
            }
        }
    }

    @Test
    void test_adamState_roundTripAndValidation() {
        AdamState zero = AdamState.initial(CONFIG);
        assertEquals(0, zero.step());
        assertEquals(16, zero.tensors().size());
        assertEquals("m/layer0.kernel", zero.tensors().get(0).name());
        assertEquals("v/output.bias", zero.tensors().get(15).name());
        AdamState back = AdamState.fromTensors(CONFIG, 0, zero.tensors());
        assertEquals(zero, back);
        assertNotEquals(zero, AdamState.fromTensors(CONFIG, 1, zero.tensors()));
        List<Tensor> negative = new ArrayList<>(zero.tensors());
        negative.set(15, new Tensor("v/output.bias", 1, 1, new double[] {-1}));
        assertThrows(IllegalArgumentException.class, () -> AdamState.fromTensors(CONFIG, 0, negative));
        assertThrows(IllegalArgumentException.class, () -> AdamState.fromTensors(CONFIG, -1, zero.tensors()));
    }
}
