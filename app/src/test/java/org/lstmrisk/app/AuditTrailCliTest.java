package org.lstmrisk.app;

import org.lstmrisk.core.ExitCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail's hash chain through the command line: a nightly sequence (bootstrap, next day, re-run of that
 * day, a breach review) verifies clean; a row changed with a plain SQL connection (as with the sqlite3 tool,
 * after dropping the guard trigger) is named by 'history --verify' (exit 2, one line), and the next run and the
 * next review refuse to write, leaving every file as it was.
 */
class AuditTrailCliTest {

    private static final String LIMITS = """
            limits:
              - name: single-name-risk
                metric: position.share
                limit: 0.4
                hard: true
              - name: portfolio-var99
                metric: portfolio.var99
                limit: 0.2
            """;

    @TempDir
    Path tmp;

    @Test
    void doneWhen_aNightlySequenceVerifiesClean_andAChangedRunIsNamed_andWritesAreRefusedUntouched() throws Exception {
        Path data = StateFixture.smallData(tmp.resolve("data"), null, "AAPL", "MSFT");
        Path weights = StateFixture.weights(tmp.resolve("weights.csv"), "AAPL", "MSFT");
        Path limits = Files.writeString(tmp.resolve("limits.yaml"), LIMITS);
        Path state = tmp.resolve("state");
        Path out = tmp.resolve("out");
        List<LocalDate> all = StateFixture.dates(data, "AAPL");
        LocalDate d0 = all.get(all.size() - 3);
        LocalDate d1 = all.get(all.size() - 2);
        LocalDate d2 = all.get(all.size() - 1);

        for (LocalDate asOf : List.of(d0, d1, d1)) { // bootstrap, the next day, a re-run of it
            Cli run = run(data, weights, limits, state, out, asOf);
            assertEquals(ExitCode.HARD_BREACH, run.exitCode(), run::toString);
        }
        String breach = StateFixture.query(state, "SELECT name FROM limit_results WHERE run_id = '" + d1
                + "-2' AND status = 'BREACH' ORDER BY ordinal").get(0);
        Cli ack = ack(state, d1 + "-2", breach);
        assertEquals(ExitCode.OK, ack.exitCode(), ack::toString);

        long rows = 0;
        for (String table : List.of("runs", "limit_results", "limit_files", "breach_acks", "model_generations",
                "generation_models")) {
            rows += Long.parseLong(StateFixture.query(state, "SELECT COUNT(*) FROM " + table).get(0));
        }
        String head = StateFixture.query(state, "SELECT row_hash FROM breach_acks").get(0);
        Cli verify = verify(state);
        assertEquals(ExitCode.OK, verify.exitCode(), verify::toString);
        assertEquals("history verified: " + rows + " rows, chain intact; head " + head + "\n", verify.out());

        // the attacker: sqlite3 state/history.db "DROP TRIGGER runs_no_update; UPDATE runs SET exit_code = 0 ..."
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state.resolve("history.db"));
             Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER runs_no_update");
            s.executeUpdate("UPDATE runs SET exit_code = 0 WHERE run_id = '" + d1 + "-1'");
        }
        String seq = StateFixture.query(state, "SELECT chain_seq FROM runs WHERE run_id = '" + d1 + "-1'").get(0);
        Cli tampered = verify(state);
        assertEquals(ExitCode.BAD_INPUT, tampered.exitCode(), tampered::toString);
        assertEquals("", tampered.out());
        assertEquals(1, tampered.err().lines().count(), tampered::toString);
        assertTrue(tampered.err().startsWith("lstm-risk: history " + state.resolve("history.db") + " tampered: runs row run_id="
                + d1 + "-1 (chain #" + seq + "): content check failed: its fields do not give its recorded hash "),
                tampered::toString);

        Map<String, String> before = files(state, out);
        Cli next = run(data, weights, limits, state, out, d2);
        assertEquals(ExitCode.BAD_INPUT, next.exitCode(), next::toString);
        assertTrue(next.err().contains("refusing to write to the history " + state.resolve("history.db")
                + ": its audit chain is broken: runs row run_id=" + d1 + "-1"), next::toString);
        assertEquals(before, files(state, out), "the refused run wrote nothing: no report, no model, no history row");
        Cli refusedAck = ack(state, d1 + "-2", breach);
        assertEquals(ExitCode.BAD_INPUT, refusedAck.exitCode(), refusedAck::toString);
        assertTrue(refusedAck.err().contains("its audit chain is broken"), refusedAck::toString);
        assertEquals(before, files(state, out));
    }

    @Test
    void verify_takesNoFilters_andNeedsAHistory() throws IOException {
        Path state = Files.createDirectories(tmp.resolve("state"));
        Cli missing = verify(state);
        assertEquals(ExitCode.BAD_INPUT, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("no run history at"), missing::toString);
        Cli combined = Cli.run("history", "--verify", "--breaches", "--state", state.toString());
        assertEquals(ExitCode.BAD_INPUT, combined.exitCode(), combined::toString);
        assertTrue(combined.err().contains("--verify checks the whole history"), combined::toString);
    }

    private static Cli run(Path data, Path weights, Path limits, Path state, Path out, LocalDate asOf) {
        return Cli.run("run", "--var-method", "normal",
                "--data", data.toString(), "--weights", weights.toString(), "--limits", limits.toString(),
                "--epochs", "2", "--threads", "2", "--as-of", asOf.toString(), "--state", state.toString(),
                "--out", out.toString());
    }

    private static Cli ack(Path state, String runId, String limit) {
        return Cli.run("breach", "ack", "--state", state.toString(), "--run", runId, "--limit", limit, "--by", "alice",
                "--class", "market-moved", "--action", "cut to 35 %");
    }

    private static Cli verify(Path state) {
        return Cli.run("history", "--verify", "--state", state.toString());
    }

    /** Every file of the state and output folders with its hash; the lock file's content (a pid) is not state. */
    private static Map<String, String> files(Path state, Path out) {
        var all = new TreeMap<String, String>();
        StateFixture.snapshot(state).forEach((k, v) -> all.put("state/" + k, v));
        StateFixture.snapshot(out).forEach((k, v) -> all.put("out/" + k, v));
        all.remove("state/lock");
        return all;
    }
}
