package org.lstmrisk.app.run;

/**
 * What the {@link ForecasterCatalog} needs to build a forecaster. This class is immutable and thread-safe.
 *
 * @param horizonDays forecast horizon in trading days (the LSTM is trained for it)
 * @param ewmaLambda  λ of the EWMA forecaster
 * @param epochs      the most training epochs of the lstm/rnn forecaster, 0 for its preset's
 */
public record ForecasterOptions(int horizonDays, double ewmaLambda, int epochs) {

    /** The options of a run. */
    public static ForecasterOptions of(RunSettings settings) {
        return new ForecasterOptions(settings.horizonDays(), settings.ewmaLambda(), settings.epochs());
    }
}
