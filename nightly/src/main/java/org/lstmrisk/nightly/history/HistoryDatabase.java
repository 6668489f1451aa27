package org.lstmrisk.nightly.history;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.lstmrisk.core.UserInputException;
import org.sqlite.SQLiteConfig;

/**
 * Opens JDBC connections to a history database. SQLite connections get foreign keys, a busy timeout (a
 * reader or an acknowledgement waits for a run's transaction instead of failing) and immediate transactions
 * (a transaction takes the write lock when it begins, so read-then-insert cannot interleave). PostgreSQL
 * writers take an advisory lock for the same reason. Other databases are opened with the URL as given; their driver must be on the class path. This class is immutable and
 * thread-safe.
 */
public final class HistoryDatabase {

    /** The key of the PostgreSQL advisory lock that serialises writers of a history database. */
    static final long POSTGRESQL_WRITE_LOCK = 0x6c73746d7269736bL; // "lstmrisk"

    /** How long an SQLite connection waits for another writer, milliseconds. */
    static final int BUSY_TIMEOUT_MILLIS = 30_000;

    /**
     * A connection that may create the database and write to it; auto-commit is off. On PostgreSQL its
     * transaction starts by taking the history's advisory lock ({@value #POSTGRESQL_WRITE_LOCK}), held until
     * commit or rollback, so that two writers cannot both read the chain's head and insert after it.
     */
    public Connection openForWrite(HistoryLocation location) throws SQLException {
        Connection c = location.isSqlite()
                ? DriverManager.getConnection(location.jdbcUrl(), sqlite(false))
                : DriverManager.getConnection(location.jdbcUrl());
        c.setAutoCommit(false);
        if (location.isPostgresql()) {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + POSTGRESQL_WRITE_LOCK + ")");
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        }
        return c;
    }

    /**
     * A read connection to a database that must already exist (a missing SQLite file is not created).
     *
     * @throws UserInputException when the SQLite file does not exist or the database cannot be opened
     */
    public Connection openExisting(HistoryLocation location) {
        location.sqliteFile().ifPresent(file -> {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException("no run history at " + file + ": the file does not exist (runs are "
                        + "recorded by 'lstm-risk run --state DIR', in DIR/" + HistoryLocation.DEFAULT_FILE_NAME + ")");
            }
        });
        try {
            return location.isSqlite()
                    ? DriverManager.getConnection(location.jdbcUrl(), sqlite(true))
                    : DriverManager.getConnection(location.jdbcUrl());
        } catch (SQLException e) {
            throw new UserInputException("cannot open the history database " + location.describe() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Checks, before a run computes anything, that its history can be written: a driver accepts the URL, and
     * an existing database has a schema this version understands. Reads only.
     *
     * @throws UserInputException when it cannot
     */
    public void checkWritable(HistoryLocation location, HistorySchema schema) {
        try {
            DriverManager.getDriver(location.jdbcUrl());
        } catch (SQLException e) {
            throw new UserInputException("no JDBC driver on the class path accepts the history URL '"
                    + location.jdbcUrl() + "'", e);
        }
        var file = location.sqliteFile();
        if (file.isPresent() && !Files.exists(file.get())) {
            var folder = file.get().toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new UserInputException("the history database " + file.get() + " cannot be created: its folder "
                        + folder + " does not exist");
            }
            return; // created by the first recorded run
        }
        try (Connection c = openExisting(location)) {
            schema.requireSupported(c, location);
        } catch (SQLException e) {
            throw new UserInputException("cannot read the history database " + location.describe() + ": "
                    + e.getMessage(), e);
        }
    }

    private static Properties sqlite(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setReadOnly(readOnly);
        return config.toProperties();
    }
}
