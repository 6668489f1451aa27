package org.lstmrisk.nightly.history;

import java.util.Objects;

/**
 * A reviewer's acknowledgement of a breach, as asked for on the command line. This class is immutable and
 * thread-safe.
 *
 * @param runId          the run, e.g. {@code 2024-03-08-1}
 * @param limitName      the breached limit result, e.g. {@code single-name-risk:INTC}
 * @param reviewer       who reviewed it
 * @param classification why it breached
 * @param action         what was or will be done
 * @param comment        free text, or {@code null}
 */
public record AckRequest(String runId, String limitName, String reviewer, BreachClassification classification,
                         String action, String comment) {

    /** Validates non-blank run, limit, reviewer and action; a blank comment becomes {@code null}. */
    public AckRequest {
        requireText(runId, "--run");
        requireText(limitName, "--limit");
        requireText(reviewer, "--by");
        requireText(action, "--action");
        Objects.requireNonNull(classification, "classification");
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        runId = runId.strip();
        limitName = limitName.strip();
        reviewer = reviewer.strip();
        action = action.strip();
    }

    private static void requireText(String value, String option) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(option + " must not be blank");
        }
    }
}
