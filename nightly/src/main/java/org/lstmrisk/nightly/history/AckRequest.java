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

    /** The longest run id, limit name or reviewer accepted, characters. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The longest action or comment accepted, characters. */
    public static final int MAX_TEXT_LENGTH = 2000;

    /**
     * Validates non-blank run, limit, reviewer and action, each on one line (no control characters) and within
     * {@link #MAX_NAME_LENGTH} ({@link #MAX_TEXT_LENGTH} for action and comment); a blank comment becomes
     * {@code null}.
     */
    public AckRequest {
        requireText(runId, "--run", MAX_NAME_LENGTH);
        requireText(limitName, "--limit", MAX_NAME_LENGTH);
        requireText(reviewer, "--by", MAX_NAME_LENGTH);
        requireText(action, "--action", MAX_TEXT_LENGTH);
        if (comment != null) {
            requireOneLine(comment, "--comment", MAX_TEXT_LENGTH);
        }
        Objects.requireNonNull(classification, "classification");
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        runId = runId.strip();
        limitName = limitName.strip();
        reviewer = reviewer.strip();
        action = action.strip();
    }

    private static void requireText(String value, String option, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(option + " must not be blank");
        }
        requireOneLine(value, option, maxLength);
    }

    private static void requireOneLine(String value, String option, int maxLength) {
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(option + " is " + value.length() + " characters long; at most "
                    + maxLength);
        }
        if (value.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR)) {
            throw new IllegalArgumentException(option + " must be one line of text without control characters");
        }
    }
}
