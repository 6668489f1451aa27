package org.lstmrisk.app.run;

import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link ForecasterCatalog} needs to build a forecaster. This class is immutable and thread-safe.
 *
 * @param horizonDays forecast horizon in trading days (the LSTM is trained for it)
 * @param ewmaLambda  λ of the EWMA forecaster
 * @param epochs      the most training epochs of the lstm/rnn forecaster, 0 for its preset's
 * @param lstmInputs  input features and window of the lstm/rnn forecaster, empty for its preset's
 * @param lstmTarget  realised-volatility proxy the lstm/rnn forecaster is trained on, empty for its preset's
 * @param lstmOnlineSteps gradient steps of the lstm/rnn forecaster on each new day, empty for its preset's
 */
public record ForecasterOptions(int horizonDays, double ewmaLambda, int epochs, Optional<LstmInputs> lstmInputs,
                                Optional<String> lstmTarget, Optional<Integer> lstmOnlineSteps) {

    /** Checks for nulls. */
    public ForecasterOptions {
        Objects.requireNonNull(lstmInputs, "lstmInputs");
        Objects.requireNonNull(lstmTarget, "lstmTarget");
        Objects.requireNonNull(lstmOnlineSteps, "lstmOnlineSteps");
    }

    /** Options with the LSTM's preset inputs and target. */
    public ForecasterOptions(int horizonDays, double ewmaLambda, int epochs) {
        this(horizonDays, ewmaLambda, epochs, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The options of a run. */
    public static ForecasterOptions of(RunSettings settings) {
        return new ForecasterOptions(settings.horizonDays(), settings.ewmaLambda(), settings.epochs());
    }

    /**
     * Input features of the LSTM and the days in its window.
     *
     * @param features   feature specifications, e.g. {@code vol(garman-klass,1),ewma(0.94)}
     * @param windowDays trading days per input window
     */
    public record LstmInputs(String features, int windowDays) {
        /** Checks for a null list. */
        public LstmInputs {
            Objects.requireNonNull(features, "features");
        }
    }
}
