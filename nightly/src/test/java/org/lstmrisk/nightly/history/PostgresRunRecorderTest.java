package org.lstmrisk.nightly.history;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Every {@link RunRecorderTest} case, with the history on a real PostgreSQL server. */
class PostgresRunRecorderTest extends RunRecorderTest {

    private PostgresTestDatabase server;
    private HistoryLocation location;

    @BeforeEach
    void createSchema() throws SQLException {
        server = PostgresTestDatabase.require();
        location = server.freshSchema();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (location != null) {
            server.drop(location);
        }
    }

    @Override
    HistoryLocation location() {
        return location;
    }
}
