package org.lstmrisk.app;

import org.lstmrisk.core.ExitCode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run history through the command line: a run with --state is recorded after its report, 'history' lists
 * runs, breaches, reviews and limits-file changes (table, CSV, JSON) under filters, 'breach ack' appends
 * reviews of breaches only, the state lock turns a concurrent run away untouched, and the JDBC URL can move
 * the database.
 */
class HistoryCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** INTC carries about 7.4 % of the equally weighted djia30 risk at 2024-03-08: a 7 % hard limit breaches. */
    private static final String INTC_BREACH = """
            limits:
              - name: single-name-risk
                metric: position.share
                limit: 0.07
                warn: 0.8
                hard: true
              - name: portfolio-var99
                metric: portfolio.var99
                limit: 0.05
            """;

    /** The same with an 8 % limit: INTC only warns. */
    private static final String LOOSER = INTC_BREACH.replace("limit: 0.07", "limit: 0.08");

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    private Path state() {
        return tmp.resolve("state");
    }

    private Cli runDjia(String asOf, Path limits, String... more) {
        var args = new ArrayList<>(List.of("run", "--var-method", "normal",
                "--model", "ewma", "--data", SharedData.dir().resolve("djia30").toString(),
                "--as-of", asOf, "--out", tmp.resolve("out").toString()));
        if (limits != null) {
            args.addAll(List.of("--limits", limits.toString()));
        }
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private Cli history(String... more) {
        var args = new ArrayList<>(List.of("history", "--state", state().toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static JsonNode json(Cli cli) throws IOException {
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        JsonNode node = JSON.readTree(cli.out());
        assertTrue(node.isArray(), cli::toString);
        return node;
    }

    @Test
    void doneWhen_aRunBreachingIntc_isInTheHistory_andTheReviewShowsAfterBreachAck() throws IOException {
        Cli run = runDjia("2024-03-08", write("limits.yaml", INTC_BREACH), "--state", state().toString());
        assertEquals(ExitCode.HARD_BREACH, run.exitCode(), run::toString);
        assertTrue(run.out().contains("HARD BREACH single-name-risk:INTC"), run::toString);
        assertTrue(run.out().contains("recorded: run 2024-03-08-1 in " + state().resolve("history.db")), run::toString);
        JsonNode report = JSON.readTree(tmp.resolve("out/2024-03-08/report.json").toFile());
        assertTrue(report.toString().contains("\"name\":\"single-name-risk:INTC\""));

        Cli table = history();
        assertEquals(ExitCode.OK, table.exitCode(), table::toString);
        assertTrue(table.out().contains("1 run"), table::toString);
        String runLine = table.out().lines().filter(l -> l.contains("2024-03-08-1")).findFirst().orElseThrow();
        assertTrue(runLine.matches("\\s+2024-03-08\\s+2024-03-08-1\\s+ewma\\s+0\\.5953\\s+1\\.3849\\s+1\\s+1\\s+1\\s+\\w{8}\\s+3\\s+\\S+Z"),
                runLine);
        assertTrue(table.out().contains("first limits file"), table::toString);

        Cli breaches = history("--breaches");
        assertTrue(breaches.out().contains("single-name-risk:INTC  BREACH hard"), breaches::toString);
        assertTrue(breaches.out().contains("INTC (7.4 % of risk)"), breaches::toString);
        assertTrue(breaches.out().contains("not reviewed"), breaches::toString);

        JsonNode runs = json(history("--format", "json"));
        assertEquals(1, runs.size());
        JsonNode r = runs.get(0);
        assertEquals("2024-03-08-1", r.get("runId").asText());
        assertEquals(3, r.get("exitCode").asInt());
        assertEquals(report.get("portfolio").get("volatility").asDouble(), r.get("portfolio").get("volatility").asDouble(), 0.0);
        assertEquals(report.get("portfolio").get("var").get("0.99").asDouble(),
                r.get("portfolio").get("var").get("0.99").asDouble(), 0.0);
        assertEquals(report.get("data").get("fingerprint").asText(), r.get("inputs").get("dataFingerprint").asText());
        assertEquals(1, r.get("limitCounts").get("hardBreaches").asInt());
        assertEquals(1, r.get("limitCounts").get("warnings").asInt(), "CRM at 6.3 % warns");
        assertEquals(31, r.get("limitCounts").get("results").asInt());
        assertEquals("ewma(lambda=0.94, seedDays=20)", r.get("modelVersions").asText());
        assertFalse(r.has("limitResults"), "results only when a limit filter asks for them");

        List<String> csv = history("--format", "csv").out().lines().toList();
        assertEquals(2, csv.size(), "header and one run");
        assertTrue(csv.get(0).startsWith("run_id,as_of,started_at,finished_at,exit_code,model,"), csv.get(0));
        assertTrue(csv.get(1).startsWith("2024-03-08-1,2024-03-08,"), csv.get(1));

        Cli ack = Cli.run("breach", "ack", "--state", state().toString(), "--run", "2024-03-08-1",
                "--limit", "single-name-risk:INTC", "--by", "alice", "--class", "market-moved",
                "--action", "cut INTC to 2 %", "--comment", "earnings, vol spike");
        assertEquals(ExitCode.OK, ack.exitCode(), ack::toString);
        assertTrue(ack.out().contains("review #1 by alice"), ack::toString);
        Cli second = Cli.run("breach", "ack", "--state", state().toString(), "--run", "2024-03-08-1",
                "--limit", "single-name-risk:INTC", "--by", "bob", "--class", "model-issue", "--action", "sign-off");
        assertEquals(ExitCode.OK, second.exitCode(), second::toString);

        Cli reviewed = history("--breaches");
        assertTrue(reviewed.out().contains("by alice: market-moved; action: cut INTC to 2 %; comment: earnings, vol spike"),
                reviewed::toString);
        assertTrue(reviewed.out().contains("by bob: model-issue; action: sign-off"), reviewed::toString);
        assertFalse(reviewed.out().contains("not reviewed"), reviewed::toString);

        JsonNode result = json(history("--breaches", "--format", "json")).get(0).get("limitResults").get(0);
        assertEquals("single-name-risk:INTC", result.get("name").asText());
        assertEquals("INTC", result.get("drivers").get(0).get("ticker").asText());
        assertEquals(2, result.get("acks").size());
        assertEquals("alice", result.get("acks").get(0).get("reviewer").asText());
        assertEquals("market-moved", result.get("acks").get(0).get("classification").asText());
        assertEquals("earnings, vol spike", result.get("acks").get(0).get("comment").asText());

        List<String> ackCsv = history("--breaches", "--format", "csv").out().lines().toList();
        assertEquals(3, ackCsv.size(), "header and one row per review");
        assertTrue(ackCsv.get(1).contains(",alice,market-moved,cut INTC to 2 %,\"earnings, vol spike\","), ackCsv.get(1));
    }

    @Test
    void changedLimitsFile_showsAsAnEvent_andFiltersSelectRunsAndResults() throws IOException {
        Path strict = write("strict.yaml", INTC_BREACH);
        Path looser = write("looser.yaml", LOOSER);
        assertEquals(ExitCode.HARD_BREACH, runDjia("2024-03-08", strict, "--state", state().toString()).exitCode());
        Cli second = runDjia("2024-03-08", looser, "--state", state().toString());
        assertEquals(ExitCode.OK, second.exitCode(), second::toString);
        assertTrue(second.out().contains("recorded: run 2024-03-08-2") && second.out().contains("limits file changed"),
                second::toString);
        assertEquals(ExitCode.OK, runDjia("2024-03-07", looser, "--state", state().toString()).exitCode());

        Cli table = history();
        assertTrue(table.out().contains("3 runs"), table::toString);
        String event = table.out().lines().filter(l -> l.contains("limits changed")).findFirst().orElseThrow();
        assertTrue(event.contains("2024-03-08-2") && event.contains("since 2024-03-08-1") && event.contains("looser.yaml"), event);
        assertEquals(1, table.out().lines().filter(l -> l.contains("limits changed")).count(), table::toString);

        JsonNode all = json(history("--format", "json"));
        assertEquals(List.of("2024-03-07-1", "2024-03-08-1", "2024-03-08-2"), runIds(all), "as-of order");
        assertEquals("2024-03-08-1", all.get(2).get("limitsChange").get("previousRunId").asText());
        assertTrue(all.get(0).get("limitsChange").isNull(), "same file as the run recorded before it");

        assertEquals(List.of("2024-03-08-1", "2024-03-08-2"), runIds(json(history("--from", "2024-03-08", "--format", "json"))));
        assertEquals(List.of("2024-03-07-1"), runIds(json(history("--to", "2024-03-07", "--format", "json"))));

        JsonNode breaches = json(history("--status", "BREACH", "--format", "json"));
        assertEquals(List.of("2024-03-08-1"), runIds(breaches));
        assertEquals(1, breaches.get(0).get("limitResults").size());

        JsonNode intcWarnings = json(history("--limit", "single-name-risk:INTC", "--status", "warn", "--format", "json"));
        assertEquals(List.of("2024-03-07-1", "2024-03-08-2"), runIds(intcWarnings),
                "INTC warns under the 8 % limit (and breached the 7 % one)");
        JsonNode var = json(history("--limit", "portfolio-var99", "--format", "json"));
        assertEquals(3, var.size());
        for (JsonNode run : var) {
            assertEquals(1, run.get("limitResults").size());
            assertEquals("portfolio-var99", run.get("limitResults").get(0).get("name").asText());
        }
        JsonNode allPositions = json(history("--limit", "single-name-risk", "--to", "2024-03-07", "--format", "json"));
        assertEquals(30, allPositions.get(0).get("limitResults").size(), "a position limit's name matches each ticker");

        Cli none = history("--limit", "no-such-limit");
        assertEquals(ExitCode.OK, none.exitCode(), none::toString);
        assertTrue(none.out().contains("0 runs"), none::toString);

        Cli backwards = history("--from", "2024-03-09", "--to", "2024-03-08");
        assertEquals(ExitCode.BAD_INPUT, backwards.exitCode(), backwards::toString);
        assertTrue(backwards.err().contains("--from 2024-03-09 is after --to 2024-03-08"), backwards::toString);
        assertEquals(ExitCode.BAD_INPUT, history("--status", "BAD").exitCode());
        assertEquals(ExitCode.BAD_INPUT, history("--breaches", "--status", "WARN").exitCode());
        assertEquals(ExitCode.BAD_INPUT, history("--from", "2024-13-01").exitCode());
    }

    @Test
    void lock_heldByAnotherRun_makesASecondRunExit2AtOnceTouchingNothing() throws IOException {
        assertEquals(ExitCode.OK, runDjia("2024-03-08", null, "--state", state().toString()).exitCode());
        Path db = state().resolve("history.db");
        byte[] before = Files.readAllBytes(db);
        Path lockFile = state().resolve("lock");
        Path otherOut = tmp.resolve("other-out");

        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            assertTrue(held.isValid());
            Cli blocked = Cli.run("run", "--var-method", "normal",
                    "--data", SharedData.dir().resolve("djia30").toString(), "--as-of", "2024-03-08",
                    "--out", otherOut.toString(), "--state", state().toString());
            assertEquals(ExitCode.BAD_INPUT, blocked.exitCode(), blocked::toString);
            assertTrue(blocked.err().contains("another lstm-risk run holds the lock " + lockFile), blocked::toString);
            assertEquals("", blocked.out(), "nothing computed, nothing printed");
        }
        assertArrayEquals(before, Files.readAllBytes(db), "the history is byte for byte unchanged");
        assertFalse(Files.exists(otherOut), "no report written");

        Cli after = runDjia("2024-03-08", null, "--state", state().toString());
        assertEquals(ExitCode.OK, after.exitCode(), after::toString);
        assertTrue(after.out().contains("recorded: run 2024-03-08-2"), after::toString);
    }

    @Test
    void breachAck_ofAWarningUnknownRunOrUnknownLimit_exits2AndRecordsNothing() throws IOException {
        assertEquals(ExitCode.HARD_BREACH, runDjia("2024-03-08", write("limits.yaml", INTC_BREACH),
                "--state", state().toString()).exitCode());
        byte[] before = Files.readAllBytes(state().resolve("history.db"));

        Cli warning = ack("2024-03-08-1", "single-name-risk:CRM", "market-moved");
        assertEquals(ExitCode.BAD_INPUT, warning.exitCode(), warning::toString);
        assertTrue(warning.err().contains("is WARN, not a breach"), warning::toString);

        Cli unknownRun = ack("2024-03-07-1", "single-name-risk:INTC", "market-moved");
        assertEquals(ExitCode.BAD_INPUT, unknownRun.exitCode(), unknownRun::toString);
        assertTrue(unknownRun.err().contains("no run 2024-03-07-1"), unknownRun::toString);

        Cli unknownLimit = ack("2024-03-08-1", "single-name-risk", "market-moved");
        assertEquals(ExitCode.BAD_INPUT, unknownLimit.exitCode(), unknownLimit::toString);
        assertTrue(unknownLimit.err().contains("its breaches: single-name-risk:INTC"), unknownLimit::toString);

        Cli badClass = ack("2024-03-08-1", "single-name-risk:INTC", "bad-luck");
        assertEquals(ExitCode.BAD_INPUT, badClass.exitCode(), badClass::toString);
        assertTrue(badClass.err().contains("market-moved, position-change, data-issue, model-issue"), badClass::toString);

        assertArrayEquals(before, Files.readAllBytes(state().resolve("history.db")));
        assertTrue(history("--breaches").out().contains("not reviewed"));

        Path empty = tmp.resolve("empty-state");
        Cli noHistory = Cli.run("breach", "ack", "--state", empty.toString(), "--run", "2024-03-08-1",
                "--limit", "x", "--by", "alice", "--class", "data-issue", "--action", "none");
        assertEquals(ExitCode.BAD_INPUT, noHistory.exitCode(), noHistory::toString);
        Cli noHistoryList = Cli.run("history", "--state", empty.toString());
        assertEquals(ExitCode.BAD_INPUT, noHistoryList.exitCode(), noHistoryList::toString);
        assertTrue(noHistoryList.err().contains("no run history at " + empty.resolve("history.db")), noHistoryList::toString);
        assertFalse(Files.exists(empty), "reading creates nothing");
        assertEquals(ExitCode.BAD_INPUT, Cli.run("history").exitCode(), "no --state or --history-url");
        assertEquals(ExitCode.BAD_INPUT, Cli.run("breach").exitCode(), "breach needs a subcommand");
    }

    @Test
    void historyUrl_putsTheDatabaseElsewhere_fromAFlagOrTheConfiguration() throws IOException {
        Path other = tmp.resolve("elsewhere/team-history.db");
        Files.createDirectories(other.getParent());
        String url = "jdbc:sqlite:" + other;
        Cli run = runDjia("2024-03-08", null, "--state", state().toString(), "--history-url", url);
        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertTrue(Files.exists(other));
        assertFalse(Files.exists(state().resolve("history.db")), "the state folder holds only the lock");
        assertTrue(Files.exists(state().resolve("lock")));

        Path config = write("nightly.yaml", "state: state\nhistoryUrl: " + url + "\n");
        Cli fromConfig = runDjia("2024-03-08", null, "--config", config.toString());
        assertEquals(ExitCode.OK, fromConfig.exitCode(), fromConfig::toString);
        assertTrue(fromConfig.out().contains("recorded: run 2024-03-08-2 in " + other), fromConfig::toString);

        JsonNode runs = json(Cli.run("history", "--history-url", url, "--format", "json"));
        assertEquals(List.of("2024-03-08-1", "2024-03-08-2"), runIds(runs));
        assertEquals(runs.get(0).get("inputs").get("configFingerprint"), runs.get(1).get("inputs").get("configFingerprint"),
                "the same effective settings from flags or from the file");

        Cli urlWithoutState = runDjia("2024-03-08", null, "--history-url", url);
        assertEquals(ExitCode.BAD_INPUT, urlWithoutState.exitCode(), urlWithoutState::toString);
        Cli noFolder = runDjia("2024-03-08", null, "--state", state().toString(),
                "--history-url", "jdbc:sqlite:" + tmp.resolve("missing/h.db"));
        assertEquals(ExitCode.BAD_INPUT, noFolder.exitCode(), noFolder::toString);
        assertTrue(noFolder.err().contains("does not exist"), noFolder::toString);
        Cli noDriver = runDjia("2024-03-08", null, "--state", state().toString(), "--history-url", "jdbc:nosuchdb://x");
        assertEquals(ExitCode.BAD_INPUT, noDriver.exitCode(), noDriver::toString);
        assertTrue(noDriver.err().contains("no JDBC driver"), noDriver::toString);
    }

    @Test
    void historyFailingAfterThePublishedReport_exits1_andLeavesTheDatabaseAsItWas() throws Exception {
        Files.createDirectories(state());
        Path db = state().resolve("history.db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement s = c.createStatement()) {
            // A database that claims schema version 1 but whose runs table is not the one this code writes.
            s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT, description TEXT)");
            s.execute("INSERT INTO schema_version VALUES (1, '2024-01-01T00:00:00Z', 'damaged')");
            s.execute("CREATE TABLE runs (run_id TEXT PRIMARY KEY)");
        }
        Files.createFile(state().resolve("lock")); // a state folder is never without its lock (StateLock)
        byte[] before = Files.readAllBytes(db);
        Cli run = runDjia("2024-03-08", null, "--state", state().toString());
        assertEquals(ExitCode.INTERNAL_ERROR, run.exitCode(), run::toString);
        assertTrue(run.err().contains("the report was published in " + tmp.resolve("out/2024-03-08"))
                && run.err().contains("nothing of it was recorded"), run::toString);
        assertTrue(Files.exists(tmp.resolve("out/2024-03-08/report.json")), "the report comes first");
        assertArrayEquals(before, Files.readAllBytes(db), "the failed transaction left nothing behind");
    }

    private Cli ack(String run, String limit, String classification) {
        return Cli.run("breach", "ack", "--state", state().toString(), "--run", run, "--limit", limit, "--by", "alice",
                "--class", classification, "--action", "none");
    }

    private static List<String> runIds(JsonNode runs) {
        var ids = new ArrayList<String>();
        runs.forEach(r -> ids.add(r.get("runId").asText()));
        return ids;
    }
}
