package org.lstmrisk.lstm;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Samples for a sequence-to-one network: n windows of {@code window} time steps × {@code features} values
 * (flat, row-major: sample, then step, then feature) and one target per window.
 *
 * <p>This class is immutable and thread-safe: arrays are copied in and out.
 *
 * @param inputs   n·window·features finite values
 * @param targets  n finite values
 * @param window   time steps per sample, at least 1
 * @param features values per time step, at least 1
 */
public record SequenceDataset(double[] inputs, double[] targets, int window, int features) {

    /** Validates the shapes and values and copies the arrays. */
    public SequenceDataset {
        if (window < 1 || features < 1) {
            throw new IllegalArgumentException("window and features must be at least 1, were " + window + ", "
                    + features);
        }
        if (inputs == null || targets == null) {
            throw new IllegalArgumentException("inputs and targets must not be null");
        }
        if ((long) targets.length * window * features != inputs.length) {
            throw new IllegalArgumentException(targets.length + " targets need " + (long) targets.length * window
                    * features + " inputs (window " + window + " × features " + features + "), was "
                    + inputs.length);
        }
        for (int i = 0; i < inputs.length; i++) {
            if (!Double.isFinite(inputs[i])) {
                throw new IllegalArgumentException("input " + i + " is not finite: " + inputs[i]);
            }
        }
        for (int i = 0; i < targets.length; i++) {
            if (!Double.isFinite(targets[i])) {
                throw new IllegalArgumentException("target " + i + " is not finite: " + targets[i]);
            }
        }
        inputs = inputs.clone();
        targets = targets.clone();
    }

    /**
     * The one-feature windows of a series for one-step-ahead prediction: sample i is
     * series[i..i+window−1] with target series[i+window].
     */
    public static SequenceDataset windows(double[] series, int window) {
        if (series == null || window < 1 || series.length <= window) {
            throw new IllegalArgumentException("need a series longer than the window " + window + ", was "
                    + (series == null ? "null" : series.length + " values"));
        }
        int n = series.length - window;
        double[] in = new double[n * window];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(series, i, in, i * window, window);
            y[i] = series[i + window];
        }
        return new SequenceDataset(in, y, window, 1);
    }

    /**
     * The samples of {@code parts}, in order (e.g. the training windows of several stocks pooled into one set).
     *
     * @throws IllegalArgumentException when there are no parts or their window or feature counts differ
     */
    public static SequenceDataset concat(List<SequenceDataset> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to concatenate");
        }
        SequenceDataset first = parts.get(0);
        int inputs = 0;
        int targets = 0;
        for (SequenceDataset d : parts) {
            if (d.window != first.window || d.features != first.features) {
                throw new IllegalArgumentException("datasets of window " + d.window + " × " + d.features
                        + " and " + first.window + " × " + first.features + " cannot be concatenated");
            }
            inputs += d.inputs.length;
            targets += d.targets.length;
        }
        double[] in = new double[inputs];
        double[] y = new double[targets];
        int i = 0;
        int t = 0;
        for (SequenceDataset d : parts) {
            System.arraycopy(d.inputs, 0, in, i, d.inputs.length);
            System.arraycopy(d.targets, 0, y, t, d.targets.length);
            i += d.inputs.length;
            t += d.targets.length;
        }
        return new SequenceDataset(in, y, first.window, first.features);
    }

    /** The number of samples. */
    public int size() {
        return targets.length;
    }

    /** A copy of the inputs. */
    @Override
    public double[] inputs() {
        return inputs.clone();
    }

    /** A copy of the targets. */
    @Override
    public double[] targets() {
        return targets.clone();
    }

    /** The samples from (inclusive) to (exclusive). */
    public SequenceDataset slice(int from, int to) {
        if (from < 0 || to > size() || from > to) {
            throw new IllegalArgumentException("slice [" + from + ", " + to + ") outside [0, " + size() + ")");
        }
        int stride = window * features;
        return new SequenceDataset(Arrays.copyOfRange(inputs, from * stride, to * stride),
                Arrays.copyOfRange(targets, from, to), window, features);
    }

    double[] rawInputs() {
        return inputs;
    }

    double[] rawTargets() {
        return targets;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SequenceDataset d && d.window == window && d.features == features
                && Arrays.equals(d.inputs, inputs) && Arrays.equals(d.targets, targets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(window, features) * 31 + Arrays.hashCode(targets);
    }

    @Override
    public String toString() {
        return "SequenceDataset[" + size() + " samples, window " + window + ", features " + features + "]";
    }
}
