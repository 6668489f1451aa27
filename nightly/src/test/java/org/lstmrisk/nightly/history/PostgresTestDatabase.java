package org.lstmrisk.nightly.history;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh schema on a real PostgreSQL server for each test, dropped after it. Register it as a field:
 * {@code @RegisterExtension final PostgresTestDatabase postgres = new PostgresTestDatabase();} and read
 * {@link #location()} in the test.
 *
 * <p>{@code LSTMRISK_POSTGRES_URL} names a database the tests may create schemas in (for example
 * {@code jdbc:postgresql://localhost:5432/lstmrisk_test?user=lstmrisk&password=…}; .ci/run installs Debian's
 * postgresql, starts it and sets it). Without it the PostgreSQL tests are skipped, unless
 * {@code LSTMRISK_REQUIRE_POSTGRES=1} (set by CI) makes the absence a failure.
 */
public final class PostgresTestDatabase implements BeforeEachCallback, AfterEachCallback {

    /** The environment variable with the server's JDBC URL. */
    public static final String URL_VARIABLE = "LSTMRISK_POSTGRES_URL";

    private String serverUrl;
    private String schema;
    private final java.util.List<String> schemas = new java.util.ArrayList<>();

    /** Skips (or, under CI, fails) the test without a server; otherwise creates the test's schema. */
    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("LSTMRISK_REQUIRE_POSTGRES"))) {
                throw new AssertionError(URL_VARIABLE + " is not set but LSTMRISK_REQUIRE_POSTGRES=1");
            }
            Assumptions.abort(URL_VARIABLE + " is not set: no PostgreSQL server for this test");
        }
        serverUrl = url.strip();
        schema = createSchema();
    }

    /** Drops the test's schema with everything in it. */
    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        for (String s : schemas) {
            execute("DROP SCHEMA IF EXISTS " + s + " CASCADE");
        }
        schemas.clear();
        schema = null;
    }

    /** The history location whose connections use the test's schema. */
    public HistoryLocation location() {
        if (schema == null) {
            throw new IllegalStateException("no schema outside a test");
        }
        return at(schema);
    }

    /** One more empty schema for the same test (dropped with the first), and the history location that uses it. */
    public HistoryLocation anotherLocation() throws SQLException {
        if (schema == null) {
            throw new IllegalStateException("no schema outside a test");
        }
        return at(createSchema());
    }

    private HistoryLocation at(String name) {
        return new HistoryLocation(serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + name);
    }

    private String createSchema() throws SQLException {
        String name = "lstmrisk_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + name);
        schemas.add(name);
        return name;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
