package org.lstmrisk.nightly.history;

/**
 * A run as recorded in the history. This class is immutable and thread-safe.
 *
 * @param runId               {@code <as-of>-<n>}, the n-th recorded run for that as-of date
 * @param location            the history database (file or URL)
 * @param limitsChanged       true when the limits file differs from the previously recorded run's
 */
public record RecordedRun(String runId, String location, boolean limitsChanged) {

    /** The line the run prints after its summary. */
    public String summaryLine() {
        return "  recorded: run " + runId + " in " + location + (limitsChanged ? " (limits file changed)" : "");
    }
}
