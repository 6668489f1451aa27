package org.lstmrisk.cluster;

import static org.lstmrisk.nightly.state.FolderFiles.copyTree;
import static org.lstmrisk.nightly.state.FolderFiles.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.app.LstmRisk;
import org.lstmrisk.core.ExitCode;

/**
 * The Spark engine in local mode against the local engine, through the command line in this process: the same model
 * files, report files and evaluation outputs byte for byte (bootstrap, one-day update, a short evaluate); a task
 * failing once is retried by Spark and changes nothing; a task that always fails, or a fit that refuses the data,
 * ends the run with exit 1 or 2 and the state folder (models, generations, history.db) exactly as before.
 * Each Spark command makes and stops its own context (the provider's path, as from the launcher).
 */
class SparkEngineTest {

    private static String day1;
    private static String day2;
    private static String evaluateFrom;

    @TempDir
    static Path tmp;

    private static Path data;
    private static Path localState;

    @BeforeAll
    static void localReference() {
        data = tmp.resolve("data");
        ok(cli("demo", "--var-method", "normal", "--tickers", "3", "--days", "320", "--save-prices", data.toString(),
                "--out", tmp.resolve("demo").toString()));
        List<String> rows = lines(data.resolve("SYN01.csv"));
        day1 = rows.get(rows.size() - 2).substring(0, 10);
        day2 = rows.get(rows.size() - 1).substring(0, 10);
        evaluateFrom = rows.get(rows.size() - 30).substring(0, 10);
        localState = tmp.resolve("state-local");
        ok(run(localState, tmp.resolve("out-local"), day1, "--threads", "2"));
        copyTree(localState, tmp.resolve("state-local-day1"));
        ok(run(localState, tmp.resolve("out-local"), day2, "--threads", "2"));
    }

    @Test
    void bootstrapAndUpdate_onSpark_equalTheLocalEngine_byteForByte() {
        Path state = tmp.resolve("state-spark");
        Path out = tmp.resolve("out-spark");
        Cli first = ok(run(state, out, day1, "--engine", "spark", "--master", "local[2]"));
        assertTrue(first.out().contains("bootstrapped (full fit): SYN01, SYN02, SYN03"), first::toString);
        assertEquals("", first.err(), "nothing on stderr");
        assertEquals(snapshot(tmp.resolve("state-local-day1").resolve("models")), snapshot(state.resolve("models")));
        Cli second = ok(run(state, out, day2, "--engine", "spark", "--master", "local[2]"));
        assertTrue(second.out().contains("learned the days after " + day1), second::toString);
        Map<String, String> models = snapshot(state.resolve("models"));
        assertEquals(List.of("g000002/lstm/SYN01.model", "g000002/lstm/SYN02.model", "g000002/lstm/SYN03.model"),
                List.copyOf(models.keySet()));
        assertEquals(snapshot(localState.resolve("models")), models, "the same model files, byte for byte");
        for (String day : List.of(day1, day2)) {
            for (String file : List.of("report.json", "forecasts.csv", "report.html")) {
                assertArrayEquals(bytes(tmp.resolve("out-local").resolve(day).resolve(file)),
                        bytes(out.resolve(day).resolve(file)), day + "/" + file);
            }
        }
    }

    @Test
    void aCombination_onSpark_equalsTheLocalEngine_byteForByte() {
        Path local = tmp.resolve("state-combined-local");
        Path spark = tmp.resolve("state-combined-spark");
        for (String day : List.of(day1, day2)) {
            ok(run(local, tmp.resolve("out-combined-local"), day, "--model", "lstm+gjr", "--threads", "2"));
            Cli cli = ok(run(spark, tmp.resolve("out-combined-spark"), day, "--model", "lstm+gjr", "--engine", "spark",
                    "--master", "local[2]"));
            assertEquals("", cli.err(), "nothing on stderr");
            for (String file : List.of("report.json", "forecasts.csv")) {
                assertArrayEquals(bytes(tmp.resolve("out-combined-local").resolve(day).resolve(file)),
                        bytes(tmp.resolve("out-combined-spark").resolve(day).resolve(file)), day + "/" + file);
            }
        }
        assertEquals(snapshot(local.resolve("models")), snapshot(spark.resolve("models")), "the same LSTM files");
        assertEquals(snapshot(localState.resolve("models")), snapshot(spark.resolve("models")),
                "the LSTM part is stored as an LSTM run stores it");
    }

    @Test
    void evaluate_onSpark_writesTheLocalEngineFiles_byteForByte() {
        var args = List.of("evaluate", "--data", data.toString(), "--models", "ewma,garch,lstm", "--epochs", "2",
                "--from", evaluateFrom, "--refit-every", "20");
        var local = new ArrayList<>(args);
        local.addAll(List.of("--threads", "2", "--out", tmp.resolve("eval-local").toString()));
        var spark = new ArrayList<>(args);
        spark.addAll(List.of("--engine", "spark", "--master", "local[2]", "--out", tmp.resolve("eval-spark").toString()));
        Cli l = ok(cli(local.toArray(String[]::new)));
        Cli s = ok(cli(spark.toArray(String[]::new)));
        Map<String, String> files = snapshot(tmp.resolve("eval-local"));
        assertTrue(files.containsKey("evaluation.json") && files.containsKey("forecasts.csv"), files::toString);
        assertEquals(files, snapshot(tmp.resolve("eval-spark")), "the same evaluation files, byte for byte");
        assertEquals(l.out().replace("eval-local", "eval-spark"), s.out());
    }

    @Test
    void aTaskFailingOnce_isRetried_andTheModelsAreTheSame() {
        Path state = tmp.resolve("state-retry");
        Cli cli = withFault("1:first", () -> run(state, tmp.resolve("out-retry"), day1, "--engine", "spark",
                "--master", "local[2,4]"));
        ok(cli);
        assertEquals(snapshot(tmp.resolve("state-local-day1").resolve("models")), snapshot(state.resolve("models")));
    }

    @Test
    void aTaskFailingEveryTime_failsTheRun_withExit1_andTheStateUnchanged() {
        Path state = tmp.resolve("state-fail");
        copyTree(tmp.resolve("state-local-day1"), state);
        Map<String, String> before = snapshot(state);
        Path out = tmp.resolve("out-fail");
        Cli cli = withFault("2:always", () -> run(state, out, day2, "--engine", "spark", "--master", "local[2,2]"));
        assertEquals(ExitCode.INTERNAL_ERROR, cli.exitCode(), cli::toString);
        String first = cli.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("lstm-risk: internal error: java.lang.IllegalStateException: the Spark job "
                + "'updating lstm+gjr per ticker' failed") && first.contains("injected failure of the task for input 2"),
                cli::toString);
        assertEquals(before, snapshot(state), "models, generations and history.db as before");
        assertFalse(Files.exists(out.resolve(day2)), "no report published");
    }

    @Test
    void aFitThatRefusesTheData_failsTheRun_withExit2_andTheStateUnchanged() throws IOException {
        Path state = tmp.resolve("state-revised");
        copyTree(tmp.resolve("state-local-day1"), state);
        Path revised = tmp.resolve("data-revised");
        copyTree(data, revised);
        Path file = revised.resolve("SYN02.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int row = lines.size() - 2; // the last day the stored model learned
        String[] cells = lines.get(row).split(",");
        for (int c = 1; c <= 4; c++) { // open, high, low, close: a revised price, still a consistent bar
            cells[c] = String.format(java.util.Locale.ROOT, "%.6f", Double.parseDouble(cells[c]) * 1.01);
        }
        lines.set(row, String.join(",", cells));
        Files.write(file, lines);
        Map<String, String> before = snapshot(state);
        Cli cli = cli("run", "--var-method", "normal",
                "--data", revised.toString(), "--epochs", "2", "--as-of", day2, "--state", state.toString(),
                "--out", tmp.resolve("out-revised").toString(), "--engine", "spark", "--master", "local[2,2]");
        assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains("SYN02") && cli.err().contains("--retrain SYN02"), cli::toString);
        assertEquals(before, snapshot(state), "models, generations and history.db as before");
    }

    private static Cli run(Path state, Path out, String asOf, String... more) {
        var args = new ArrayList<>(List.of("run", "--var-method", "normal",
                "--data", data.toString(), "--epochs", "2", "--as-of", asOf,
                "--state", state.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return cli(args.toArray(String[]::new));
    }

    /** Runs {@code command} with the test-only fault injected in every Spark context it makes. */
    private static Cli withFault(String fault, java.util.function.Supplier<Cli> command) {
        System.setProperty(SparkTickerExecutor.FAIL_KEY, fault);
        try {
            return command.get();
        } finally {
            System.clearProperty(SparkTickerExecutor.FAIL_KEY);
        }
    }

    private record Cli(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private static Cli cli(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = LstmRisk.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    private static Cli ok(Cli cli) {
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        return cli;
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
