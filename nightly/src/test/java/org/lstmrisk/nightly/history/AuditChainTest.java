package org.lstmrisk.nightly.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.io.Fingerprints;
import org.lstmrisk.nightly.history.ChainVerification.Check;
import org.lstmrisk.nightly.state.GenerationRecords;
import org.lstmrisk.nightly.state.ModelEntry;
import org.lstmrisk.nightly.state.ModelGeneration;
import org.lstmrisk.report.RiskReport;

/**
 * The audit chain: its documented serialisation and hash, a clean chain over real recordings, and every kind of
 * tampering an attacker with the sqlite3 tool can do (plain JDBC, no lstm-risk settings): each is refused by the
 * schema or named by the verification, and a broken chain refuses further writes without changing the file.
 */
class AuditChainTest {

    private static final Instant T0 = Instant.parse("2024-03-08T21:00:00Z");
    private static final LocalDate D1 = LocalDate.of(2024, 3, 7);
    private static final LocalDate D2 = LocalDate.of(2024, 3, 8);

    @TempDir
    Path tmp;

    private final HistorySchema schema = new HistorySchema();
    private final HistoryDatabase database = new HistoryDatabase();
    private final HistoryVerifier verifier = new HistoryVerifier(database, schema);

    private HistoryLocation location() {
        return HistoryLocation.of(tmp, null);
    }

    private Path file() {
        return tmp.resolve("history.db");
    }

    @Test
    void test_canonicalSerialisation_isTheDocumentedTextAndItsSha256() {
        List<Object> values = AuditChain.row(1L, "lstm", "AAPL", "2024-03-08", "sha256:ab");
        String canonical = AuditChain.canonical(EvidenceTable.GENERATION_MODELS, 1, values, AuditChain.GENESIS);
        assertEquals("""
                lstm-risk audit chain v1
                table=generation_models
                chain_seq=i1
                generation=i1
                model=t4:lstm
                ticker=t4:AAPL
                last_date=t10:2024-03-08
                sha256=t9:sha256:ab
                prev_hash=t71:sha256:0000000000000000000000000000000000000000000000000000000000000000
                """, canonical);
        // printf '<the text above>' | sha256sum
        assertEquals("sha256:b7bbc3483b264a3434d0f91e61ca623c3063dd38f0895bcb0b16be329de8c938",
                AuditChain.hash(EvidenceTable.GENERATION_MODELS, 1, values, AuditChain.GENESIS));
    }

    @Test
    void test_canonicalSerialisation_writesDoublesByTheirBitsAndTextByItsUtf8Length() {
        List<Object> values = AuditChain.row("r", 1L, "n\u00e9\nx", "m", 1.0, 0.1, null, 2.5, "OK", 0L, "[]");
        String canonical = AuditChain.canonical(EvidenceTable.LIMIT_RESULTS, 7, values, "p");
        assertTrue(canonical.contains("\nname=t5:n\u00e9\nx\n"), "é is two UTF-8 bytes, the newline one: " + canonical);
        assertTrue(canonical.contains("\nmetric_value=r3ff0000000000000\n"), canonical);
        assertTrue(canonical.contains("\nwarn_threshold=r3fb999999999999a\n"), canonical);
        assertTrue(canonical.contains("\nlimit_value=n\n"), canonical);
        assertTrue(canonical.endsWith("\nprev_hash=t1:p\n"), canonical);
    }

    @Test
    void test_recordedRunsGenerationsAndReviews_verifyIntact_inInsertionOrder() throws Exception {
        recordHistory();
        ChainVerification v = verifier.verify(location());
        assertTrue(v.intact(), () -> v.broken().orElseThrow().describe());
        long results = count("limit_results") / 2;
        assertEquals(4, results, "share:AAA, share:BBB, share:CCC, var");
        long rows = count("runs") + count("limit_results") + count("limit_files") + count("breach_acks")
                + count("model_generations") + count("generation_models");
        assertEquals(2 + 2 * results + 1 + 2 + 1 + 1, rows);
        assertEquals(rows, v.rows());
        assertEquals(0, v.preChained());
        assertEquals(v.head(), query("SELECT row_hash FROM breach_acks WHERE ack_id = 2"), "the last review is the head");
        assertEquals(List.of("runs 2024-03-07-1", "limit_results share:AAA", "limit_results share:BBB",
                "limit_results share:CCC", "limit_results var", "limit_files " + query("SELECT fingerprint FROM limit_files"),
                "model_generations 1", "generation_models CCC", "runs 2024-03-08-1", "limit_results share:AAA",
                "limit_results share:BBB", "limit_results share:CCC", "limit_results var", "breach_acks 1",
                "breach_acks 2"), chainOrder());
        assertEquals(AuditChain.GENESIS, query("SELECT prev_hash FROM runs WHERE run_id = '2024-03-07-1'"));
        assertEquals(query("SELECT row_hash FROM generation_models"),
                query("SELECT prev_hash FROM runs WHERE run_id = '2024-03-08-1'"), "one chain across the tables");
    }

    @Test
    void test_nullNaNAndNegativeZero_areHashedAsSqliteStoresThem() throws Exception {
        recordHistory();
        try (Connection c = database.openForWrite(location())) {
            AuditChain.append(c, EvidenceTable.LIMIT_RESULTS, List.of(AuditChain.row("2024-03-08-1", 9, "odd",
                    "portfolio.var99", -0.0, 1e-300, Double.MAX_VALUE, 0.5, "OK", false, "[]")));
            AuditChain.append(c, EvidenceTable.BREACH_ACKS, List.of(AuditChain.row(3, "2024-03-08-1", "share:CCC",
                    "t", "bob", "data-issue", "none", null)));
            c.commit();
        }
        assertEquals("0.0", query("SELECT metric_value FROM limit_results WHERE name = 'odd'"));
        assertTrue(verifier.verify(location()).intact());
    }

    @Test
    void test_updateAfterDroppingTheTrigger_isNamedByTable_rowAndCheck() throws Exception {
        recordHistory();
        attack("DROP TRIGGER runs_no_update", "UPDATE runs SET exit_code = 0, var99 = 0.001 WHERE run_id = '2024-03-08-1'");
        ChainVerification.Break b = verifier.verify(location()).broken().orElseThrow();
        assertEquals("runs", b.table());
        assertEquals("run_id=2024-03-08-1", b.row());
        assertEquals(9, b.chainSeq());
        assertEquals(Check.CONTENT, b.check());
        assertTrue(b.describe().startsWith("runs row run_id=2024-03-08-1 (chain #9): content check failed: its fields "
                + "do not give its recorded hash"), b.describe());
    }

    @Test
    void test_aReviewerRenamed_isNamed() throws Exception {
        recordHistory();
        attack("DROP TRIGGER breach_acks_no_update", "UPDATE breach_acks SET reviewer = 'mallory' WHERE ack_id = 1");
        ChainVerification.Break b = verifier.verify(location()).broken().orElseThrow();
        assertEquals(List.of("breach_acks", "ack_id=1", "CONTENT"), List.of(b.table(), b.row(), b.check().name()));
    }

    @Test
    void test_aRowRewrittenWithItsHashRecomputed_breaksTheNextRowsLink_namingTheRewrittenRow() throws Exception {
        recordHistory();
        // an attacker who knows the recipe: BREACH -> OK on the first run's CCC result, with a matching row_hash
        String where = " FROM limit_results WHERE run_id = '2024-03-07-1' AND name = 'share:CCC'";
        assertEquals("BREACH", query("SELECT status" + where));
        long seq = Long.parseLong(query("SELECT chain_seq" + where));
        List<Object> forged = AuditChain.row("2024-03-07-1", Long.parseLong(query("SELECT ordinal" + where)),
                "share:CCC", "position.share", queryDouble("SELECT metric_value" + where),
                queryDouble("SELECT warn_threshold" + where),
                queryDouble("SELECT limit_value" + where),
                queryDouble("SELECT utilisation" + where), "OK", 0L, query("SELECT drivers" + where));
        String hash = AuditChain.hash(EvidenceTable.LIMIT_RESULTS, seq, forged, query("SELECT prev_hash" + where));
        attack("DROP TRIGGER limit_results_no_update", "UPDATE limit_results SET status = 'OK', hard = 0, row_hash = '"
                + hash + "' WHERE run_id = '2024-03-07-1' AND name = 'share:CCC'");
        ChainVerification.Break b = verifier.verify(location()).broken().orElseThrow();
        assertEquals(Check.LINK, b.check(), b.describe());
        assertEquals(seq + 1, b.chainSeq());
        assertTrue(b.describe().contains("is not the hash of limit_results row run_id=2024-03-07-1, name=share:CCC "
                + "(chain #" + seq + "): that row was rewritten or replaced"), b.describe());
    }

    @Test
    void test_aDeletedRow_isAGapInTheSequence() throws Exception {
        recordHistory();
        attack("DROP TRIGGER limit_results_no_delete", "DELETE FROM limit_results WHERE chain_seq = 3");
        ChainVerification.Break b = verifier.verify(location()).broken().orElseThrow();
        assertEquals(Check.SEQUENCE, b.check());
        assertEquals("limit_results row run_id=2024-03-07-1, name=share:CCC (chain #4): sequence check failed: "
                + "chain #3 is missing before it: a row was deleted", b.describe());
    }

    @Test
    void test_aRowInsertedOutsideLstmRisk_isNamed() throws Exception {
        recordHistory();
        attack("INSERT INTO breach_acks (ack_id, run_id, limit_name, acked_at, reviewer, classification, action_taken)"
                + " VALUES (3, '2024-03-08-1', 'share:CCC', '2024-03-09T00:00:00Z', 'mallory', 'market-moved', 'none')");
        ChainVerification.Break b = verifier.verify(location()).broken().orElseThrow();
        assertEquals(List.of("breach_acks", "ack_id=3", "UNCHAINED"), List.of(b.table(), b.row(), b.check().name()));
    }

    @Test
    void test_aRowTakingAnotherTablesChainNumber_isADuplicateInTheSequence() throws Exception {
        recordHistory();
        attack("INSERT INTO breach_acks (ack_id, run_id, limit_name, acked_at, reviewer, classification, action_taken,"
                + " chain_seq, prev_hash, row_hash) VALUES (3, '2024-03-08-1', 'share:CCC', 'x', 'mallory', 'market-moved',"
                + " 'none', 1, 'x', 'y')");
        ChainVerification.Break b = verifier.verify(location()).broken().orElseThrow();
        assertEquals("breach_acks row ack_id=3 (chain #1): sequence check failed: chain #1 is also carried by runs row "
                + "run_id=2024-03-07-1: a row was inserted outside lstm-risk", b.describe());
    }

    @Test
    void test_aDroppedOrNeutralisedTrigger_isNamedEvenWithTheRowsIntact() throws Exception {
        recordHistory();
        attack("DROP TRIGGER runs_no_delete");
        ChainVerification.Break b = verifier.verify(location()).broken().orElseThrow();
        assertEquals("trigger runs_no_delete on runs: missing: the append-only guard was dropped", b.describe());

        attack("CREATE TRIGGER runs_no_delete BEFORE DELETE ON runs BEGIN SELECT 1; END");
        b = verifier.verify(location()).broken().orElseThrow();
        assertEquals(Check.GUARD, b.check());
        assertTrue(b.describe().contains("altered"), b.describe());
    }

    @Test
    void test_insertOrReplace_isRefusedOnEveryTable_andChangesNothing() throws Exception {
        recordHistory();
        byte[] before = Files.readAllBytes(file());
        String[] statements = {
            "INSERT OR REPLACE INTO runs SELECT * FROM runs WHERE run_id = '2024-03-08-1'",
            "REPLACE INTO runs (run_id, run_seq, as_of, started_at, finished_at, exit_code, model, model_versions,"
                    + " horizon_days, positions, data_source, data_fingerprint, config, config_fingerprint,"
                    + " portfolio_volatility, volatility_annualized, weight_sum, gross_weight, report_path)"
                    + " SELECT run_id, run_seq, as_of, started_at, finished_at, 0, model, model_versions, horizon_days,"
                    + " positions, data_source, data_fingerprint, config, config_fingerprint, portfolio_volatility,"
                    + " volatility_annualized, weight_sum, gross_weight, report_path FROM runs WHERE run_seq = 2",
            "INSERT OR REPLACE INTO limit_results (run_id, ordinal, name, metric, metric_value, warn_threshold,"
                    + " limit_value, utilisation, status, hard, drivers) SELECT run_id, ordinal, name, metric,"
                    + " metric_value, warn_threshold, limit_value, utilisation, 'OK', hard, drivers FROM limit_results"
                    + " WHERE status = 'BREACH'",
            "INSERT OR REPLACE INTO limit_files (fingerprint, source, content, first_seen_run)"
                    + " SELECT fingerprint, source, 'limits: []', first_seen_run FROM limit_files",
            "INSERT OR REPLACE INTO breach_acks (ack_id, run_id, limit_name, acked_at, reviewer, classification,"
                    + " action_taken) VALUES (1, '2024-03-08-1', 'share:CCC', 'x', 'mallory', 'market-moved', 'none')",
            "INSERT INTO breach_acks (ack_id, run_id, limit_name, acked_at, reviewer, classification, action_taken)"
                    + " VALUES (1, '2024-03-08-1', 'share:CCC', 'x', 'mallory', 'market-moved', 'none')"
                    + " ON CONFLICT (ack_id) DO UPDATE SET reviewer = 'mallory'",
            "INSERT OR IGNORE INTO breach_acks (ack_id, run_id, limit_name, acked_at, reviewer, classification,"
                    + " action_taken, chain_seq) SELECT 99, '2024-03-08-1', 'share:CCC', 'x', 'mallory',"
                    + " 'market-moved', 'none', chain_seq FROM breach_acks WHERE ack_id = 1",
            "INSERT OR REPLACE INTO model_generations (generation, run_id, committed_at) VALUES (1, '2024-03-07-1', 'x')",
            "INSERT OR REPLACE INTO generation_models (generation, model, ticker, last_date, sha256)"
                    + " VALUES (1, 'lstm', 'CCC', '2024-03-07', 'sha256:66')",
        };
        for (String sql : statements) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
                SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                assertTrue(e.getMessage().contains("is append-only: INSERT of an existing key refused"),
                        sql + ": " + e.getMessage());
            }
        }
        assertArrayEquals(before, Files.readAllBytes(file()), "the file is byte-identical");
        assertTrue(verifier.verify(location()).intact());
    }

    @Test
    void test_aBrokenChain_refusesRunsAndReviews_andTheFileStaysAsItWas() throws Exception {
        recordHistory();
        attack("DROP TRIGGER runs_no_update", "UPDATE runs SET exit_code = 0 WHERE run_id = '2024-03-08-1'");
        byte[] before = Files.readAllBytes(file());
        RunRecorder recorder = TestRuns.recorder(new TestRuns.TickingClock(T0));

        UserInputException e = assertThrows(UserInputException.class, () -> recorder.checkWritable(location()));
        assertEquals("refusing to write to the history " + file() + ": its audit chain is broken: runs row "
                + "run_id=2024-03-08-1 (chain #9): content check failed: its fields do not give its recorded hash "
                + Fingerprints.shortForm(query("SELECT row_hash FROM runs WHERE run_seq = 2"), 12)
                + ": it was changed after it was recorded; restore it from a backup ('lstm-risk history --verify' "
                + "checks a copy)", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        // broken between the check and the recording: the run's transaction refuses it too
        HistoryException late = assertThrows(HistoryException.class, () -> recorder.runLog(
                recorder.start(location()), TestRuns.settings(), null).record(TestRuns.report(D2), tmp.resolve("out"), 0,
                InTransaction.NONE));
        assertTrue(late.getMessage().contains("its audit chain is broken"), late.getMessage());

        UserInputException ack = assertThrows(UserInputException.class, () -> acknowledger().acknowledge(location(),
                new AckRequest("2024-03-08-1", "share:CCC", "carol", BreachClassification.DATA_ISSUE, "none", null)));
        assertTrue(ack.getMessage().startsWith("refusing to write to the history"), ack.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file()), "nothing was written");
    }

    @Test
    void test_verify_refusesAHistoryFromBeforeTheChain_andAMissingOne() throws Exception {
        UserInputException missing = assertThrows(UserInputException.class, () -> verifier.verify(location()));
        assertTrue(missing.getMessage().contains("no run history at"), missing.getMessage());
        try (Connection c = database.openForWrite(location())) {
            schema.migrate(c, location(), T0, 2);
            c.commit();
        }
        UserInputException old = assertThrows(UserInputException.class, () -> verifier.verify(location()));
        assertTrue(old.getMessage().contains("schema version 2, from before the audit chain"), old.getMessage());
    }

    @Test
    void test_migrationFromVersion2_chainsTheExistingRowsInTheDocumentedOrder() throws Exception {
        try (Connection c = database.openForWrite(location()); Statement s = c.createStatement()) {
            schema.migrate(c, location(), T0, 2);
            // a version-2 history as the code of then wrote it: two runs, the first with a limits file, a
            // generation of two models and a result reviewed after the second run
            for (int n = 1; n <= 2; n++) {
                s.executeUpdate("INSERT INTO runs VALUES ('2024-03-0" + (6 + n) + "-1', " + n + ", '2024-03-0" + (6 + n)
                        + "', 's', 'f', 3, 'lstm', 'v', 1, 2, 'd', 'sha256:d', '{}', 'sha256:c', "
                        + (n == 1 ? "'l.yaml', 'sha256:l'" : "NULL, NULL") + ", 0.01, 0.16, 0.02, 0.03, NULL, 1, 1, 'out')");
                s.executeUpdate("INSERT INTO limit_results VALUES ('2024-03-0" + (6 + n) + "-1', 2, 'b', 'portfolio.var99',"
                        + " 0.03, 0.8, 0.05, 0.6, 'OK', 0, '[]')");
                s.executeUpdate("INSERT INTO limit_results VALUES ('2024-03-0" + (6 + n) + "-1', 1, 'a', 'position.share',"
                        + " 0.6, 0.8, 0.5, 1.2, 'BREACH', 1, '[]')");
            }
            s.executeUpdate("INSERT INTO limit_files VALUES ('sha256:l', 'l.yaml', 'limits: []', '2024-03-07-1')");
            s.executeUpdate("INSERT INTO model_generations VALUES (1, '2024-03-07-1', 't')");
            s.executeUpdate("INSERT INTO generation_models VALUES (1, 'lstm', 'MSFT', '2024-03-07', 'sha256:m')");
            s.executeUpdate("INSERT INTO generation_models VALUES (1, 'lstm', 'AAPL', '2024-03-07', 'sha256:a')");
            s.executeUpdate("INSERT INTO breach_acks VALUES (1, '2024-03-07-1', 'a', 't', 'alice', 'market-moved', 'x', NULL)");
            c.commit();
        }
        try (Connection c = database.openForWrite(location())) {
            schema.migrate(c, location(), T0.plusSeconds(60));
            c.commit();
        }
        ChainVerification v = verifier.verify(location());
        assertTrue(v.intact(), () -> v.broken().orElseThrow().describe());
        assertEquals(11, v.rows());
        assertEquals(11, v.preChained());
        assertEquals(List.of("runs 2024-03-07-1", "limit_results a", "limit_results b", "limit_files sha256:l",
                "model_generations 1", "generation_models AAPL", "generation_models MSFT", "runs 2024-03-08-1",
                "limit_results a", "limit_results b", "breach_acks 1"), chainOrder());
        // the guards are back, the REPLACE one included
        attackRefused("UPDATE runs SET exit_code = 0", "UPDATE refused");
        attackRefused("INSERT OR REPLACE INTO model_generations (generation, run_id, committed_at) VALUES (1, '2024-03-08-1', 'x')",
                "INSERT of an existing key refused");

        // the next run appends to the migrated chain
        RunRecorder recorder = TestRuns.recorder(new TestRuns.TickingClock(T0.plusSeconds(120)));
        recorder.checkWritable(location());
        recorder.runLog(recorder.start(location()), TestRuns.settings(), null).record(TestRuns.report(D2),
                tmp.resolve("out"), 0, InTransaction.NONE);
        ChainVerification after = verifier.verify(location());
        assertTrue(after.intact());
        assertEquals(11 + 1 + 4, after.rows());
        assertEquals(11, after.preChained());
        assertEquals("history verified: 16 rows, chain intact (the first 11 were recorded before the chain existed "
                + "and chained when the schema was migrated: they are proven unchanged since then only); head "
                + after.head(), after.summary());
    }

    @Test
    void test_migrationFromVersion1_addsTheModelTablesAndChainsTheRows() throws Exception {
        try (Connection c = database.openForWrite(location()); Statement s = c.createStatement()) {
            schema.migrate(c, location(), T0, 1);
            s.executeUpdate("INSERT INTO runs VALUES ('2024-03-07-1', 1, '2024-03-07', 's', 'f', 0, 'ewma', 'v', 1, 2,"
                    + " 'd', 'sha256:d', '{}', 'sha256:c', NULL, NULL, 0.01, 0.16, 0.02, 0.03, NULL, 1, 1, 'out')");
            s.executeUpdate("INSERT INTO limit_results VALUES ('2024-03-07-1', 1, 'b', 'portfolio.var99',"
                    + " 0.03, 0.8, 0.05, 0.6, 'OK', 0, '[]')");
            c.commit();
        }
        recordHistoryVersionless();
        assertEquals(4, schemaVersion());
        ChainVerification v = verifier.verify(location());
        assertTrue(v.intact(), () -> v.broken().orElseThrow().describe());
        assertEquals(2, v.preChained(), "the version-1 rows");
        assertEquals(2 + 1 + 4, v.rows(), "and the new run with its four results");
        assertEquals("0", query("SELECT COUNT(*) FROM model_generations"));
    }

    @Test
    void test_migrationFromVersion3_addsTheVarColumns_keepsTheOldHashes_andChainsTheMethod() throws Exception {
        // a version-3 run row, hashed by the recipe of version 3 written out here (24 columns, no VaR method)
        List<String> names = List.of("run_id", "run_seq", "as_of", "started_at", "finished_at", "exit_code", "model",
                "model_versions", "horizon_days", "positions", "data_source", "data_fingerprint", "config",
                "config_fingerprint", "limits_source", "limits_fingerprint", "portfolio_volatility",
                "volatility_annualized", "var95", "var99", "es975", "weight_sum", "gross_weight", "report_path");
        List<String> encoded = List.of("t12:2024-03-07-1", "i1", "t10:2024-03-07", "t20:2024-03-07T21:00:00Z",
                "t20:2024-03-07T21:00:01Z", "i0", "t4:ewma",
                "t1:v", "i1", "i2", "t1:d", "t8:sha256:d", "t2:{}", "t8:sha256:c", "n", "n",
                "r" + Long.toHexString(Double.doubleToLongBits(0.01)), "r" + Long.toHexString(Double.doubleToLongBits(0.16)),
                "r" + Long.toHexString(Double.doubleToLongBits(0.02)), "r" + Long.toHexString(Double.doubleToLongBits(0.03)),
                "n", "r" + Long.toHexString(Double.doubleToLongBits(1.0)), "r" + Long.toHexString(Double.doubleToLongBits(1.0)),
                "t3:out");
        var text = new StringBuilder("lstm-risk audit chain v1\ntable=runs\nchain_seq=i1\n");
        for (int i = 0; i < names.size(); i++) {
            text.append(names.get(i)).append('=').append(encoded.get(i)).append('\n');
        }
        text.append("prev_hash=t71:").append(AuditChain.GENESIS).append('\n');
        String hash = Fingerprints.sha256(text.toString());
        try (Connection c = database.openForWrite(location()); Statement s = c.createStatement()) {
            schema.migrate(c, location(), T0, 3);
            s.executeUpdate("INSERT INTO runs VALUES ('2024-03-07-1', 1, '2024-03-07', '2024-03-07T21:00:00Z', "
                    + "'2024-03-07T21:00:01Z', 0, 'ewma', 'v', 1, 2,"
                    + " 'd', 'sha256:d', '{}', 'sha256:c', NULL, NULL, 0.01, 0.16, 0.02, 0.03, NULL, 1.0, 1.0, 'out', 1, '"
                    + AuditChain.GENESIS + "', '" + hash + "')");
            c.commit();
        }
        ChainVerification before = verifier.verify(location());
        assertTrue(before.intact(), () -> before.broken().orElseThrow().describe());
        assertEquals(1, before.rows(), "a version-3 history verifies without being migrated");

        RiskReport normal = TestRuns.report(D2);
        var fhs = new org.lstmrisk.portfolio.VarEstimate("fhs", 250, 1, new java.util.TreeMap<>(java.util.Map.of("x", 1.5)),
                normal.risk().valueAtRisk(), normal.risk().expectedShortfall());
        RiskReport report = new RiskReport(normal.asOf(), normal.horizonDays(), normal.model(), normal.universe(),
                normal.volatilities(), normal.correlation(), normal.correlationWindowDays(), normal.risk(),
                normal.limits(), normal.data(), normal.state(), normal.warnings(), fhs);
        RunRecorder recorder = TestRuns.recorder(new TestRuns.TickingClock(T0.plusSeconds(60)));
        recorder.checkWritable(location());
        recorder.runLog(recorder.start(location()), TestRuns.settings(), null).record(report, tmp.resolve("out"), 0,
                InTransaction.NONE);
        assertEquals(4, schemaVersion());
        ChainVerification after = verifier.verify(location());
        assertTrue(after.intact(), () -> after.broken().orElseThrow().describe());
        assertEquals(hash, query("SELECT row_hash FROM runs WHERE run_id = '2024-03-07-1'"), "the old row's hash");
        assertEquals(null, query("SELECT var_method FROM runs WHERE run_id = '2024-03-07-1'"));
        assertEquals("fhs", query("SELECT var_method FROM runs WHERE run_id = '2024-03-08-1'"));
        assertEquals("250", query("SELECT var_window_days FROM runs WHERE run_id = '2024-03-08-1'"));
        assertEquals("{\"x\":1.5}", query("SELECT var_parameters FROM runs WHERE run_id = '2024-03-08-1'"));
        String json = new HistoryFormatter().render(new HistoryQuery(database, schema).find(location(),
                HistoryFilter.ALL), HistoryFormat.JSON);
        assertTrue(json.contains("\"varMethod\" : {\n      \"name\" : \"fhs\",\n      \"windowDays\" : 250,"), json);

        // the method is evidence: changing it, or setting one on the old row, breaks the chain
        attack("DROP TRIGGER runs_no_update", "UPDATE runs SET var_method = 'normal' WHERE run_id = '2024-03-08-1'");
        assertEquals(Check.CONTENT, verifier.verify(location()).broken().orElseThrow().check());
        attack("UPDATE runs SET var_method = 'fhs' WHERE run_id = '2024-03-08-1'",
                "UPDATE runs SET var_window_days = 500 WHERE run_id = '2024-03-07-1'");
        ChainVerification.Break b = verifier.verify(location()).broken().orElseThrow();
        assertEquals("run_id=2024-03-07-1", b.row());
        assertEquals(Check.CONTENT, b.check());
    }

    private List<String> chainOrder() {
        String sql = """
                SELECT chain_seq, 'runs ' || run_id FROM runs
                UNION ALL SELECT chain_seq, 'limit_results ' || name FROM limit_results
                UNION ALL SELECT chain_seq, 'limit_files ' || fingerprint FROM limit_files
                UNION ALL SELECT chain_seq, 'model_generations ' || generation FROM model_generations
                UNION ALL SELECT chain_seq, 'generation_models ' || ticker FROM generation_models
                UNION ALL SELECT chain_seq, 'breach_acks ' || ack_id FROM breach_acks
                ORDER BY 1""";
        var order = new java.util.ArrayList<String>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                order.add(rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return order;
    }

    /**
     * Two runs (2024-03-07 with a limits file and a model generation, 2024-03-08), each with four results (a
     * breach on CCC), and two reviews of the second run's breach: chain #1..#8 the first run, #9..#13 the second,
     * #14, #15 the reviews.
     */
    private void recordHistory() {
        RunRecorder recorder = TestRuns.recorder(new TestRuns.TickingClock(T0));
        try {
            Path limits = Files.writeString(tmp.resolve("limits.yaml"), "limits: []\n");
            var generation = new ModelGeneration(1, List.of(new ModelEntry("lstm", "CCC", D1, "sha256:00")));
            recorder.checkWritable(location());
            recorder.runLog(recorder.start(location()), TestRuns.settings(), limits)
                    .record(TestRuns.report(D1), tmp.resolve("out"), 3,
                            new GenerationRecords(database).committing(generation, 0));
            recorder.checkWritable(location());
            recorder.runLog(recorder.start(location()), TestRuns.settings(), limits)
                    .record(TestRuns.report(D2), tmp.resolve("out"), 3, InTransaction.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String reviewer : List.of("alice", "bob")) {
            acknowledger().acknowledge(location(), new AckRequest("2024-03-08-1", "share:CCC", reviewer,
                    BreachClassification.MARKET_MOVED, "none", null));
        }
    }

    private void recordHistoryVersionless() {
        RunRecorder recorder = TestRuns.recorder(new TestRuns.TickingClock(T0));
        recorder.runLog(recorder.start(location()), TestRuns.settings(), null)
                .record(TestRuns.report(D1), tmp.resolve("out"), 3, InTransaction.NONE);
    }

    private BreachAcknowledger acknowledger() {
        return new BreachAcknowledger(database, schema, new TestRuns.TickingClock(T0.plusSeconds(3600)));
    }

    /** Runs {@code statements} as an attacker would with the sqlite3 tool: a plain connection, auto-commit. */
    private void attack(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private void attackRefused(String sql, String message) throws SQLException {
        SQLException e = assertThrows(SQLException.class, () -> attack(sql), sql);
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    private String query(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A double as stored (SQLite's text form of a REAL keeps only 15 digits). */
    private double queryDouble(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String table) {
        return Long.parseLong(query("SELECT COUNT(*) FROM " + table));
    }

    private int schemaVersion() {
        return Integer.parseInt(query("SELECT MAX(version) FROM schema_version"));
    }
}
