package org.lstmrisk.nightly.history;

import java.util.List;
import org.lstmrisk.portfolio.limits.LimitStatus;

/**
 * A limit result of a recorded run with its reviews. Numbers are in the metric's units (fractions), the
 * utilisation is value / limit. This class is immutable and thread-safe.
 *
 * @param runId       the run
 * @param name        e.g. {@code single-name-risk:INTC}
 * @param metric      e.g. {@code position.share}
 * @param value       the metric's value
 * @param warn        the warning threshold (warn × limit)
 * @param limit       the limit
 * @param utilisation value / limit
 * @param status      OK, WARN or BREACH
 * @param hard        whether a breach is hard
 * @param drivers     the drivers of a breach as JSON ({@code [{"ticker":..,"weight":..,"share":..}]})
 * @param acks        the reviews of this result, oldest first
 */
public record LimitResultRow(String runId, String name, String metric, double value, double warn, double limit,
                             double utilisation, LimitStatus status, boolean hard, String drivers,
                             List<BreachAckRow> acks) {

    /** Copies the list. */
    public LimitResultRow {
        acks = List.copyOf(acks);
    }
}
