package org.lstmrisk.nightly.history;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the history tests. {@code LSTMRISK_POSTGRES_URL} names a database the tests may
 * create schemas in (for example {@code jdbc:postgresql://localhost:5432/lstmrisk_test?user=lstmrisk&password=…};
 * .ci/run installs Debian's postgresql, starts it and sets it). Without it the PostgreSQL tests are skipped,
 * unless {@code LSTMRISK_REQUIRE_POSTGRES=1} (set by CI) makes the absence a failure.
 */
public final class PostgresTestDatabase {

    /** The environment variable with the server's JDBC URL. */
    public static final String URL_VARIABLE = "LSTMRISK_POSTGRES_URL";

    private final String url;

    private PostgresTestDatabase(String url) {
        this.url = url;
    }

    /** The server, or the calling test is skipped (or failed, when CI requires the server). */
    public static PostgresTestDatabase require() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("LSTMRISK_REQUIRE_POSTGRES"))) {
                throw new AssertionError(URL_VARIABLE + " is not set but LSTMRISK_REQUIRE_POSTGRES=1");
            }
            Assumptions.abort(URL_VARIABLE + " is not set: no PostgreSQL server for this test");
        }
        return new PostgresTestDatabase(url.strip());
    }

    /** A new, empty schema on the server, and the history location whose connections use it. */
    public HistoryLocation freshSchema() throws SQLException {
        String schema = "lstmrisk_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return new HistoryLocation(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    /** Drops the schema of {@code location} with everything in it. */
    public void drop(HistoryLocation location) throws SQLException {
        String schema = location.jdbcUrl().substring(location.jdbcUrl().lastIndexOf("currentSchema=")
                + "currentSchema=".length());
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
