package org.lstmrisk.nightly.history;

import java.time.LocalDate;
import org.lstmrisk.portfolio.limits.LimitStatus;

/**
 * What {@code lstm-risk history} selects. The dates bound the runs' as-of dates (both inclusive). The limit
 * filters select limit results (a status; a limit name, which also matches every ticker of a position limit:
 * {@code single-name-risk} matches {@code single-name-risk:INTC}); when one is given, only runs with a selected
 * result are listed, each with its selected results. This class is immutable and thread-safe.
 *
 * @param from      first as-of date, or {@code null}
 * @param to        last as-of date, or {@code null}
 * @param status    status of the limit results to select, or {@code null}
 * @param limitName name of the limit results to select, or {@code null}
 */
public record HistoryFilter(LocalDate from, LocalDate to, LimitStatus status, String limitName) {

    /** Everything. */
    public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null);

    /** Validates that {@code from} is not after {@code to} and that a limit name is not blank. */
    public HistoryFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        if (limitName != null && limitName.isBlank()) {
            throw new IllegalArgumentException("--limit needs a limit name");
        }
    }

    /** True when limit results are selected (and shown): a status or a limit name is given. */
    public boolean selectsResults() {
        return status != null || limitName != null;
    }
}
