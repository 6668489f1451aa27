package org.lstmrisk.report;

import java.util.List;
import java.util.Objects;

/**
 * What the report says about the run's model state (the {@code state} section of {@code report.json}). It holds
 * only what the state and the as-of date determine, not what this particular run did (bootstrapped, updated or
 * reused), so that re-running a date, or reaching it night by night instead of in one catch-up run, gives the
 * same bytes. This class is immutable and thread-safe.
 *
 * @param model     the forecaster's name
 * @param persisted true for neural models kept from night to night; false for classical ones refitted each run
 * @param carried   stored models of this forecaster whose tickers are not positions, kept unchanged
 * @param retrained tickers refitted from scratch on request ({@code --retrain}, {@code --retrain-corrupted})
 */
public record StateSection(String model, boolean persisted, List<CarriedModel> carried, List<String> retrained) {

    /** No state: a run without {@code --state} (the section is left out of the report). */
    public static final StateSection NONE = new StateSection("", false, List.of(), List.of());

    /** Copies the lists. */
    public StateSection {
        Objects.requireNonNull(model, "model");
        carried = List.copyOf(carried);
        retrained = List.copyOf(retrained);
    }

    /** True for a run without a state folder. */
    public boolean isNone() {
        return model.isEmpty();
    }
}
