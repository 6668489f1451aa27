package org.lstmrisk.nightly.history;

/**
 * Renders a {@link HistoryView}: a table for people, CSV (header row; one row per run, or per limit result and
 * review when results are selected) or a JSON array of runs for systems. This class is immutable and
 * thread-safe.
 */
public final class HistoryFormatter {

    /** {@code view} in {@code format}, ending with a newline. */
    public String render(HistoryView view, HistoryFormat format) {
        return switch (format) {
            case TABLE -> HistoryTable.render(view);
            case CSV -> HistoryCsv.render(view);
            case JSON -> HistoryJson.render(view);
        };
    }
}
