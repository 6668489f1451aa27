package org.lstmrisk.nightly.history;

import org.lstmrisk.io.Fingerprints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.report.RiskReport;

/** Recording runs: ids, times from the clock, every field, limits files, and all-or-nothing transactions. */
class RunRecorderTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 8);
    private static final Instant T0 = Instant.parse("2024-03-08T21:00:00Z");

    @TempDir
    Path tmp;

    /** The history under test: SQLite in the state folder here; a PostgreSQL schema in the subclass. */
    HistoryLocation location() {
        return HistoryLocation.of(tmp.resolve("state"), null);
    }

    private Path limitsFile(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private RecordedRun record(RunRecorder recorder, RiskReport report, Path limits, int exitCode) throws IOException {
        Files.createDirectories(tmp.resolve("state"));
        RunRecorder.PendingRun pending = recorder.start(location());
        return recorder.runLog(pending, TestRuns.settings(), limits)
                .record(report, tmp.resolve("out").resolve(report.asOf().toString()), exitCode).orElseThrow();
    }

    @Test
    void test_record_writesTheRunWithClockTimesFiguresAndEveryLimitResult() throws Exception {
        Files.createDirectories(tmp.resolve("state"));
        RunRecorder recorder = TestRuns.recorder(new TestRuns.TickingClock(T0));
        RiskReport report = TestRuns.report(AS_OF);
        RecordedRun recorded = record(recorder, report, limitsFile("limits.yaml", "limits: []\n"), 3);

        assertEquals("2024-03-08-1", recorded.runId());
        assertFalse(recorded.limitsChanged(), "the first run has nothing to change from");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT * FROM runs");
            assertTrue(rs.next());
            assertEquals("2024-03-08", rs.getString("as_of"));
            assertEquals("2024-03-08T21:00:00Z", rs.getString("started_at"), "read when the run starts");
            assertTrue(Instant.parse(rs.getString("finished_at")).isAfter(T0));
            assertEquals(3, rs.getInt("exit_code"));
            assertEquals("ewma(lambda=0.94, seedDays=20)", rs.getString("model_versions"));
            assertEquals(3, rs.getInt("positions"));
            assertEquals(report.risk().volatility(), rs.getDouble("portfolio_volatility"), 0.0);
            assertEquals(report.risk().valueAtRisk().get(0.99), rs.getDouble("var99"), 0.0);
            assertEquals(report.risk().expectedShortfall().get(0.975), rs.getDouble("es975"), 0.0);
            assertEquals(Fingerprints.sha256("limits: []\n"), rs.getString("limits_fingerprint"));
            assertEquals(RunConfiguration.of(TestRuns.settings()).fingerprint(), rs.getString("config_fingerprint"));
            assertEquals("sha256:" + "0".repeat(64), rs.getString("data_fingerprint"));
            assertFalse(rs.next());

            rs = s.executeQuery("SELECT name, status, hard, drivers FROM limit_results ORDER BY ordinal");
            int n = 0;
            int breaches = 0;
            while (rs.next()) {
                n++;
                if (rs.getString("status").equals("BREACH")) {
                    breaches++;
                    assertEquals("share:CCC", rs.getString("name"));
                    assertEquals(1, rs.getInt("hard"));
                    assertTrue(rs.getString("drivers").startsWith("[{\"ticker\":\"CCC\""), rs.getString("drivers"));
                }
            }
            assertEquals(4, n, "three position results and one portfolio result");
            assertEquals(1, breaches);
            rs = s.executeQuery("SELECT first_seen_run, content FROM limit_files");
            assertTrue(rs.next());
            assertEquals("2024-03-08-1", rs.getString(1));
            assertEquals("limits: []\n", rs.getString(2));
        }
    }

    @Test
    void test_record_numbersRunsPerAsOfDateAndNotesLimitsFileChanges() throws IOException {
        RunRecorder recorder = TestRuns.recorder(new TestRuns.TickingClock(T0));
        Path a = limitsFile("a.yaml", "limits: []\n");
        Path b = limitsFile("b.yaml", "limits: [] # changed\n");
        assertEquals("2024-03-08-1", record(recorder, TestRuns.report(AS_OF), a, 0).runId());
        RecordedRun second = record(recorder, TestRuns.report(AS_OF), a, 0);
        assertEquals("2024-03-08-2", second.runId());
        assertFalse(second.limitsChanged());
        RecordedRun third = record(recorder, TestRuns.report(AS_OF.minusDays(1)), b, 0);
        assertEquals("2024-03-07-1", third.runId());
        assertTrue(third.limitsChanged());
        assertTrue(record(recorder, TestRuns.report(AS_OF), null, 0).limitsChanged(), "no limits file is a change too");
    }

    @Test
    void test_record_failureInTheMiddleRecordsNothingOfThatRun() throws Exception {
        RunRecorder recorder = TestRuns.recorder(new TestRuns.TickingClock(T0));
        record(recorder, TestRuns.report(AS_OF), null, 0);
        RiskReport broken = TestRuns.report(AS_OF, TestRuns.duplicatedResults(AS_OF));
        HistoryException e = assertThrows(HistoryException.class,
                () -> record(recorder, broken, limitsFile("new.yaml", "limits: []\n"), 0));
        assertTrue(e.getMessage().contains("report was published"), e.getMessage());
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertEquals(1, count(s, "runs"), "the second run's row was rolled back");
            assertEquals(4, count(s, "limit_results"));
            assertEquals(0, count(s, "limit_files"));
        }
    }

    @Test
    void test_record_firstRunFailing_leavesNoSchemaBehind() throws Exception {
        RunRecorder recorder = TestRuns.recorder(new TestRuns.TickingClock(T0));
        Files.createDirectories(tmp.resolve("state"));
        RiskReport broken = TestRuns.report(AS_OF, TestRuns.duplicatedResults(AS_OF));
        assertThrows(HistoryException.class, () -> record(recorder, broken, null, 0));
        try (Connection c = connect();
             ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            assertFalse(rs.next(), () -> "the schema is created in the run's transaction and rolled back with it: "
                    + tableName(rs));
        }
    }

    @Test
    void test_runConfiguration_isCanonicalAndLeavesOutThreadsAndOutput() {
        var a = RunConfiguration.of(TestRuns.settings());
        var b = RunConfiguration.of(new org.lstmrisk.nightly.config.RunSettings(null, null, "ewma", 1, 252, 5, 0.94, 16, 0,
                Path.of("elsewhere")));
        var c = RunConfiguration.of(new org.lstmrisk.nightly.config.RunSettings(null, null, "ewma", 1, 252, 5, 0.97, 2, 0,
                Path.of("out")));
        assertEquals(a, b);
        assertFalse(a.fingerprint().equals(c.fingerprint()));
        assertEquals("{\"asOf\":\"last-common-date\",\"correlationWindowDays\":252,\"epochs\":0,\"ewmaLambda\":0.94,"
                + "\"horizonDays\":1,\"maxForwardFillDays\":5,\"model\":\"ewma\",\"varMethod\":\"fhs\",\"varWindowDays\":250,"
                + "\"weights\":\"equal\"}", a.canonical());
        assertEquals(Fingerprints.sha256(a.canonical()), a.fingerprint());
    }

    @Test
    void test_runConfiguration_ofANormalRun_keepsTheFormRecordedBeforeVarMethodsExisted() {
        var d = TestRuns.settings();
        var normal = RunConfiguration.of(new org.lstmrisk.nightly.config.RunSettings(d.weightsFile(), d.asOf(),
                d.model(), d.horizonDays(), d.correlationWindowDays(), d.maxForwardFillDays(), d.ewmaLambda(),
                d.threads(), d.epochs(), d.outDir(), d.dataPolicy(), "normal", d.varWindowDays(),
                d.correlationEstimator(), d.fullCorrelation(), d.lstmPreset(), d.gdpFile(), d.gdp()));
        assertEquals("{\"asOf\":\"last-common-date\",\"correlationWindowDays\":252,\"epochs\":0,\"ewmaLambda\":0.94,"
                + "\"horizonDays\":1,\"maxForwardFillDays\":5,\"model\":\"ewma\",\"weights\":\"equal\"}",
                normal.canonical());
    }

    private static String tableName(ResultSet rs) {
        try {
            return rs.getString("TABLE_NAME");
        } catch (SQLException e) {
            return e.toString();
        }
    }

    private Connection connect() throws SQLException, IOException {
        Files.createDirectories(tmp.resolve("state"));
        return DriverManager.getConnection(location().jdbcUrl());
    }

    private static int count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
