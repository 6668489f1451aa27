package org.lstmrisk.forecasters;

import java.util.Objects;
import java.util.Optional;
import org.lstmrisk.core.macro.MacroSeries;

/**
 * What the {@link ForecasterCatalog} needs to build a forecaster. This class is immutable and thread-safe.
 *
 * @param horizonDays forecast horizon in trading days (the LSTM is trained for it)
 * @param ewmaLambda  λ of the EWMA forecaster
 * @param epochs      the most training epochs of the lstm/rnn forecaster, 0 for its preset's
 * @param lstm        changes to the lstm/rnn preset's inputs, target, online steps and baseline
 * @param lstmPreset  the lstm/rnn preset the changes apply to, one of {@link ForecasterCatalog#LSTM_PRESETS}
 * @param gdp         quarterly GDP as published, for the {@code gdp} input feature (needed when a feature uses it)
 */
public record ForecasterOptions(int horizonDays, double ewmaLambda, int epochs, LstmOverrides lstm, String lstmPreset,
                                Optional<MacroSeries> gdp) {

    /** Checks for nulls. */
    public ForecasterOptions {
        Objects.requireNonNull(lstm, "lstm");
        Objects.requireNonNull(lstmPreset, "lstmPreset");
        Objects.requireNonNull(gdp, "gdp");
    }

    /** Options with the default LSTM preset, the given changes to it, and no GDP series. */
    public ForecasterOptions(int horizonDays, double ewmaLambda, int epochs, LstmOverrides lstm) {
        this(horizonDays, ewmaLambda, epochs, lstm, ForecasterCatalog.DEFAULT_LSTM_PRESET, Optional.empty());
    }

    /** Options with the LSTM preset unchanged (apart from the epochs). */
    public ForecasterOptions(int horizonDays, double ewmaLambda, int epochs) {
        this(horizonDays, ewmaLambda, epochs, LstmOverrides.NONE);
    }

}
