package org.lstmrisk.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How a chronological series of samples is cut: the first {@code train} share for training, the next
 * {@code validation} share for early stopping, the rest for the test. This class is immutable and thread-safe.
 *
 * @param train      share of samples for training, in (0, 1)
 * @param validation share of samples for validation, in [0, 1), with train + validation &lt; 1
 */
public record SplitFractions(double train, double validation) {

    /** The lower and upper bounds of the random training share of a repeat. */
    public static final double TRAIN_MIN = 0.6;
    /** Upper bound of the random training share. */
    public static final double TRAIN_MAX = 0.8;
    /** Lower bound of the random validation share. */
    public static final double VALIDATION_MIN = 0.1;
    /** Upper bound of the random validation share. */
    public static final double VALIDATION_MAX = 0.2;

    /** Validates the shares. */
    public SplitFractions {
        if (!(train > 0 && train < 1) || !(validation >= 0) || !(train + validation < 1)) {
            throw new IllegalArgumentException("need 0 < train, 0 <= validation, train + validation < 1; were "
                    + train + ", " + validation);
        }
    }

    /** The published split: 70 % train, 15 % validation, 15 % test. */
    public static SplitFractions published() {
        return new SplitFractions(0.70, 0.15);
    }

    /** The share left for the test. */
    public double test() {
        return 1 - train - validation;
    }

    /**
     * {@code count} random splits drawn from one generator seeded with {@code seed}: train ~ U(0.6, 0.8),
     * validation ~ U(0.1, 0.2), the rest (0 to 0.3) for the test. The same seed gives the same splits.
     */
    public static List<SplitFractions> randomRepeats(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be non-negative, was " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<SplitFractions> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            double train = TRAIN_MIN + (TRAIN_MAX - TRAIN_MIN) * random.nextDouble();
            double validation = VALIDATION_MIN + (VALIDATION_MAX - VALIDATION_MIN) * random.nextDouble();
            out.add(new SplitFractions(train, validation));
        }
        return List.copyOf(out);
    }

    /** The sample counts of this split of {@code samples} samples (train and validation rounded down). */
    public SampleSplit apply(int samples) {
        int trainCount = (int) Math.floor(samples * train);
        int validationCount = (int) Math.floor(samples * validation);
        return new SampleSplit(trainCount, validationCount, samples - trainCount - validationCount);
    }
}
