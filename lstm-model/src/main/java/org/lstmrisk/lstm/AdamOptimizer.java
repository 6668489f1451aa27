package org.lstmrisk.lstm;

/**
 * Adam with bias correction and optional global gradient-norm clipping, updating a flat parameter array in
 * place from a flat gradient. Holds the moments and the step count; confined to one thread.
 */
final class AdamOptimizer {

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double clipNorm;
    private final double[] first;
    private final double[] second;
    private long step;

    AdamOptimizer(TrainingConfig config, int size) {
        this.learningRate = config.learningRate();
        this.beta1 = config.beta1();
        this.beta2 = config.beta2();
        this.epsilon = config.epsilon();
        this.clipNorm = config.clipNorm();
        this.first = new double[size];
        this.second = new double[size];
    }

    /** Continues from {@code state}. */
    void load(AdamState state) {
        System.arraycopy(state.rawFirst(), 0, first, 0, first.length);
        System.arraycopy(state.rawSecond(), 0, second, 0, second.length);
        step = state.step();
    }

    /** Copies the moments and step into the given arrays (length ≥ size) and returns the step count. */
    long saveInto(double[] firstOut, double[] secondOut) {
        System.arraycopy(first, 0, firstOut, 0, first.length);
        System.arraycopy(second, 0, secondOut, 0, second.length);
        return step;
    }

    /** The current state as a value. */
    AdamState state(NetworkConfig config) {
        return AdamState.copyOf(config, step, first, second);
    }

    /**
     * Clips {@code grads} to the configured global norm (scaling it in place) and takes one Adam step.
     *
     * @return the gradient norm before clipping
     */
    double apply(double[] params, double[] grads) {
        double sq = 0.0;
        for (double g : grads) {
            sq += g * g;
        }
        double norm = Math.sqrt(sq);
        double scale = clipNorm > 0 && norm > clipNorm ? clipNorm / norm : 1.0;
        step++;
        double c1 = 1.0 - Math.pow(beta1, step);
        double c2 = 1.0 - Math.pow(beta2, step);
        double stepSize = learningRate / c1;
        double root2 = Math.sqrt(c2);
        for (int i = 0; i < params.length; i++) {
            double g = grads[i] * scale;
            double m = beta1 * first[i] + (1.0 - beta1) * g;
            double v = beta2 * second[i] + (1.0 - beta2) * g * g;
            first[i] = m;
            second[i] = v;
            params[i] -= stepSize * m / (Math.sqrt(v) / root2 + epsilon);
        }
        return norm;
    }
}
