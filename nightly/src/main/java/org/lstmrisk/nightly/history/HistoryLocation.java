package org.lstmrisk.nightly.history;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the run history lives: a JDBC URL, by default {@code jdbc:sqlite:DIR/history.db} inside the state
 * folder. This class is immutable and thread-safe.
 *
 * @param jdbcUrl the database's JDBC URL
 */
public record HistoryLocation(String jdbcUrl) {

    /** The database file's name inside the state folder. */
    public static final String DEFAULT_FILE_NAME = "history.db";

    private static final String SQLITE_PREFIX = "jdbc:sqlite:";

    private static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    /** A password in a URL's query ({@code password=…}), hidden by {@link #describe}. */
    private static final java.util.regex.Pattern PASSWORD =
            java.util.regex.Pattern.compile("(?i)([?&;]password=)[^&;]*");

    /** Validates a non-blank {@code jdbc:} URL. */
    public HistoryLocation {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a history URL must be a JDBC URL starting with 'jdbc:', was '"
                    + jdbcUrl + "'");
        }
    }

    /**
     * The history of {@code stateDir}: {@code url} when given, else SQLite in {@code stateDir/history.db}.
     *
     * @param stateDir the state folder, may be {@code null} when {@code url} is given
     * @param url      a JDBC URL, or {@code null} for the default
     */
    public static HistoryLocation of(Path stateDir, String url) {
        if (url != null && !url.isBlank()) {
            return new HistoryLocation(url.strip());
        }
        Objects.requireNonNull(stateDir, "stateDir or url");
        return new HistoryLocation(SQLITE_PREFIX + stateDir.resolve(DEFAULT_FILE_NAME));
    }

    /** True for an SQLite URL (which gets triggers, a busy timeout and immediate transactions). */
    public boolean isSqlite() {
        return jdbcUrl.startsWith(SQLITE_PREFIX);
    }

    /**
     * True for a PostgreSQL URL (which gets append-only triggers and a transaction-wide advisory lock for
     * writers). The schema is the connection's current one ({@code currentSchema=} in the URL picks another).
     */
    public boolean isPostgresql() {
        return jdbcUrl.startsWith(POSTGRESQL_PREFIX);
    }

    /** The database file of an SQLite URL, or empty for an in-memory database or another database. */
    public Optional<Path> sqliteFile() {
        if (!isSqlite()) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring(SQLITE_PREFIX.length());
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        if (rest.isEmpty() || rest.startsWith(":memory:") || rest.startsWith(":resource:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(rest));
    }

    /** The file for SQLite, else the URL with any password replaced by {@code ***}: what messages show. */
    public String describe() {
        return sqliteFile().map(Path::toString).orElse(PASSWORD.matcher(jdbcUrl).replaceAll("$1***"));
    }
}
