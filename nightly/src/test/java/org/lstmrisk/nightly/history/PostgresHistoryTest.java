package org.lstmrisk.nightly.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.nightly.state.GenerationRecords;
import org.lstmrisk.nightly.state.ModelEntry;
import org.lstmrisk.nightly.state.ModelGeneration;

/**
 * The history on a real PostgreSQL server: the same rows and the same audit chain as on SQLite, the append-only
 * guarantee enforced by the server's triggers, tampering found by {@code --verify}, and concurrent writers
 * serialised.
 */
class PostgresHistoryTest {

    private static final Instant T0 = Instant.parse("2024-03-08T21:00:00Z");
    private static final LocalDate D1 = LocalDate.of(2024, 3, 7);
    private static final LocalDate D2 = LocalDate.of(2024, 3, 8);

    @TempDir
    Path tmp;

    private final HistorySchema schema = new HistorySchema();
    private final HistoryDatabase database = new HistoryDatabase();
    private final HistoryVerifier verifier = new HistoryVerifier(database, schema);
    @RegisterExtension
    final PostgresTestDatabase server = new PostgresTestDatabase();
    private HistoryLocation postgres;

    @BeforeEach
    void locateSchema() {
        postgres = server.location();
    }

    @Test
    void test_aHistory_readsAndChainsExactlyAsOnSqlite() {
        HistoryLocation sqlite = HistoryLocation.of(tmp, null);
        recordHistory(sqlite);
        recordHistory(postgres);
        HistoryQuery query = new HistoryQuery(database, schema);
        HistoryView onSqlite = query.find(sqlite, HistoryFilter.ALL);
        HistoryView onPostgres = query.find(postgres, HistoryFilter.ALL);
        assertEquals(2, onPostgres.runs().size());
        assertEquals(onSqlite.runs(), onPostgres.runs(), "every run, limit result and review reads back the same");
        ChainVerification a = verifier.verify(sqlite);
        ChainVerification b = verifier.verify(postgres);
        assertTrue(b.intact(), () -> b.broken().orElseThrow().describe());
        assertEquals(15, b.rows());
        assertEquals(a.head(), b.head(), "the same rows give the same chain, whatever the database");
    }

    @Test
    void test_everyChangeOfARecordedRow_isRefusedByTheServer() throws Exception {
        recordHistory(postgres);
        String head = verifier.verify(postgres).head();
        String[] statements = {
            "UPDATE runs SET exit_code = 0",
            "DELETE FROM runs",
            "TRUNCATE runs CASCADE",
            "UPDATE limit_results SET status = 'OK'",
            "DELETE FROM limit_results",
            "DELETE FROM limit_files",
            "UPDATE breach_acks SET reviewer = 'mallory'",
            "TRUNCATE breach_acks",
            "DELETE FROM model_generations",
            "UPDATE generation_models SET sha256 = 'x'",
            "INSERT INTO runs SELECT * FROM runs",
            "INSERT INTO breach_acks SELECT * FROM breach_acks ON CONFLICT (ack_id) DO UPDATE SET reviewer = 'mallory'",
        };
        for (String sql : statements) {
            SQLException e = assertThrows(SQLException.class, () -> asAttacker(sql), sql);
            assertTrue(e.getMessage().contains("append-only") || e.getMessage().contains("duplicate key"),
                    sql + ": " + e.getMessage());
        }
        ChainVerification v = verifier.verify(postgres);
        assertTrue(v.intact());
        assertEquals(head, v.head(), "nothing changed");
    }

    @Test
    void test_aDisabledTrigger_isNamedByVerify_andRefusesTheNextRun() throws Exception {
        recordHistory(postgres);
        asAttacker("ALTER TABLE breach_acks DISABLE TRIGGER breach_acks_no_update");
        ChainVerification v = verifier.verify(postgres);
        assertEquals("trigger breach_acks_no_update on breach_acks: disabled: ALTER TABLE … DISABLE TRIGGER was run",
                v.broken().orElseThrow().describe());
        RunRecorder recorder = TestRuns.recorder(new TestRuns.TickingClock(T0.plusSeconds(7200)));
        assertThrows(UserInputException.class, () -> recorder.checkWritable(postgres));
        assertEquals(2, count("runs"), "nothing was recorded");
    }

    @Test
    void test_aRowChangedWithTheTriggersOff_isNamed() throws Exception {
        recordHistory(postgres);
        asAttacker("ALTER TABLE breach_acks DISABLE TRIGGER breach_acks_no_update",
                "UPDATE breach_acks SET reviewer = 'mallory' WHERE ack_id = 1",
                "ALTER TABLE breach_acks ENABLE TRIGGER breach_acks_no_update");
        ChainVerification v = verifier.verify(postgres);
        ChainVerification.Break b = v.broken().orElseThrow();
        assertEquals("breach_acks", b.table());
        assertEquals("ack_id=1", b.row());
        assertEquals(ChainVerification.Check.CONTENT, b.check());
    }

    @Test
    void test_aDroppedTriggerOrAlteredFunction_isNamed() throws Exception {
        recordHistory(postgres);
        asAttacker("DROP TRIGGER runs_no_delete ON runs");
        assertEquals("trigger runs_no_delete on runs: missing: the append-only guard was dropped",
                verifier.verify(postgres).broken().orElseThrow().describe());
        asAttacker("CREATE TRIGGER runs_no_delete BEFORE DELETE ON runs FOR EACH ROW EXECUTE FUNCTION "
                        + PostgresGuards.FUNCTION + "()",
                "CREATE OR REPLACE FUNCTION " + PostgresGuards.FUNCTION + "() RETURNS trigger LANGUAGE plpgsql AS "
                        + "$$ BEGIN RETURN OLD; END $$");
        assertEquals("trigger " + PostgresGuards.FUNCTION + "() on runs: altered: it is not the function lstm-risk created",
                verifier.verify(postgres).broken().orElseThrow().describe());
    }

    @Test
    void test_concurrentRuns_areSerialised_andChainedInOrder() throws Exception {
        RunRecorder recorder = TestRuns.recorder(new TestRuns.TickingClock(T0));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<Future<RecordedRun>>();
            for (int k = 0; k < 8; k++) {
                LocalDate asOf = D1.plusDays(k % 2);
                futures.add(pool.submit(() -> recorder.runLog(recorder.start(postgres), TestRuns.settings(), null)
                        .record(TestRuns.report(asOf), tmp.resolve("out"), 3, InTransaction.NONE).orElseThrow()));
            }
            var ids = new java.util.TreeSet<String>();
            for (Future<RecordedRun> f : futures) {
                ids.add(f.get().runId());
            }
            assertEquals(8, ids.size(), "every run got its own id: " + ids);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(8, count("runs"));
        ChainVerification v = verifier.verify(postgres);
        assertTrue(v.intact(), () -> v.broken().orElseThrow().describe());
        assertEquals(8 * 5, v.rows(), "8 runs with 4 limit results each");
    }

    @Test
    void test_describe_hidesThePassword() {
        assertEquals("jdbc:postgresql://db/h?user=risk&password=***&currentSchema=x",
                new HistoryLocation("jdbc:postgresql://db/h?user=risk&password=s3cret&currentSchema=x").describe());
    }

    /** Two runs (one with a model generation) and two reviews, as {@code AuditChainTest} records them. */
    private void recordHistory(HistoryLocation location) {
        RunRecorder recorder = TestRuns.recorder(new TestRuns.TickingClock(T0));
        try {
            Path limits = tmp.resolve("limits.yaml");
            Files.writeString(limits, "limits: []\n");
            var generation = new ModelGeneration(1, List.of(new ModelEntry("lstm", "CCC", D1, "sha256:00")));
            recorder.checkWritable(location);
            recorder.runLog(recorder.start(location), TestRuns.settings(), limits)
                    .record(TestRuns.report(D1), tmp.resolve("out"), 3,
                            new GenerationRecords(database).committing(generation, 0));
            recorder.runLog(recorder.start(location), TestRuns.settings(), limits)
                    .record(TestRuns.report(D2), tmp.resolve("out"), 3, InTransaction.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var acknowledger = new BreachAcknowledger(database, schema, new TestRuns.TickingClock(T0.plusSeconds(3600)));
        for (String reviewer : List.of("alice", "bob")) {
            acknowledger.acknowledge(location, new AckRequest("2024-03-08-1", "share:CCC", reviewer,
                    BreachClassification.MARKET_MOVED, "none", null));
        }
    }

    /** Runs {@code statements} as someone with the database's credentials would: plain JDBC, auto-commit. */
    private void asAttacker(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl()); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private long count(String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
