package org.lstmrisk.lstm.forecast;

import java.util.List;

/**
 * How the last full fit of a model went: per-epoch mean training and validation losses (in the loss's own
 * units), the epoch whose weights were kept, and the sample counts. This class is immutable and thread-safe.
 *
 * @param trainLoss         mean training loss per epoch
 * @param validationLoss    validation loss per epoch (empty without a validation slice)
 * @param bestEpoch         the epoch whose weights were restored (1-based)
 * @param trainingSamples   samples trained on
 * @param validationSamples samples held out for early stopping
 */
public record TrainingSummary(List<Double> trainLoss, List<Double> validationLoss, int bestEpoch, int trainingSamples,
                              int validationSamples) {

    /** Copies the lists. */
    public TrainingSummary {
        trainLoss = List.copyOf(trainLoss);
        validationLoss = List.copyOf(validationLoss);
    }
}
