package org.lstmrisk.nightly.history;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.core.UserInputException;

/**
 * Appends a review to a breach in the history. Only a limit result that exists in the named run with status
 * BREACH can be acknowledged; a breach may be reviewed several times, and every review is kept
 * (acknowledgements are never updated or deleted). One transaction per acknowledgement, which first brings the
 * schema up to date and verifies the audit chain (a broken chain refuses the review, exit 2), then appends the
 * review to the chain. Does not take the state folder's lock, so a review can be recorded while a nightly
 * run is computing; the database serialises the writes. This class is immutable and thread-safe.
 */
public final class BreachAcknowledger {

    private final HistoryDatabase database;
    private final HistorySchema schema;
    private final Clock clock;

    /** An acknowledger from its collaborators. */
    @Inject
    public BreachAcknowledger(HistoryDatabase database, HistorySchema schema, Clock clock) {
        this.database = database;
        this.schema = schema;
        this.clock = clock;
    }

    /**
     * Records {@code request}.
     *
     * @return the acknowledgement as recorded
     * @throws UserInputException when there is no history, no such run, no such limit result, or it is not a breach
     * @throws HistoryException   when the database cannot be written
     */
    public BreachAckRow acknowledge(HistoryLocation location, AckRequest request) {
        try (Connection existing = database.openExisting(location)) {
            schema.requireReadable(existing, location);
        } catch (SQLException e) {
            throw ForeignDatabase.refusal(e, location).orElseGet(() ->
                    new HistoryException("cannot read the history " + location.describe() + ": " + e.getMessage(), e));
        }
        try (Connection c = database.openForWrite(location)) {
            try {
                Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                schema.migrate(c, location, now);
                var chain = new HistoryVerifier(database, schema).check(c, location);
                chain.broken().ifPresent(b -> {
                    throw new UserInputException(HistoryVerifier.refusal(location, b));
                });
                BreachAckRow row = insert(c, location, request, now);
                c.commit();
                return row;
            } catch (SQLException | RuntimeException e) {
                RunRecorder.rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw ForeignDatabase.refusal(e, location).orElseGet(() ->
                    new HistoryException("cannot record the acknowledgement in " + location.describe() + ": "
                            + e.getMessage(), e));
        }
    }

    private BreachAckRow insert(Connection c, HistoryLocation location, AckRequest request, Instant now)
            throws SQLException {
        if (!exists(c, "SELECT 1 FROM runs WHERE run_id = ?", request.runId())) {
            throw new UserInputException("no run " + request.runId() + " in the history " + location.describe()
                    + "; 'lstm-risk history' lists the runs");
        }
        String status;
        try (PreparedStatement p = c.prepareStatement(
                "SELECT status FROM limit_results WHERE run_id = ? AND name = ?")) {
            p.setString(1, request.runId());
            p.setString(2, request.limitName());
            try (ResultSet rs = p.executeQuery()) {
                status = rs.next() ? rs.getString(1) : null;
            }
        }
        if (status == null) {
            List<String> breaches = breaches(c, request.runId());
            throw new UserInputException("run " + request.runId() + " has no limit result '" + request.limitName()
                    + "'; its breaches: " + (breaches.isEmpty() ? "none" : String.join(", ", breaches)));
        }
        if (!status.equals("BREACH")) {
            throw new UserInputException("limit '" + request.limitName() + "' in run " + request.runId() + " is "
                    + status + ", not a breach; only breaches are acknowledged");
        }
        long ackId;
        try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(ack_id), 0) + 1 FROM breach_acks");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            ackId = rs.getLong(1);
        }
        AuditChain.append(c, EvidenceTable.BREACH_ACKS, List.of(AuditChain.row(ackId, request.runId(),
                request.limitName(), now.toString(), request.reviewer(), request.classification().label(),
                request.action(), request.comment())));
        return new BreachAckRow(ackId, request.runId(), request.limitName(), now, request.reviewer(),
                request.classification(), request.action(), request.comment());
    }

    private static boolean exists(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, parameter);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<String> breaches(Connection c, String runId) throws SQLException {
        var names = new ArrayList<String>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT name FROM limit_results WHERE run_id = ? AND status = 'BREACH' ORDER BY ordinal")) {
            p.setString(1, runId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
