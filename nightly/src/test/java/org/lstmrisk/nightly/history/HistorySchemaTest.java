package org.lstmrisk.nightly.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.UserInputException;

/** The schema: idempotent migration, version checks, and append-only tables enforced by the database. */
class HistorySchemaTest {

    private static final Instant T0 = Instant.parse("2024-03-08T21:00:00Z");

    @TempDir
    Path tmp;

    private final HistorySchema schema = new HistorySchema();
    private final HistoryDatabase database = new HistoryDatabase();

    private HistoryLocation location() {
        return HistoryLocation.of(tmp, null);
    }

    @Test
    void test_migrate_isIdempotent() throws SQLException {
        for (int i = 0; i < 3; i++) {
            try (Connection c = database.openForWrite(location())) {
                schema.migrate(c, location(), T0);
                c.commit();
            }
        }
        try (Connection c = database.openExisting(location()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, applied_at FROM schema_version")) {
            for (int version = 1; version <= HistorySchema.CURRENT_VERSION; version++) {
                assertTrue(rs.next());
                assertEquals(version, rs.getInt(1));
                assertEquals("2024-03-08T21:00:00Z", rs.getString(2));
            }
            assertTrue(!rs.next(), "one row per migration, however often it runs");
            schema.requireReadable(c, location());
        }
    }

    @Test
    void test_appendOnlyTables_refuseUpdateAndDelete() throws Exception {
        recordRunWithAck();
        String[] statements = {
            "UPDATE runs SET exit_code = 0",
            "DELETE FROM runs",
            "UPDATE limit_results SET status = 'OK'",
            "DELETE FROM limit_results",
            "UPDATE limit_files SET content = ''",
            "DELETE FROM limit_files",
            "UPDATE breach_acks SET reviewer = 'someone else'",
            "DELETE FROM breach_acks",
            "UPDATE model_generations SET run_id = 'x'",
            "DELETE FROM model_generations",
            "UPDATE generation_models SET sha256 = 'sha256:11'",
            "DELETE FROM generation_models",
        };
        for (String sql : statements) {
            try (Connection c = database.openForWrite(location()); Statement s = c.createStatement()) {
                SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                assertTrue(e.getMessage().contains("append-only"), sql + ": " + e.getMessage());
                c.rollback();
            }
        }
        try (Connection c = database.openExisting(location()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT exit_code, (SELECT reviewer FROM breach_acks) FROM runs")) {
            assertTrue(rs.next());
            assertEquals(3, rs.getInt(1), "the run is unchanged");
            assertEquals("alice", rs.getString(2), "the review is unchanged");
        }
    }

    @Test
    void test_migrate_fromVersion1_addsTheModelTablesAndKeepsTheRuns() throws Exception {
        try (Connection c = database.openForWrite(location()); Statement s = c.createStatement()) {
            schema.migrate(c, location(), T0, 1); // a version-1 database, with a run as the code of then wrote it
            s.executeUpdate("INSERT INTO runs VALUES ('2024-03-08-1', 1, '2024-03-08', 's', 'f', 3, 'ewma', 'v', 1, 3,"
                    + " 'd', 'sha256:d', '{}', 'sha256:c', NULL, NULL, 0.01, 0.16, 0.02, 0.03, NULL, 1, 1, 'out')");
            c.commit();
        }
        try (Connection c = database.openForWrite(location())) {
            assertEquals(1, schema.appliedVersion(c));
            schema.migrate(c, location(), T0);
            c.commit();
        }
        try (Connection c = database.openExisting(location()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM runs), (SELECT COUNT(*) FROM model_generations),"
                     + " (SELECT MAX(version) FROM schema_version), (SELECT exit_code FROM runs)")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1), "the version-1 run is kept");
            assertEquals(0, rs.getInt(2), "no generation yet");
            assertEquals(HistorySchema.CURRENT_VERSION, rs.getInt(3));
            assertEquals(3, rs.getInt(4));
        }
    }

    @Test
    void test_newerSchema_isRefusedWithAClearMessage() throws SQLException {
        try (Connection c = database.openForWrite(location()); Statement s = c.createStatement()) {
            schema.migrate(c, location(), T0);
            s.executeUpdate("INSERT INTO schema_version (version, applied_at, description) VALUES (99, 'x', 'future')");
            c.commit();
        }
        UserInputException e = assertThrows(UserInputException.class,
                () -> database.checkWritable(location(), schema));
        assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
    }

    @Test
    void test_readingAMissingHistory_createsNothing() {
        UserInputException e = assertThrows(UserInputException.class, () -> database.openExisting(location()));
        assertTrue(e.getMessage().contains("no run history at"), e.getMessage());
        assertTrue(!Files.exists(tmp.resolve("history.db")));
    }

    private void recordRunWithAck() {
        RunRecorder recorder = TestRuns.recorder(new TestRuns.TickingClock(T0));
        LocalDate asOf = LocalDate.of(2024, 3, 8);
        try {
            Path limits = Files.writeString(tmp.resolve("limits.yaml"), "limits: []\n");
            var generation = new org.lstmrisk.nightly.state.ModelGeneration(1, java.util.List.of(
                    new org.lstmrisk.nightly.state.ModelEntry("lstm", "CCC", asOf, "sha256:00")));
            recorder.runLog(recorder.start(location()), TestRuns.settings(), limits)
                    .record(TestRuns.report(asOf), tmp.resolve("out"), 3,
                            new org.lstmrisk.nightly.state.GenerationRecords(database).committing(generation, 0));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        new BreachAcknowledger(database, schema, new TestRuns.TickingClock(T0)).acknowledge(location(),
                new AckRequest("2024-03-08-1", "share:CCC", "alice", BreachClassification.MARKET_MOVED, "none", null));
    }
}
