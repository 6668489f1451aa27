package org.lstmrisk.nightly.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * More rows to write in the transaction that records a run, after the run's own rows and before the commit:
 * they are committed with the run or not at all (the nightly run's new model generation uses it).
 */
@FunctionalInterface
public interface InTransaction {

    /** Writes nothing. */
    InTransaction NONE = (c, runId, now) -> { };

    /**
     * Writes rows through {@code c} without committing.
     *
     * @param runId the id of the run being recorded
     * @param now   the recording time (UTC)
     */
    void write(Connection c, String runId, Instant now) throws SQLException;
}
