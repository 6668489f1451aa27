package org.lstmrisk.lstm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The trained parameters of one network: a value that can be exported as named tensors, imported again,
 * compared by value and shared between threads (trainers and predictors copy it into their own buffers).
 *
 * <p>Tensors, in order: for each recurrent layer l, {@code layer<l>.kernel} of (I + H) × gH (rows 0..I−1 act
 * on the layer input, rows I.. on the previous hidden state; for an LSTM the columns are the blocks input,
 * forget, candidate, output gate, each H wide) and {@code layer<l>.bias} of 1 × gH; with a dense head
 * {@code dense.kernel} (H × D) and {@code dense.bias} (1 × D); then {@code output.kernel} (D' × 1) and
 * {@code output.bias} (1 × 1).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NetworkWeights {

    private final NetworkConfig config;
    private final double[] parameters;

    private NetworkWeights(NetworkConfig config, double[] parameters) {
        this.config = config;
        this.parameters = parameters;
    }

    /**
     * Fresh weights for {@code config} drawn from {@code seed}: Glorot-uniform input, dense and output kernels,
     * orthogonal recurrent kernels (orthonormal rows), zero biases except the LSTM forget gate bias of 1, and a
     * zero skip path (the fit starts as the network alone, and draws the same random numbers as without one).
     */
    public static NetworkWeights initial(NetworkConfig config, long seed) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        ParameterLayout layout = new ParameterLayout(config);
        double[] p = new double[layout.size()];
        SplittableRandom random = new SplittableRandom(seed);
        int gates = config.cellType().gates();
        for (int l = 0; l < config.layers(); l++) {
            int in = config.layerInputSize(l);
            int h = config.hiddenSize(l);
            int n = gates * h;
            int k = layout.kernelOffset(l);
            glorot(p, k, in, n, random);
            orthogonalRows(p, k + in * n, h, n, random);
            if (config.cellType() == CellType.LSTM) {
                Arrays.fill(p, layout.biasOffset(l) + h, layout.biasOffset(l) + 2 * h, 1.0);
            }
        }
        if (config.denseHeadSize() > 0) {
            glorot(p, layout.denseKernelOffset(), config.lastHiddenSize(), config.denseHeadSize(), random);
        }
        glorot(p, layout.outputKernelOffset(), config.outputInputSize(), 1, random);
        return new NetworkWeights(config, p);
    }

    private static void glorot(double[] p, int offset, int rows, int cols, SplittableRandom random) {
        double limit = Math.sqrt(6.0 / (rows + cols));
        for (int i = 0; i < rows * cols; i++) {
            p[offset + i] = (2.0 * random.nextDouble() - 1.0) * limit;
        }
    }

    /** Gaussian rows orthonormalised by modified Gram–Schmidt (rows ≤ cols always holds here). */
    private static void orthogonalRows(double[] p, int offset, int rows, int cols, SplittableRandom random) {
        for (int r = 0; r < rows; r++) {
            int row = offset + r * cols;
            double norm;
            do {
                for (int j = 0; j < cols; j++) {
                    p[row + j] = random.nextGaussian();
                }
                for (int q = 0; q < r; q++) {
                    int other = offset + q * cols;
                    double dot = 0.0;
                    for (int j = 0; j < cols; j++) {
                        dot += p[row + j] * p[other + j];
                    }
                    for (int j = 0; j < cols; j++) {
                        p[row + j] -= dot * p[other + j];
                    }
                }
                double sq = 0.0;
                for (int j = 0; j < cols; j++) {
                    sq += p[row + j] * p[row + j];
                }
                norm = Math.sqrt(sq);
            } while (norm < 1e-8);
            for (int j = 0; j < cols; j++) {
                p[row + j] /= norm;
            }
        }
    }

    /**
     * Weights from named tensors, e.g. as exported by {@link #tensors()}: every tensor of {@code config} must be
     * present once with its shape and finite values; no other names are allowed.
     */
    public static NetworkWeights fromTensors(NetworkConfig config, List<Tensor> tensors) {
        if (config == null || tensors == null) {
            throw new IllegalArgumentException("config and tensors must not be null");
        }
        ParameterLayout layout = new ParameterLayout(config);
        return new NetworkWeights(config, TensorPacking.unpack(layout, tensors, ""));
    }

    /** All parameter tensors in the documented order, as copies. */
    public List<Tensor> tensors() {
        return TensorPacking.pack(new ParameterLayout(config), parameters, "");
    }

    /** The tensor called {@code name}. */
    public Tensor tensor(String name) {
        for (Tensor t : tensors()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no tensor called '" + name + "' in " + config);
    }

    /** The network shape these weights belong to. */
    public NetworkConfig config() {
        return config;
    }

    /** The total number of scalar parameters. */
    public int parameterCount() {
        return parameters.length;
    }

    /** The flat parameter array (not copied): for trainers and predictors of this package only. */
    double[] raw() {
        return parameters;
    }

    /** Weights owning a copy of {@code flat}, laid out by {@link ParameterLayout}. */
    static NetworkWeights copyOf(NetworkConfig config, double[] flat) {
        if (flat.length != new ParameterLayout(config).size()) {
            throw new IllegalArgumentException("expected " + new ParameterLayout(config).size()
                    + " parameters, was " + flat.length);
        }
        return new NetworkWeights(config, flat.clone());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkWeights w && w.config.equals(config) && Arrays.equals(w.parameters, parameters);
    }

    @Override
    public int hashCode() {
        return config.hashCode() * 31 + Arrays.hashCode(parameters);
    }

    @Override
    public String toString() {
        return "NetworkWeights[" + config + ", " + parameters.length + " parameters]";
    }

    /** Packing of a flat array to and from named tensors, shared with {@link AdamState}. */
    static final class TensorPacking {

        private TensorPacking() {
        }

        static List<Tensor> pack(ParameterLayout layout, double[] flat, String prefix) {
            List<Tensor> out = new ArrayList<>();
            for (ParameterLayout.Entry e : layout.entries()) {
                out.add(new Tensor(prefix + e.name(), e.rows(), e.cols(),
                        Arrays.copyOfRange(flat, e.offset(), e.offset() + e.size())));
            }
            return List.copyOf(out);
        }

        static double[] unpack(ParameterLayout layout, List<Tensor> tensors, String prefix) {
            Map<String, Tensor> byName = new HashMap<>();
            for (Tensor t : tensors) {
                if (t == null) {
                    throw new IllegalArgumentException("tensors must not contain null");
                }
                if (byName.put(t.name(), t) != null) {
                    throw new IllegalArgumentException("tensor '" + t.name() + "' given twice");
                }
            }
            double[] flat = new double[layout.size()];
            for (ParameterLayout.Entry e : layout.entries()) {
                String name = prefix + e.name();
                Tensor t = byName.remove(name);
                if (t == null) {
                    throw new IllegalArgumentException("missing tensor '" + name + "'");
                }
                if (t.rows() != e.rows() || t.cols() != e.cols()) {
                    throw new IllegalArgumentException("tensor '" + name + "' must be " + e.rows() + "x" + e.cols()
                            + ", was " + t.rows() + "x" + t.cols());
                }
                double[] v = t.rawValues();
                for (int i = 0; i < v.length; i++) {
                    if (!Double.isFinite(v[i])) {
                        throw new IllegalArgumentException("tensor '" + name + "' has a non-finite value " + v[i]
                                + " at index " + i);
                    }
                }
                System.arraycopy(v, 0, flat, e.offset(), v.length);
            }
            if (!byName.isEmpty()) {
                throw new IllegalArgumentException("unknown tensors " + byName.keySet());
            }
            return flat;
        }
    }
}
