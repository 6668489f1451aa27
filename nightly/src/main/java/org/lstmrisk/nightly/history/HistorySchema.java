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
 * on SQLite, triggers also refuse every UPDATE and DELETE of the append-only tables. This class is immutable
 * and thread-safe.
 *
 * <p>Version 1:
 * <pre>
 * runs           one row per recorded run (run_id '&lt;as-of&gt;-&lt;n&gt;', run_seq the recording order)
 * limit_results  one row per limit result of a run, drivers as JSON
 * limit_files    each distinct limits file (by SHA-256) with its content and the run that first used it
 * breach_acks    reviews of breaches: who, classification, action, comment, when
 * </pre>
 * <p>Version 2 (the nightly run's model state, see {@code org.lstmrisk.app.state}):
 * <pre>
 * model_generations  one row per committed generation of per-ticker model files (DIR/models/gNNNNNN/), with
 *                    the run that committed it; the current generation is the highest number
 * generation_models  the model files of a generation: model name, ticker, last date learned, SHA-256 of the file
 * </pre>
 */
public final class HistorySchema {

    /** The schema version this code writes and reads. */
    public static final int CURRENT_VERSION = 2;

    /** The tables that are never updated or deleted. */
    public static final List<String> APPEND_ONLY_TABLES = List.of("runs", "limit_results", "limit_files", "breach_acks",
            "model_generations", "generation_models");

    private static final List<String> VERSION_1_TABLES = List.of("runs", "limit_results", "limit_files", "breach_acks");

    private static final List<String> VERSION_2_TABLES = List.of("model_generations", "generation_models");

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
        try (Statement s = c.createStatement()) {
            s.execute(VERSION_TABLE);
        }
        int version = appliedVersion(c);
        requireNotNewer(version, location);
        if (version < 1) {
            apply(c, location, now, 1, VERSION_1, VERSION_1_TABLES,
                    "runs, limit_results, limit_files, breach_acks (append-only)");
        }
        if (version < 2) {
            apply(c, location, now, 2, VERSION_2, VERSION_2_TABLES,
                    "model_generations, generation_models (append-only): the nightly run's model state");
        }
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
        for (String name : List.of("schema_version", "SCHEMA_VERSION")) {
            try (ResultSet rs = meta.getTables(null, null, name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String refuse(String table, String operation) {
        return "CREATE TRIGGER " + table + "_no_" + operation.toLowerCase(java.util.Locale.ROOT) + " BEFORE "
                + operation + " ON " + table + " BEGIN SELECT RAISE(ABORT, '" + table
                + " is append-only: " + operation + " refused'); END";
    }
}
