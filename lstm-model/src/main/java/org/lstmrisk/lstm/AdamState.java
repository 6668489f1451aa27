package org.lstmrisk.lstm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The state of the Adam optimiser for one network: the number of steps taken and the first and second
 * moment estimates, laid out like {@link NetworkWeights}. Saved beside the weights so that online updates
 * ({@link Trainer#trainSteps}) continue exactly where the last training stopped.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AdamState {

    private final NetworkConfig config;
    private final long step;
    private final double[] firstMoment;
    private final double[] secondMoment;

    private AdamState(NetworkConfig config, long step, double[] firstMoment, double[] secondMoment) {
        this.config = config;
        this.step = step;
        this.firstMoment = firstMoment;
        this.secondMoment = secondMoment;
    }

    /** The state before the first step: zero moments, step 0. */
    public static AdamState initial(NetworkConfig config) {
        int size = new ParameterLayout(config).size();
        return new AdamState(config, 0, new double[size], new double[size]);
    }

    /**
     * A state from its step count and tensors named {@code m/<tensor>} and {@code v/<tensor>} for every tensor
     * of {@code config} (as exported by {@link #tensors()}); second moments must be non-negative.
     */
    public static AdamState fromTensors(NetworkConfig config, long step, List<Tensor> tensors) {
        if (config == null || tensors == null) {
            throw new IllegalArgumentException("config and tensors must not be null");
        }
        if (step < 0) {
            throw new IllegalArgumentException("step must be non-negative, was " + step);
        }
        ParameterLayout layout = new ParameterLayout(config);
        List<Tensor> m = new ArrayList<>();
        List<Tensor> v = new ArrayList<>();
        for (Tensor t : tensors) {
            if (t != null && t.name().startsWith("m/")) {
                m.add(t);
            } else if (t != null && t.name().startsWith("v/")) {
                v.add(t);
            } else {
                throw new IllegalArgumentException("Adam tensors are named m/... or v/..., was " + t);
            }
        }
        double[] first = NetworkWeights.TensorPacking.unpack(layout, m, "m/");
        double[] second = NetworkWeights.TensorPacking.unpack(layout, v, "v/");
        for (int i = 0; i < second.length; i++) {
            if (second[i] < 0) {
                throw new IllegalArgumentException("second moments must be non-negative, was " + second[i]);
            }
        }
        return new AdamState(config, step, first, second);
    }

    /** The first moments ({@code m/<name>}) then the second moments ({@code v/<name>}), as copies. */
    public List<Tensor> tensors() {
        ParameterLayout layout = new ParameterLayout(config);
        List<Tensor> out = new ArrayList<>(NetworkWeights.TensorPacking.pack(layout, firstMoment, "m/"));
        out.addAll(NetworkWeights.TensorPacking.pack(layout, secondMoment, "v/"));
        return List.copyOf(out);
    }

    /** The number of optimiser steps taken so far (bias correction uses it). */
    public long step() {
        return step;
    }

    /** The network shape this state belongs to. */
    public NetworkConfig config() {
        return config;
    }

    static AdamState copyOf(NetworkConfig config, long step, double[] first, double[] second) {
        return new AdamState(config, step, first.clone(), second.clone());
    }

    double[] rawFirst() {
        return firstMoment;
    }

    double[] rawSecond() {
        return secondMoment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdamState s && s.config.equals(config) && s.step == step
                && Arrays.equals(s.firstMoment, firstMoment) && Arrays.equals(s.secondMoment, secondMoment);
    }

    @Override
    public int hashCode() {
        return (config.hashCode() * 31 + Long.hashCode(step)) * 31 + Arrays.hashCode(firstMoment);
    }

    @Override
    public String toString() {
        return "AdamState[step " + step + ", " + firstMoment.length + " parameters]";
    }
}
