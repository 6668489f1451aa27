package org.lstmrisk.forecasters;

import java.util.Objects;

/**
 * What the {@link ForecasterCatalog} needs to build a forecaster. This class is immutable and thread-safe.
 *
 * @param horizonDays forecast horizon in trading days (the LSTM is trained for it)
 * @param ewmaLambda  λ of the EWMA forecaster
 * @param epochs      the most training epochs of the lstm/rnn forecaster, 0 for its preset's
 * @param lstm        changes to the lstm/rnn preset's inputs, target, online steps and baseline
 */
public record ForecasterOptions(int horizonDays, double ewmaLambda, int epochs, LstmOverrides lstm) {

    /** Checks for nulls. */
    public ForecasterOptions {
        Objects.requireNonNull(lstm, "lstm");
    }

    /** Options with the LSTM preset unchanged (apart from the epochs). */
    public ForecasterOptions(int horizonDays, double ewmaLambda, int epochs) {
        this(horizonDays, ewmaLambda, epochs, LstmOverrides.NONE);
    }

}
