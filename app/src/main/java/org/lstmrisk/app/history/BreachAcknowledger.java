package org.lstmrisk.app.history;

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
import org.lstmrisk.app.UserInputException;

/**
 * Appends a review to a breach in the history. Only a limit result that exists in the named run with status
 * BREACH can be acknowledged; a breach may be reviewed several times, and every review is kept
 * (acknowledgements are never updated or deleted). One transaction per acknowledgement. Does not take the
 * state folder's lock, so a review can be recorded while a nightly run is computing; the database serialises
 * the writes. This class is immutable and thread-safe.
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
                BreachAckRow row = insert(c, location, request);
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

    private BreachAckRow insert(Connection c, HistoryLocation location, AckRequest request) throws SQLException {
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
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO breach_acks (ack_id, run_id, limit_name, acked_at, reviewer, classification, action_taken,
                  ack_comment)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            p.setLong(1, ackId);
            p.setString(2, request.runId());
            p.setString(3, request.limitName());
            p.setString(4, now.toString());
            p.setString(5, request.reviewer());
            p.setString(6, request.classification().label());
            p.setString(7, request.action());
            p.setString(8, request.comment());
            p.executeUpdate();
        }
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
