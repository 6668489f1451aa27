package org.lstmrisk.nightly.history;

import java.time.Instant;

/**
 * One review of a breach, as recorded. This class is immutable and thread-safe.
 *
 * @param ackId          the acknowledgement's number (1, 2, ... over the whole history)
 * @param runId          the run
 * @param limitName      the breached limit result, e.g. {@code single-name-risk:INTC}
 * @param ackedAt        when it was recorded (UTC)
 * @param reviewer       who reviewed it
 * @param classification why it breached, in the reviewer's view
 * @param action         what was or will be done
 * @param comment        free text, or {@code null}
 */
public record BreachAckRow(long ackId, String runId, String limitName, Instant ackedAt, String reviewer,
                           BreachClassification classification, String action, String comment) {
}
