package org.lstmrisk.experiments;

/**
 * Sample counts of a chronological split: samples [0, train) train, [train, train + validation) validate, the
 * rest test. This class is immutable and thread-safe.
 *
 * @param train      training samples, at least 1
 * @param validation validation samples, at least 0
 * @param test       test samples, at least 2
 */
public record SampleSplit(int train, int validation, int test) {

    /** Validates the counts. */
    public SampleSplit {
        if (train < 1 || validation < 0 || test < 2) {
            throw new IllegalArgumentException("need at least 1 training and 2 test samples, were train " + train
                    + ", validation " + validation + ", test " + test);
        }
    }

    /** The index of the first test sample. */
    public int testStart() {
        return train + validation;
    }

    /** The total number of samples. */
    public int total() {
        return train + validation + test;
    }
}
