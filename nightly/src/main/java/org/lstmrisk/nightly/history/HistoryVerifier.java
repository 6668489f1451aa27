package org.lstmrisk.nightly.history;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.lstmrisk.core.UserInputException;

/**
 * Verifies the audit chain of a history ({@link AuditChain}): for {@code history --verify}, and before every
 * write (a run, a review), which a broken chain refuses. This class is immutable and thread-safe.
 */
public final class HistoryVerifier {

    /** The first schema version with the audit chain. */
    static final int CHAIN_VERSION = 3;

    private final HistoryDatabase database;
    private final HistorySchema schema;

    /** A verifier from its collaborators. */
    @Inject
    public HistoryVerifier(HistoryDatabase database, HistorySchema schema) {
        this.database = database;
        this.schema = schema;
    }

    /**
     * Recomputes the chain of the history at {@code location}. Reads only.
     *
     * @return what was found, intact or not
     * @throws UserInputException when there is no history there, or one from before the chain
     * @throws HistoryException   when the database cannot be read
     */
    public ChainVerification verify(HistoryLocation location) {
        try (Connection c = database.openExisting(location)) {
            schema.requireReadable(c, location);
            int version = schema.appliedVersion(c);
            if (version < CHAIN_VERSION) {
                throw new UserInputException("the history " + location.describe() + " has schema version " + version
                        + ", from before the audit chain: there is nothing to verify yet; the next 'lstm-risk run' "
                        + "or 'breach ack' on it adds the chain over the rows as they are then");
            }
            return check(c, location);
        } catch (SQLException e) {
            throw new HistoryException("cannot read the history " + location.describe() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Before a run computes anything: refuses a history whose chain is broken. A missing database or one from
     * before the chain passes (the run's migration chains it). Reads only.
     *
     * @throws UserInputException when the chain is broken
     */
    public void requireIntact(HistoryLocation location) {
        if (location.sqliteFile().map(f -> !java.nio.file.Files.exists(f)).orElse(false)) {
            return;
        }
        try (Connection c = database.openExisting(location)) {
            if (schema.existingVersion(c) >= CHAIN_VERSION) {
                ChainVerification v = check(c, location);
                v.broken().ifPresent(b -> {
                    throw new UserInputException(refusal(location, b));
                });
            }
        } catch (SQLException e) {
            throw new UserInputException("cannot read the history database " + location.describe() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The chain of {@code c}'s database, which has schema version 3 or later. */
    ChainVerification check(Connection c, HistoryLocation location) throws SQLException {
        long preChained = schema.chainMigration(c).map(HistorySchema.Migration::rowsChained).orElse(0L);
        ChainVerification chain = AuditChain.verify(c, location.isSqlite(), preChained);
        if (chain.intact() && location.isPostgresql()) {
            var guard = PostgresGuards.check(c);
            if (guard.isPresent()) {
                return new ChainVerification(chain.rows(), chain.head(), preChained, guard);
            }
        }
        return chain;
    }

    /** The one-line message of a broken chain found by {@code history --verify}. */
    public static String tampered(HistoryLocation location, ChainVerification.Break b) {
        return "history " + location.describe() + " tampered: " + b.describe();
    }

    /** The one-line message that refuses to write to a history with a broken chain. */
    static String refusal(HistoryLocation location, ChainVerification.Break b) {
        return "refusing to write to the history " + location.describe() + ": its audit chain is broken: "
                + b.describe() + "; restore it from a backup ('lstm-risk history --verify' checks a copy)";
    }
}
