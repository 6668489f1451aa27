package org.lstmrisk.lstm;

/**
 * How to train: back-propagation through time over shuffled mini-batches with Adam, optional global
 * gradient-norm clipping, inverted dropout on the inputs of every layer above the first recurrent layer
 * (including the head), L2 weight decay on the kernels (not the biases), and early stopping on a validation
 * slice with the best weights restored.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param epochs             passes over the training data, at least 1
 * @param batchSize          samples per step, at least 1
 * @param learningRate       Adam step size, positive
 * @param beta1              Adam first-moment decay, in [0, 1)
 * @param beta2              Adam second-moment decay, in [0, 1)
 * @param epsilon            Adam denominator guard, positive
 * @param clipNorm           the largest global gradient norm, 0 for no clipping
 * @param l2                 L2 coefficient λ (adds λ/2·‖W‖² to the objective), non-negative
 * @param dropout            the probability of dropping a unit, in [0, 1)
 * @param loss               the loss
 * @param seed               seeds initial weights, shuffling and dropout
 * @param patience           epochs without validation improvement before stopping, 0 to run all epochs
 * @param validationFraction the trailing fraction held out by {@link Trainer#fit(SequenceDataset)}, in [0, 1)
 */
public record TrainingConfig(int epochs, int batchSize, double learningRate, double beta1, double beta2,
        double epsilon, double clipNorm, double l2, double dropout, Loss loss, long seed, int patience,
        double validationFraction) {

    /** Validates every field. */
    public TrainingConfig {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be positive, was " + learningRate);
        }
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("beta1 must be in [0, 1), was " + beta1);
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta2 must be in [0, 1), was " + beta2);
        }
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be positive, was " + epsilon);
        }
        if (!(clipNorm >= 0) || !Double.isFinite(clipNorm)) {
            throw new IllegalArgumentException("clipNorm must be 0 (off) or positive, was " + clipNorm);
        }
        if (!(l2 >= 0) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("l2 must be non-negative, was " + l2);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), was " + dropout);
        }
        if (loss == null) {
            throw new IllegalArgumentException("loss must not be null");
        }
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be non-negative, was " + patience);
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validationFraction must be in [0, 1), was " + validationFraction);
        }
    }

    /**
     * Defaults: 20 epochs, batch 32, Adam(1e-3, 0.9, 0.999, 1e-8), clip norm 1, no L2, no dropout, MSE,
     * seed 0, patience 5, validation fraction 0.1.
     */
    public static TrainingConfig defaults() {
        return new TrainingConfig(20, 32, 1e-3, 0.9, 0.999, 1e-8, 1.0, 0.0, 0.0, Loss.mse(), 0L, 5, 0.1);
    }

    /** A copy with {@code epochs}. */
    public TrainingConfig withEpochs(int value) {
        return new TrainingConfig(value, batchSize, learningRate, beta1, beta2, epsilon, clipNorm, l2, dropout,
                loss, seed, patience, validationFraction);
    }

    /** A copy with {@code batchSize}. */
    public TrainingConfig withBatchSize(int value) {
        return new TrainingConfig(epochs, value, learningRate, beta1, beta2, epsilon, clipNorm, l2, dropout,
                loss, seed, patience, validationFraction);
    }

    /** A copy with {@code learningRate}. */
    public TrainingConfig withLearningRate(double value) {
        return new TrainingConfig(epochs, batchSize, value, beta1, beta2, epsilon, clipNorm, l2, dropout,
                loss, seed, patience, validationFraction);
    }

    /** A copy with {@code clipNorm} (0 = off). */
    public TrainingConfig withClipNorm(double value) {
        return new TrainingConfig(epochs, batchSize, learningRate, beta1, beta2, epsilon, value, l2, dropout,
                loss, seed, patience, validationFraction);
    }

    /** A copy with {@code l2}. */
    public TrainingConfig withL2(double value) {
        return new TrainingConfig(epochs, batchSize, learningRate, beta1, beta2, epsilon, clipNorm, value,
                dropout, loss, seed, patience, validationFraction);
    }

    /** A copy with {@code dropout}. */
    public TrainingConfig withDropout(double value) {
        return new TrainingConfig(epochs, batchSize, learningRate, beta1, beta2, epsilon, clipNorm, l2, value,
                loss, seed, patience, validationFraction);
    }

    /** A copy with {@code loss}. */
    public TrainingConfig withLoss(Loss value) {
        return new TrainingConfig(epochs, batchSize, learningRate, beta1, beta2, epsilon, clipNorm, l2, dropout,
                value, seed, patience, validationFraction);
    }

    /** A copy with {@code seed}. */
    public TrainingConfig withSeed(long value) {
        return new TrainingConfig(epochs, batchSize, learningRate, beta1, beta2, epsilon, clipNorm, l2, dropout,
                loss, value, patience, validationFraction);
    }

    /** A copy with {@code patience} (0 = no early stopping). */
    public TrainingConfig withPatience(int value) {
        return new TrainingConfig(epochs, batchSize, learningRate, beta1, beta2, epsilon, clipNorm, l2, dropout,
                loss, seed, value, validationFraction);
    }

    /** A copy with {@code validationFraction}. */
    public TrainingConfig withValidationFraction(double value) {
        return new TrainingConfig(epochs, batchSize, learningRate, beta1, beta2, epsilon, clipNorm, l2, dropout,
                loss, seed, patience, value);
    }
}
