package org.lstmrisk.lstm;

import java.util.Arrays;

/**
 * Prediction modes for a one-feature series with a network trained one step ahead: point by point (every
 * window from true data), full sequence (one true window, then each output fed back as the next input), and
 * multi-sequence (restart from true data every {@code horizon} steps). Uses one {@link Predictor}, so it is
 * confined to one thread.
 */
public final class SequencePrediction {

    private final Predictor predictor;

    /** Predictions with {@code predictor}, whose network must take one feature per step. */
    public SequencePrediction(Predictor predictor) {
        if (predictor == null || predictor.weights().config().inputSize() != 1) {
            throw new IllegalArgumentException("need a predictor of a one-feature network, was " + predictor);
        }
        this.predictor = predictor;
    }

    /**
     * One-step-ahead predictions: element i is the prediction of series[window + i] from
     * series[i .. i+window−1]; series.length − window values.
     */
    public double[] pointByPoint(double[] series, int window) {
        return predictor.predict(SequenceDataset.windows(series, window));
    }

    /**
     * Starts from {@code seed} (one true window) and predicts {@code steps} values, each fed back as the
     * newest input of the next window.
     */
    public double[] fullSequence(double[] seed, int steps) {
        if (seed == null || seed.length == 0 || steps < 0) {
            throw new IllegalArgumentException("need a non-empty seed window and steps ≥ 0, were "
                    + (seed == null ? "null" : seed.length + " values") + ", " + steps + " steps");
        }
        double[] window = seed.clone();
        double[] out = new double[steps];
        for (int s = 0; s < steps; s++) {
            double next = predictor.predict(window);
            out[s] = next;
            System.arraycopy(window, 1, window, 0, window.length - 1);
            window[window.length - 1] = next;
        }
        return out;
    }

    /**
     * Sequences of {@code horizon} fed-back predictions, each started from the true window ending just before
     * it: sequence j predicts series[window + j·horizon ...] for up to {@code horizon} steps.
     */
    public double[][] multiSequence(double[] series, int window, int horizon) {
        if (series == null || window < 1 || horizon < 1 || series.length <= window) {
            throw new IllegalArgumentException("need a series longer than the window and horizon ≥ 1; window "
                    + window + ", horizon " + horizon);
        }
        int available = series.length - window;
        int count = (available + horizon - 1) / horizon;
        double[][] out = new double[count][];
        for (int j = 0; j < count; j++) {
            int start = j * horizon;
            double[] seed = Arrays.copyOfRange(series, start, start + window);
            out[j] = fullSequence(seed, Math.min(horizon, available - start));
        }
        return out;
    }
}
