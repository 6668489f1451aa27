/**
 * The history and audit trail of runs: an embedded SQL database inside the state folder ({@code --state DIR},
 * SQLite {@code DIR/history.db} by default, any JDBC URL by configuration), the lock that makes a run the
 * only writer of its state folder, the recording of a run after its report is published, the {@code history}
 * query and its table/CSV/JSON output, and append-only breach acknowledgements.
 *
 * <p>Plain JDBC: {@link org.lstmrisk.nightly.history.HistorySchema} creates and migrates the tables
 * (a {@code schema_version} table records what is applied), {@link org.lstmrisk.nightly.history.RunRecorder}
 * writes one run in one transaction, {@link org.lstmrisk.nightly.history.HistoryQuery} reads,
 * {@link org.lstmrisk.nightly.history.BreachAcknowledger} appends reviews. The evidence tables
 * ({@link org.lstmrisk.nightly.history.EvidenceTable#ALL}) are append-only: the code never updates or deletes them,
 * and on SQLite triggers refuse any UPDATE, DELETE or INSERT of an existing key (INSERT OR REPLACE). Every row
 * is chained by SHA-256 to the one before it ({@link org.lstmrisk.nightly.history.AuditChain}), which
 * {@link org.lstmrisk.nightly.history.HistoryVerifier} checks for {@code history --verify} and before every write.
 */
package org.lstmrisk.nightly.history;
