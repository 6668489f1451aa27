package org.lstmrisk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.nightly.state.FolderFiles;

/**
 * Kills the nightly run (SIGKILL, as a power cut or the OOM killer would) at points spread over a bootstrap and
 * over an update, in a child JVM, and checks after each kill that the committed state is exactly the one before
 * the run or the one after it, never in between; then re-runs to completion and checks that the committed model
 * files, the report.json bytes and the history equal those of an uninterrupted run. Bounded: it measures one
 * uninterrupted run of each kind, spreads the kill points over that duration, and stops launching kills when
 * its time budget is spent. The children use the ojAlgo kernel, which is bit-reproducible across JVMs.
 */
@Tag("crash")
class StateCrashTest {

    /** Where each kill lands, per phase (a subclass may take fewer). */
    List<String> killPoints() {
        return KILL_AT;
    }

    /** The test stops launching kills after this long (seconds). */
    long budgetSeconds() {
        return BUDGET_SECONDS;
    }

    /** The {@code --history-url} of the run on {@code state}, or null for the state folder's SQLite database. */
    String historyUrl(Path state) {
        return null;
    }

    /** The first column of {@code sql}'s rows in {@code state}'s history; empty before the first run. */
    List<String> query(Path state, String sql) {
        return StateFixture.query(state, sql);
    }

    /** Makes {@code state} the reference run's state after its bootstrap as of {@code d0} (a copy of {@code refAtD0}). */
    void prepareUpdate(Path state, Path refAtD0, LocalDate d0) throws Exception {
        FolderFiles.copyTree(refAtD0, state);
    }

    /**
     * Where each run is killed, per phase: after a fraction of an uninterrupted run's duration (mostly while it
     * computes), or as soon as it prints a line: {@code written:} comes after the new generation is written and
     * the report published, just before the commit; {@code recorded:} just after the commit, before the old
     * generations are removed.
     */
    private static final List<String> KILL_AT = List.of("0.2", "0.45", "0.7", "0.85", "0.95", "written:", "recorded:");

    /** The test stops launching kills after this long (seconds); each child also has its own timeout. */
    private static final long BUDGET_SECONDS = 300;

    @TempDir
    Path tmp;

    private Path data;
    private Path weights;
    private LocalDate d0;
    private LocalDate d1;
    private final long started = System.nanoTime();

    /** What an uninterrupted run leaves: the committed models, the report's bytes, the as-of dates recorded. */
    private record Outcome(Map<String, String> models, byte[] report, List<String> runs) {
        static final Outcome EMPTY = new Outcome(Map.of(), new byte[0], List.of());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void run_killedAnywhere_leavesStateBeforeOrAfter_andReRunEqualsUninterrupted() throws Exception {
        data = StateFixture.smallData(tmp.resolve("data"), null, "AAPL", "MSFT");
        weights = StateFixture.weights(tmp.resolve("weights.csv"), "AAPL", "MSFT");
        List<LocalDate> dates = StateFixture.dates(data, "AAPL");
        d0 = dates.get(dates.size() - 5);
        d1 = dates.get(dates.size() - 1);

        // uninterrupted: bootstrap as of d0, then learn the four days to d1
        Path ref = tmp.resolve("ref");
        long bootstrapMillis = complete(ref, d0);
        Outcome afterBootstrap = outcome(ref, d0);
        FolderFiles.copyTree(ref, tmp.resolve("ref-d0"));
        long updateMillis = complete(ref, d1);
        Outcome afterUpdate = outcome(ref, d1);
        assertEquals(List.of(d0.toString(), d1.toString()), afterUpdate.runs());

        int kills = 0;
        int resumed = 0;
        var landed = new ArrayList<String>();
        for (String at : killPoints()) {
            if (overBudget()) {
                break;
            }
            Path state = tmp.resolve("boot-" + kills);
            kills++;
            String where = killAt(state, d0, at, bootstrapMillis, Outcome.EMPTY, afterBootstrap);
            landed.add("bootstrap@" + at + ":" + where);
            boolean fitsLeft = where.equals("before") && StateFixture.snapshot(state.resolve("checkpoint")).size() > 0;
            complete(state, d0);
            assertEqualOutcome(afterBootstrap, outcome(state, d0), "bootstrap killed at " + at);
            if (fitsLeft) {
                resumed++;
                assertTrue(read(state.resolve("run.log")).contains("read back from the checkpoint of an interrupted run"),
                        "the fits the killed run finished are read back, not fitted again");
            }
            assertFalse(Files.exists(state.resolve("checkpoint")), "the committed run removes the checkpoint");
        }
        for (String at : killPoints()) {
            if (overBudget()) {
                break;
            }
            Path state = tmp.resolve("update-" + kills);
            kills++;
            prepareUpdate(state, tmp.resolve("ref-d0"), d0);
            landed.add("update@" + at + ":" + killAt(state, d1, at, updateMillis, afterBootstrap, afterUpdate));
            complete(state, d1);
            assertEqualOutcome(afterUpdate, outcome(state, d1), "update killed at " + at);
        }
        System.out.printf("crash test: bootstrap %d ms, update %d ms, %d kills: %s; %d bootstraps resumed from the "
                + "checkpoint%n", bootstrapMillis, updateMillis, kills, landed, resumed);
        assertTrue(kills >= 8, "at least eight kill points within the budget, got " + kills);
        assertTrue(landed.contains("bootstrap@written::before") && landed.contains("bootstrap@recorded::after"),
                "the kills just before and just after the commit point both ran: " + landed);
        assertTrue(landed.stream().anyMatch(l -> l.endsWith(":before")), "some kill left the state before: " + landed);
        if (landed.contains("bootstrap@written::before")) {
            assertTrue(resumed >= 1, "a bootstrap killed after its fits, before its commit, resumes from its checkpoint");
        }
    }

    private boolean overBudget() {
        return System.nanoTime() - started > TimeUnit.SECONDS.toNanos(budgetSeconds());
    }

    /**
     * Starts a run, kills it at {@code at} (a fraction of {@code millis}, or when it prints a line containing
     * {@code at}), and checks that the committed state is {@code before} or {@code after}. Returns which
     * ("finished" when the run ended before the kill).
     */
    private String killAt(Path state, LocalDate asOf, String at, long millis, Outcome before, Outcome after)
            throws Exception {
        boolean marker = !Character.isDigit(at.charAt(0));
        Process p = start(state, asOf, marker ? at : null);
        boolean ended = p.waitFor(marker ? 120_000 : (long) (Double.parseDouble(at) * millis), TimeUnit.MILLISECONDS);
        if (!ended) {
            p.destroyForcibly();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the killed run ended");
        }
        boolean killed = !ended || p.exitValue() != 0;
        Map<String, String> models = committedModels(state);
        List<String> runs = recordedAsOfDates(state);
        if (models.equals(before.models()) && runs.equals(before.runs())) {
            assertTrue(killed, "a run that ended normally committed nothing");
            return "before";
        }
        if (models.equals(after.models()) && runs.equals(after.runs())) {
            return killed ? "after" : "finished";
        }
        fail("killed at " + at + ", the state is neither before nor after the run: models " + models + ", runs " + runs);
        return "";
    }

    /** The re-run ends in the uninterrupted run's models, report and history (a run committed before the kill
     * is followed by its re-run, recorded as a second run of the same date that learned nothing). */
    private void assertEqualOutcome(Outcome expected, Outcome actual, String what) {
        assertEquals(expected.models(), actual.models(), what + ": committed model files");
        assertArrayEquals(expected.report(), actual.report(), what + ": report.json bytes");
        List<String> runs = actual.runs();
        String last = expected.runs().get(expected.runs().size() - 1);
        boolean once = runs.equals(expected.runs());
        boolean reRunAfterCommit = runs.size() == expected.runs().size() + 1 && runs.get(runs.size() - 1).equals(last)
                && runs.subList(0, runs.size() - 1).equals(expected.runs());
        assertTrue(once || reRunAfterCommit, what + ": history " + runs + ", expected " + expected.runs());
    }

    private Map<String, String> committedModels(Path state) {
        long g = query(state, "SELECT COALESCE(MAX(generation), 0) FROM model_generations").stream()
                .mapToLong(Long::parseLong).findFirst().orElse(0);
        return g == 0 ? Map.of() : StateFixture.snapshot(state.resolve("models").resolve(String.format("g%06d", g)));
    }

    private List<String> recordedAsOfDates(Path state) {
        return query(state, "SELECT as_of FROM runs ORDER BY run_seq");
    }

    private Outcome outcome(Path state, LocalDate asOf) throws IOException {
        Path models = state.resolve("models");
        try (Stream<Path> children = Files.list(models)) {
            assertEquals(1, children.count(), "only the current generation is left in " + models);
        }
        return new Outcome(committedModels(state),
                Files.readAllBytes(state.resolve("out").resolve(asOf + "/report.json")),
                recordedAsOfDates(state));
    }

    /** Runs to completion; returns its duration in milliseconds. */
    long complete(Path state, LocalDate asOf) throws Exception {
        long t0 = System.nanoTime();
        Process p = start(state, asOf, null);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("a run took more than 120 s");
        }
        assertEquals(0, p.exitValue(), () -> "run exit code; output:\n" + read(state.resolve("run.log")));
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /**
     * Starts a run in a child JVM, its output going to {@code state/run.log}; with a {@code killOn} marker, the
     * child is killed (SIGKILL) as soon as it prints a line containing it.
     */
    private Process start(Path state, LocalDate asOf, String killOn) throws IOException {
        Files.createDirectories(state);
        var args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                LstmRisk.class.getName(), "run", "--var-method", "normal",
                        "--data", data.toString(), "--weights", weights.toString(),
                "--epochs", "2", "--threads", "2", "--as-of", asOf.toString(), "--state", state.toString(),
                "--out", state.resolve("out").toString()));
        if (historyUrl(state) != null) {
            args.addAll(List.of("--history-url", historyUrl(state)));
        }
        // The ojAlgo kernel: the Vector API kernel is not bit-reproducible from one JVM to the next (its EXP
        // and lane reductions differ between JIT-compiled and interpreted code), so a re-run that recomputes a
        // model would differ from the uninterrupted run in the last bits; see docs/ARCHITECTURE.md.
        var builder = new ProcessBuilder(args).redirectErrorStream(true);
        if (killOn == null) {
            return builder.redirectOutput(state.resolve("run.log").toFile()).start();
        }
        Process p = builder.start();
        Thread watcher = new Thread(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                 var log = Files.newBufferedWriter(state.resolve("run.log"))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.contains(killOn)) {
                        p.destroyForcibly();
                    }
                    log.write(line);
                    log.newLine();
                }
            } catch (IOException e) {
                // the child was killed mid-line
            }
        }, "kill-on-" + killOn);
        watcher.setDaemon(true);
        watcher.start();
        return p;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

}
