package org.lstmrisk.lstm;

import java.util.Arrays;

/**
 * The outcome of {@link Trainer#trainSteps}: the updated weights, the optimiser state to continue from next
 * time, and the mini-batch loss before each step.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param weights        the weights after the steps
 * @param optimizerState the Adam state after the steps
 * @param stepLosses     the loss of each step's mini-batch, before its update
 */
public record OnlineUpdate(NetworkWeights weights, AdamState optimizerState, double[] stepLosses) {

    /** Validates and copies. */
    public OnlineUpdate {
        if (weights == null || optimizerState == null || stepLosses == null) {
            throw new IllegalArgumentException("weights, optimizerState and stepLosses must not be null");
        }
        stepLosses = stepLosses.clone();
    }

    /** A copy of the step losses. */
    @Override
    public double[] stepLosses() {
        return stepLosses.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OnlineUpdate u && u.weights.equals(weights) && u.optimizerState.equals(optimizerState)
                && Arrays.equals(u.stepLosses, stepLosses);
    }

    @Override
    public int hashCode() {
        return weights.hashCode() * 31 + Arrays.hashCode(stepLosses);
    }

    @Override
    public String toString() {
        return "OnlineUpdate[" + stepLosses.length + " steps]";
    }
}
