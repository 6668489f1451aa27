package org.lstmrisk.experiments;

import java.util.List;

/**
 * One trained network's result on the test slice of one split. This class is immutable and thread-safe.
 *
 * @param model          "LSTM" or "RNN"
 * @param test           accuracy on the test slice, in index points
 * @param trainLoss      per epoch, the mean training MSE on scaled values
 * @param validationLoss per epoch, the validation MSE on scaled values (empty without validation)
 * @param bestEpoch      the 1-based epoch whose weights were kept (lowest validation loss)
 * @param testErrors     per test day, predicted − actual close, in index points
 */
public record ModelOutcome(String model, RegressionMetrics test, List<Double> trainLoss, List<Double> validationLoss,
        int bestEpoch, double[] testErrors) {

    /** Copies the lists and the errors. */
    public ModelOutcome {
        trainLoss = List.copyOf(trainLoss);
        validationLoss = List.copyOf(validationLoss);
        testErrors = testErrors.clone();
    }

    @Override
    public double[] testErrors() {
        return testErrors.clone();
    }
}
