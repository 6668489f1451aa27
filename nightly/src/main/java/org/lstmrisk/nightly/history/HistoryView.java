package org.lstmrisk.nightly.history;

import java.util.List;

/**
 * The answer to a history query: the runs selected, in as-of order (then recording order), each with its
 * selected limit results and their reviews. This class is immutable and thread-safe.
 *
 * @param location the history database (file or URL)
 * @param filter   what was selected
 * @param runs     the runs
 */
public record HistoryView(String location, HistoryFilter filter, List<RunRow> runs) {

    /** Copies the list. */
    public HistoryView {
        runs = List.copyOf(runs);
    }
}
