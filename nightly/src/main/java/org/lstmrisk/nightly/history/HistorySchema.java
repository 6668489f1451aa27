package org.lstmrisk.nightly.history;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.lstmrisk.core.UserInputException;

/**
 * Creates and migrates the history tables, idempotently: {@code schema_version} lists the migrations applied,
 * and {@link #migrate} applies the missing ones inside the caller's transaction. The SQL is portable (text
 * dates and instants, {@code DOUBLE PRECISION}, integers for booleans, no reserved words as column names);
 * on SQLite and on PostgreSQL ({@link PostgresGuards}), triggers also refuse every UPDATE and DELETE of the
 * append-only tables. This class is immutable and thread-safe.
 *
 * <p>Version 1:
 * <pre>
 * runs           one row per recorded run (run_id '&lt;as-of&gt;-&lt;n&gt;', run_seq the recording order)
 * limit_results  one row per limit result of a run, drivers as JSON
 * limit_files    each distinct limits file (by SHA-256) with its content and the run that first used it
 * breach_acks    reviews of breaches: who, classification, action, comment, when
 * </pre>
 * <p>Version 2 (the nightly run's model state, see {@code org.lstmrisk.nightly.state}):
 * <pre>
 * model_generations  one row per committed generation of per-ticker model files (DIR/models/gNNNNNN/), with
 *                    the run that committed it; the current generation is the highest number
 * generation_models  the model files of a generation: model name, ticker, last date learned, SHA-256 of the file
 * </pre>
 * <p>Version 3 (the audit chain, see {@link AuditChain}): every table above gets {@code chain_seq} (unique),
 * {@code prev_hash} and {@code row_hash}; the rows already there are chained in the migration's transaction, in
 * the order {@link AuditChain#chainExisting} documents (their hashes prove they are unchanged since the
 * migration, not before it). On SQLite, each table also gets a trigger that refuses an INSERT whose key already
 * exists: {@code INSERT OR REPLACE} deletes the conflicting row without firing DELETE triggers, so without it a
 * REPLACE could rewrite a recorded row.
 */
public final class HistorySchema {

    /** The schema version this code writes and reads. */
    public static final int CURRENT_VERSION = 4;

    /** The tables that are never updated or deleted (the evidence tables of {@link EvidenceTable#ALL}). */
    public static final List<String> APPEND_ONLY_TABLES = List.of("runs", "limit_results", "limit_files", "breach_acks",
            "model_generations", "generation_models");

    private static final List<String> VERSION_1_TABLES = List.of("runs", "limit_results", "limit_files", "breach_acks");

    private static final List<String> VERSION_2_TABLES = List.of("model_generations", "generation_models");

    /** The start of version 3's description; the number of rows it chained follows it. */
    private static final String VERSION_3_DESCRIPTION = "audit chain (chain_seq, prev_hash, row_hash) on every "
            + "evidence row; existing rows chained by this migration: ";

    private static final String VERSION_TABLE = """
            CREATE TABLE IF NOT EXISTS schema_version (
              version     INTEGER PRIMARY KEY,
              applied_at  TEXT NOT NULL,
              description TEXT NOT NULL
            )""";

    private static final List<String> VERSION_1 = List.of("""
            CREATE TABLE runs (
              run_id                TEXT PRIMARY KEY,
              run_seq               INTEGER NOT NULL UNIQUE,
              as_of                 TEXT NOT NULL,
              started_at            TEXT NOT NULL,
              finished_at           TEXT NOT NULL,
              exit_code             INTEGER NOT NULL,
              model                 TEXT NOT NULL,
              model_versions        TEXT NOT NULL,
              horizon_days          INTEGER NOT NULL,
              positions             INTEGER NOT NULL,
              data_source           TEXT NOT NULL,
              data_fingerprint      TEXT NOT NULL,
              config                TEXT NOT NULL,
              config_fingerprint    TEXT NOT NULL,
              limits_source         TEXT,
              limits_fingerprint    TEXT,
              portfolio_volatility  DOUBLE PRECISION NOT NULL,
              volatility_annualized DOUBLE PRECISION NOT NULL,
              var95                 DOUBLE PRECISION,
              var99                 DOUBLE PRECISION,
              es975                 DOUBLE PRECISION,
              weight_sum            DOUBLE PRECISION NOT NULL,
              gross_weight          DOUBLE PRECISION NOT NULL,
              report_path           TEXT NOT NULL
            )""",
            "CREATE INDEX runs_as_of ON runs (as_of)",
            """
            CREATE TABLE limit_results (
              run_id         TEXT NOT NULL REFERENCES runs (run_id),
              ordinal        INTEGER NOT NULL,
              name           TEXT NOT NULL,
              metric         TEXT NOT NULL,
              metric_value   DOUBLE PRECISION NOT NULL,
              warn_threshold DOUBLE PRECISION NOT NULL,
              limit_value    DOUBLE PRECISION NOT NULL,
              utilisation    DOUBLE PRECISION NOT NULL,
              status         TEXT NOT NULL,
              hard           INTEGER NOT NULL,
              drivers        TEXT NOT NULL,
              PRIMARY KEY (run_id, name)
            )""",
            "CREATE INDEX limit_results_status ON limit_results (status)",
            """
            CREATE TABLE limit_files (
              fingerprint    TEXT PRIMARY KEY,
              source         TEXT NOT NULL,
              content        TEXT NOT NULL,
              first_seen_run TEXT NOT NULL REFERENCES runs (run_id)
            )""",
            """
            CREATE TABLE breach_acks (
              ack_id         INTEGER PRIMARY KEY,
              run_id         TEXT NOT NULL,
              limit_name     TEXT NOT NULL,
              acked_at       TEXT NOT NULL,
              reviewer       TEXT NOT NULL,
              classification TEXT NOT NULL,
              action_taken   TEXT NOT NULL,
              ack_comment    TEXT,
              FOREIGN KEY (run_id, limit_name) REFERENCES limit_results (run_id, name)
            )""");

    private static final List<String> VERSION_2 = List.of("""
            CREATE TABLE model_generations (
              generation   INTEGER PRIMARY KEY,
              run_id       TEXT NOT NULL REFERENCES runs (run_id),
              committed_at TEXT NOT NULL
            )""",
            """
            CREATE TABLE generation_models (
              generation   INTEGER NOT NULL REFERENCES model_generations (generation),
              model        TEXT NOT NULL,
              ticker       TEXT NOT NULL,
              last_date    TEXT NOT NULL,
              sha256       TEXT NOT NULL,
              PRIMARY KEY (generation, model, ticker)
            )""");

    /**
     * Applies the migrations {@code c}'s database lacks, without committing (the caller's transaction decides).
     *
     * @param now recorded as the time the migration was applied
     * @throws UserInputException when the database has a newer schema than this code knows
     */
    public void migrate(Connection c, HistoryLocation location, Instant now) throws SQLException {
        migrate(c, location, now, CURRENT_VERSION);
    }

    /**
     * As {@link #migrate(Connection, HistoryLocation, Instant)}, up to version {@code target} only (tests build the
     * databases of older versions with it).
     */
    void migrate(Connection c, HistoryLocation location, Instant now, int target) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(VERSION_TABLE);
        }
        int version = appliedVersion(c);
        requireNotNewer(version, location);
        if (version < 1 && target >= 1) {
            apply(c, location, now, 1, VERSION_1, VERSION_1_TABLES,
                    "runs, limit_results, limit_files, breach_acks (append-only)");
        }
        if (version < 2 && target >= 2) {
            apply(c, location, now, 2, VERSION_2, VERSION_2_TABLES,
                    "model_generations, generation_models (append-only): the nightly run's model state");
        }
        if (version < 3 && target >= 3) {
            applyChain(c, location, now);
        }
        if (version < 4 && target >= 4) {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE runs ADD COLUMN var_method TEXT");
                s.execute("ALTER TABLE runs ADD COLUMN var_window_days INTEGER");
                s.execute("ALTER TABLE runs ADD COLUMN var_parameters TEXT");
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)")) {
                p.setInt(1, 4);
                p.setString(2, now.toString());
                p.setString(3, "runs.var_method, var_window_days, var_parameters: the VaR method of each run (NULL "
                        + "before this version; left out of the chain's serialisation when NULL)");
                p.executeUpdate();
            }
        }
    }

    private static void applyChain(Connection c, HistoryLocation location, Instant now) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (EvidenceTable table : EvidenceTable.ALL) {
                s.execute("ALTER TABLE " + table.name() + " ADD COLUMN chain_seq INTEGER");
                s.execute("ALTER TABLE " + table.name() + " ADD COLUMN prev_hash TEXT");
                s.execute("ALTER TABLE " + table.name() + " ADD COLUMN row_hash TEXT");
                s.execute("CREATE UNIQUE INDEX " + table.name() + "_chain_seq ON " + table.name() + " (chain_seq)");
                if (location.isSqlite()) {
                    s.execute("DROP TRIGGER IF EXISTS " + table.name() + "_no_update"); // back below
                }
            }
        }
        long chained = AuditChain.chainExisting(c);
        if (location.isSqlite()) {
            try (Statement s = c.createStatement()) {
                for (EvidenceTable table : EvidenceTable.ALL) {
                    s.execute(refuse(table.name(), "UPDATE"));
                    s.execute(refuseExistingKey(table));
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)")) {
            p.setInt(1, 3);
            p.setString(2, now.toString());
            p.setString(3, VERSION_3_DESCRIPTION + chained);
            p.executeUpdate();
        }
    }

    /**
     * How many rows existed before the chain and were chained by the migration to version 3 (0 for a history
     * created with it), and when; empty before version 3.
     */
    public java.util.Optional<Migration> chainMigration(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT applied_at, description FROM schema_version WHERE version = 3")) {
            if (!rs.next()) {
                return java.util.Optional.empty();
            }
            String description = rs.getString(2);
            long rows = 0;
            if (description != null && description.startsWith(VERSION_3_DESCRIPTION)) {
                try {
                    rows = Long.parseLong(description.substring(VERSION_3_DESCRIPTION.length()).strip());
                } catch (NumberFormatException e) {
                    rows = 0;
                }
            }
            return java.util.Optional.of(new Migration(rs.getString(1), rows));
        }
    }

    /**
     * The migration that added the audit chain.
     *
     * @param appliedAt   when (UTC instant, as text)
     * @param rowsChained how many existing rows it chained
     */
    public record Migration(String appliedAt, long rowsChained) {
    }

    /**
     * A trigger that guards an append-only table on SQLite.
     *
     * @param table the table
     * @param name  the trigger's name
     * @param sql   the exact {@code CREATE TRIGGER} statement (SQLite keeps it verbatim in sqlite_master)
     */
    public record Guard(String table, String name, String sql) {
    }

    /** Every trigger a current SQLite history must have: no UPDATE, no DELETE, no INSERT of an existing key. */
    public static List<Guard> guards() {
        var guards = new java.util.ArrayList<Guard>();
        for (EvidenceTable table : EvidenceTable.ALL) {
            String t = table.name();
            guards.add(new Guard(t, t + "_no_update", refuse(t, "UPDATE")));
            guards.add(new Guard(t, t + "_no_delete", refuse(t, "DELETE")));
            guards.add(new Guard(t, t + "_no_replace", refuseExistingKey(table)));
        }
        return guards;
    }

    private static void apply(Connection c, HistoryLocation location, Instant now, int version, List<String> ddl,
                              List<String> appendOnly, String description) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : ddl) {
                s.execute(sql);
            }
            if (location.isSqlite()) {
                for (String table : appendOnly) {
                    s.execute(refuse(table, "UPDATE"));
                    s.execute(refuse(table, "DELETE"));
                }
            } else if (location.isPostgresql()) {
                PostgresGuards.install(s, appendOnly);
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)")) {
            p.setInt(1, version);
            p.setString(2, now.toString());
            p.setString(3, description);
            p.executeUpdate();
        }
    }

    /**
     * Checks that {@code c}'s database holds a history this code can read.
     *
     * @throws UserInputException when it holds none, or a newer schema
     */
    public void requireReadable(Connection c, HistoryLocation location) throws SQLException {
        int version = hasVersionTable(c) ? appliedVersion(c) : 0;
        if (version < 1) {
            throw new UserInputException("no lstm-risk run history in " + location.describe()
                    + " (no run has been recorded there)");
        }
        requireNotNewer(version, location);
    }

    /** Checks that {@code c}'s database, if it has a history, has a schema this code understands. */
    public void requireSupported(Connection c, HistoryLocation location) throws SQLException {
        if (hasVersionTable(c)) {
            requireNotNewer(appliedVersion(c), location);
        }
    }

    /** The highest applied version, 0 when the database has no history (no version table, or an empty one). */
    public int existingVersion(Connection c) throws SQLException {
        return hasVersionTable(c) ? appliedVersion(c) : 0;
    }

    /** The highest applied version, 0 when the version table is empty. */
    public int appliedVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void requireNotNewer(int version, HistoryLocation location) {
        if (version > CURRENT_VERSION) {
            throw new UserInputException("the history database " + location.describe() + " has schema version "
                    + version + ", newer than this lstm-risk understands (" + CURRENT_VERSION + "); use a newer lstm-risk");
        }
    }

    private static boolean hasVersionTable(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema(); // the connection's own schema only (PostgreSQL: currentSchema)
        for (String name : List.of("schema_version", "SCHEMA_VERSION")) {
            try (ResultSet rs = meta.getTables(null, schema, name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String refuseExistingKey(EvidenceTable table) {
        var keys = new java.util.ArrayList<>(table.uniqueKeys());
        keys.add(List.of("chain_seq"));
        String match = keys.stream()
                .map(k -> "(" + k.stream().map(col -> col + " = NEW." + col)
                        .collect(java.util.stream.Collectors.joining(" AND ")) + ")")
                .collect(java.util.stream.Collectors.joining(" OR "));
        return "CREATE TRIGGER " + table.name() + "_no_replace BEFORE INSERT ON " + table.name()
                + " WHEN EXISTS (SELECT 1 FROM " + table.name() + " WHERE " + match + ") BEGIN SELECT RAISE(ABORT, '"
                + table.name() + " is append-only: INSERT of an existing key refused (INSERT OR REPLACE would "
                + "rewrite a recorded row)'); END";
    }

    private static String refuse(String table, String operation) {
        return "CREATE TRIGGER " + table + "_no_" + operation.toLowerCase(java.util.Locale.ROOT) + " BEFORE "
                + operation + " ON " + table + " BEGIN SELECT RAISE(ABORT, '" + table
                + " is append-only: " + operation + " refused'); END";
    }
}
