package org.lstmrisk.nightly.history;

/** How {@code lstm-risk history} prints: a table for people, CSV or JSON for systems. */
public enum HistoryFormat {
    /** Aligned columns for a terminal. */
    TABLE,
    /** Comma-separated values with a header row. */
    CSV,
    /** A JSON array of runs. */
    JSON
}
