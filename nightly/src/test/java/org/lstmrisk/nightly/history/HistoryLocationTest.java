package org.lstmrisk.nightly.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the history lives: the default SQLite file in the state folder, or a JDBC URL. */
class HistoryLocationTest {

    @Test
    void test_of_defaultsToSqliteInTheStateFolder() {
        HistoryLocation l = HistoryLocation.of(Path.of("state"), null);
        assertEquals("jdbc:sqlite:" + Path.of("state", "history.db"), l.jdbcUrl());
        assertTrue(l.isSqlite());
        assertEquals(Optional.of(Path.of("state", "history.db")), l.sqliteFile());
    }

    @Test
    void test_of_urlWins() {
        HistoryLocation l = HistoryLocation.of(Path.of("state"), "jdbc:sqlite:file:/var/risk/h.db?journal_mode=WAL");
        assertEquals(Optional.of(Path.of("/var/risk/h.db")), l.sqliteFile());
        HistoryLocation pg = HistoryLocation.of(null, "jdbc:postgresql://db/risk");
        assertFalse(pg.isSqlite());
        assertEquals("jdbc:postgresql://db/risk", pg.describe());
        assertEquals(Optional.empty(), HistoryLocation.of(null, "jdbc:sqlite::memory:").sqliteFile());
    }

    @Test
    void test_of_rejectsANonJdbcUrl() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HistoryLocation.of(null, "/tmp/history.db"));
        assertTrue(e.getMessage().contains("/tmp/history.db"), e.getMessage());
    }
}
