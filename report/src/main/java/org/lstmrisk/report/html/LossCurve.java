package org.lstmrisk.report.html;

import java.util.Objects;

/**
 * The training of one model (one ticker's LSTM): the loss after each epoch on the training data and, when the
 * trainer held data out, on the validation data. Losses are in the trainer's own units (e.g. mean squared error of
 * scaled targets), non-negative. This class is immutable and thread-safe: arrays are copied in and out.
 *
 * @param ticker         the ticker whose model was trained
 * @param trainingLoss   loss per epoch on the training data, first epoch first (at least one)
 * @param validationLoss loss per epoch on the validation data, empty when there was none, else one per epoch
 */
public record LossCurve(String ticker, double[] trainingLoss, double[] validationLoss) {

    /** Validates lengths and finite, non-negative losses, and copies. */
    public LossCurve {
        Objects.requireNonNull(ticker, "ticker");
        trainingLoss = checked(ticker, "training", trainingLoss);
        validationLoss = checked(ticker, "validation", validationLoss);
        if (trainingLoss.length == 0) {
            throw new IllegalArgumentException(ticker + ": a loss curve needs at least one epoch");
        }
        if (validationLoss.length != 0 && validationLoss.length != trainingLoss.length) {
            throw new IllegalArgumentException(ticker + ": " + validationLoss.length + " validation losses for "
                    + trainingLoss.length + " epochs");
        }
    }

    private static double[] checked(String ticker, String name, double[] loss) {
        Objects.requireNonNull(loss, name + " loss");
        for (int i = 0; i < loss.length; i++) {
            if (!(Double.isFinite(loss[i]) && loss[i] >= 0)) {
                throw new IllegalArgumentException(ticker + ": " + name + " loss of epoch " + (i + 1)
                        + " must be finite and non-negative, was " + loss[i]);
            }
        }
        return loss.clone();
    }

    /** The number of epochs. */
    public int epochs() {
        return trainingLoss.length;
    }

    @Override
    public double[] trainingLoss() {
        return trainingLoss.clone();
    }

    @Override
    public double[] validationLoss() {
        return validationLoss.clone();
    }
}
