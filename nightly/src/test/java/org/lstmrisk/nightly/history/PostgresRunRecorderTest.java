package org.lstmrisk.nightly.history;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Every {@link RunRecorderTest} case, with the history on a real PostgreSQL server. */
class PostgresRunRecorderTest extends RunRecorderTest {

    @RegisterExtension
    final PostgresTestDatabase postgres = new PostgresTestDatabase();

    @Override
    HistoryLocation location() {
        return postgres.location();
    }
}
