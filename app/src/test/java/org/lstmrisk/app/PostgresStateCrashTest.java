package org.lstmrisk.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lstmrisk.nightly.history.PostgresTestDatabase;

/**
 * {@link StateCrashTest} with the history on a real PostgreSQL server ({@code --history-url}, one schema per state
 * folder): a run killed anywhere leaves the state before or after it, and the commit point is the server's
 * transaction. Fewer kill points than on SQLite, to bound the time.
 */
@Tag("crash")
class PostgresStateCrashTest extends StateCrashTest {

    @RegisterExtension
    final PostgresTestDatabase server = new PostgresTestDatabase();

    private final Map<Path, String> urls = new HashMap<>();

    @Override
    List<String> killPoints() {
        return List.of("0.45", "0.85", "written:", "recorded:");
    }

    @Override
    long budgetSeconds() {
        return 480;
    }

    @Override
    String historyUrl(Path state) {
        return urls.computeIfAbsent(state, s -> {
            try {
                return server.anotherLocation().jdbcUrl();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    List<String> query(Path state, String sql) {
        var rows = new ArrayList<String>();
        try (Connection c = DriverManager.getConnection(historyUrl(state)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) { // undefined table: no run recorded yet
                return rows;
            }
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** A schema cannot be copied like a folder: the reference bootstrap is run again, into a fresh schema. */
    @Override
    void prepareUpdate(Path state, Path refAtD0, LocalDate d0) throws Exception {
        complete(state, d0);
    }
}
