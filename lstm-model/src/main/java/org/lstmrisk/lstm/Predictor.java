package org.lstmrisk.lstm;

import org.lstmrisk.lstm.kernel.KernelChoice;

/**
 * Runs trained weights forward (no dropout) on windows of inputs: in batches, or one window at a time
 * without allocating. Deterministic. Holds its own buffers, so an instance is confined to one thread; the
 * weights it was built from may be shared.
 */
public final class Predictor {

    private static final int DEFAULT_BATCH = 64;

    private final NetworkWeights weights;
    private final KernelChoice kernel;
    private final int batchCapacity;
    private NetworkEngine engine;

    /** A predictor using the kernel chosen by {@link KernelChoice#fromSystemProperty()}. */
    public Predictor(NetworkWeights weights) {
        this(weights, KernelChoice.fromSystemProperty());
    }

    /** A predictor using {@code kernel}. */
    public Predictor(NetworkWeights weights, KernelChoice kernel) {
        if (weights == null || kernel == null) {
            throw new IllegalArgumentException("weights and kernel must not be null");
        }
        this.weights = weights;
        this.kernel = kernel;
        this.batchCapacity = DEFAULT_BATCH;
    }

    /** The weights this predictor runs. */
    public NetworkWeights weights() {
        return weights;
    }

    /** The network output for every sample of {@code data} (its targets are ignored). */
    public double[] predict(SequenceDataset data) {
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        checkFeatures(data.features());
        NetworkEngine e = engineFor(data.window());
        int n = data.size();
        double[] out = new double[n];
        for (int from = 0; from < n; from += batchCapacity) {
            int count = Math.min(batchCapacity, n - from);
            e.gather(data.rawInputs(), data.features(), null, from, count, null, null);
            e.forward(count, false);
            System.arraycopy(e.output(), 0, out, from, count);
        }
        return out;
    }

    /**
     * The network output for one window of {@code window} steps × the configured features, row-major
     * (step, then feature).
     */
    public double predict(double[] window) {
        int features = weights.config().inputSize();
        if (window == null || window.length == 0 || window.length % features != 0) {
            throw new IllegalArgumentException("a window needs a positive multiple of " + features + " values, was "
                    + (window == null ? "null" : window.length));
        }
        for (int i = 0; i < window.length; i++) {
            if (!Double.isFinite(window[i])) {
                throw new IllegalArgumentException("window value " + i + " is not finite: " + window[i]);
            }
        }
        NetworkEngine e = engineFor(window.length / features);
        e.gatherOne(window, 0);
        e.forward(1, false);
        return e.output()[0];
    }

    private void checkFeatures(int features) {
        if (features != weights.config().inputSize()) {
            throw new IllegalArgumentException("data has " + features + " features per step, the network expects "
                    + weights.config().inputSize());
        }
    }

    private NetworkEngine engineFor(int window) {
        if (engine == null || engine.window() != window) {
            engine = new NetworkEngine(weights.config(), kernel.newMatrixKernel(), kernel.newCellKernel(), window,
                    batchCapacity);
            engine.load(weights);
        }
        return engine;
    }
}
