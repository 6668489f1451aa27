package org.lstmrisk.lstm;

import java.util.List;

/**
 * The outcome of {@link Trainer#fit}: the best weights (lowest validation loss, or the last epoch without a
 * validation set), the optimiser state that goes with them, and the loss of every epoch run.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param weights          the best weights
 * @param optimizerState   the Adam state at the end of the best epoch
 * @param trainLoss        per epoch, the mean training loss over its mini-batches (with dropout)
 * @param validationLoss   per epoch, the loss on the validation set (no dropout); empty without one
 * @param bestEpoch        the 1-based epoch the weights come from
 * @param stoppedEarly     whether early stopping ended training before the last epoch
 */
public record TrainingResult(NetworkWeights weights, AdamState optimizerState, List<Double> trainLoss,
        List<Double> validationLoss, int bestEpoch, boolean stoppedEarly) {

    /** Validates and copies the lists. */
    public TrainingResult {
        if (weights == null || optimizerState == null || trainLoss == null || validationLoss == null) {
            throw new IllegalArgumentException("weights, optimizerState and losses must not be null");
        }
        if (bestEpoch < 1 || bestEpoch > trainLoss.size()) {
            throw new IllegalArgumentException("bestEpoch must be in [1, " + trainLoss.size() + "], was " + bestEpoch);
        }
        trainLoss = List.copyOf(trainLoss);
        validationLoss = List.copyOf(validationLoss);
    }

    /** The number of epochs run. */
    public int epochsRun() {
        return trainLoss.size();
    }
}
