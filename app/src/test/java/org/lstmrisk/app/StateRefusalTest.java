package org.lstmrisk.app;

import org.lstmrisk.core.ExitCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.nightly.history.LockHolder;

/**
 * Every way the nightly run refuses to touch its state: a second run while one holds the lock, a corrupted,
 * truncated or missing model file, a state that has learned days after the as-of date, changed model settings,
 * and each kind of bad input day. Each exits 2 with the reason and leaves every file of the state folder (and the
 * output folder) byte-identical; {@code --retrain} and {@code --retrain-corrupted} then recover.
 */
class StateRefusalTest {

    @TempDir
    Path tmp;

    private Path data;
    private Path weights;
    private Path state;
    private Path out;
    private List<LocalDate> dates;
    private LocalDate d0;
    private LocalDate d1;

    @BeforeEach
    void bootstrap() {
        data = StateFixture.smallData(tmp.resolve("data"), null, "AAPL", "MSFT");
        weights = StateFixture.weights(tmp.resolve("weights.csv"), "AAPL", "MSFT");
        state = tmp.resolve("state");
        out = tmp.resolve("out");
        List<LocalDate> all = StateFixture.dates(data, "AAPL");
        dates = all.subList(all.size() - 3, all.size());
        d0 = dates.get(0);
        d1 = dates.get(1);
        Cli cli = run(d0);
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
    }

    private Cli run(LocalDate asOf, String... more) {
        var args = new ArrayList<>(List.of("run", "--var-method", "normal",
                "--data", data.toString(), "--weights", weights.toString(),
                "--epochs", "2", "--threads", "2", "--as-of", asOf.toString(), "--state", state.toString(),
                "--out", out.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** Every file of the state and output folders with its hash; the lock file's content (a pid) is not state. */
    private Map<String, String> files() {
        var all = new TreeMap<String, String>();
        StateFixture.snapshot(state).forEach((k, v) -> all.put("state/" + k, v));
        StateFixture.snapshot(out).forEach((k, v) -> all.put("out/" + k, v));
        all.remove("state/lock");
        return all;
    }

    private void assertRefusedUnchanged(Map<String, String> before, Cli cli, String... fragments) {
        assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), cli::toString);
        for (String f : fragments) {
            assertTrue(cli.err().contains(f), () -> "stderr lacks '" + f + "':\n" + cli);
        }
        assertEquals(before, files(), "every file of the state and of the output is byte-identical");
    }

    private Path modelFile(String ticker) {
        return state.resolve("models").resolve(String.format("g%06d", StateFixture.currentGeneration(state)))
                .resolve("lstm").resolve(ticker + ".model");
    }

    @Test
    void run_whileAnotherProcessHoldsTheLock_exits2AtOnceAndTouchesNothing() throws Exception {
        Map<String, String> before = StateFixture.snapshot(state);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), state.toString()).redirectErrorStream(true).start();
        try {
            var reader = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = reader.readLine();
            assertTrue(line != null && line.startsWith("locked "), "holder said: " + line);
            Map<String, String> locked = StateFixture.snapshot(state);
            long t0 = System.nanoTime();
            Cli cli = run(d1);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), cli::toString);
            assertTrue(cli.err().contains("pid " + holder.pid()), cli::toString);
            assertTrue(millis < 10_000, "refused at once, not after computing: " + millis + " ms");
            assertEquals(locked, StateFixture.snapshot(state), "not one byte of the state changed, the lock file included");
            assertTrue(!Files.exists(out.resolve(d1.toString())), "no report");
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        before.remove("lock");
        Cli after = run(d1);
        assertEquals(ExitCode.OK, after.exitCode(), "the lock of a dead holder is free: " + after);
    }

    @Test
    void run_corruptedModelFile_exits2NamingIt_thenRetrainRecovers() throws IOException {
        Path file = modelFile("AAPL");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(file, bytes);
        Map<String, String> before = files();
        assertRefusedUnchanged(before, run(d1), file.toString(), "corrupted", "--retrain AAPL");

        Cli retrain = run(d1, "--retrain", "AAPL");
        assertEquals(ExitCode.OK, retrain.exitCode(), retrain::toString);
        assertTrue(retrain.out().contains("retrained from scratch on request: AAPL"), retrain::toString);
        assertTrue(retrain.out().contains("learned the days after " + d0 + ": MSFT"), retrain::toString);
        var report = new ObjectMapper().readTree(out.resolve(d1 + "/report.json").toFile());
        assertEquals("[\"AAPL\"]", report.get("state").get("retrained").toString());
        Cli next = run(dates.get(2));
        assertEquals(ExitCode.OK, next.exitCode(), next::toString);
        assertTrue(next.out().contains("learned the days after " + d1 + ": AAPL, MSFT"), next::toString);
    }

    @Test
    void run_truncatedModelFile_exits2_thenRetrainCorruptedRecovers() throws IOException {
        Path file = modelFile("MSFT");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        Map<String, String> before = files();
        assertRefusedUnchanged(before, run(d1), file.toString(), "--retrain-corrupted");

        Cli retrain = run(d1, "--retrain-corrupted");
        assertEquals(ExitCode.OK, retrain.exitCode(), retrain::toString);
        assertTrue(retrain.out().contains("retrained from scratch on request: MSFT"), retrain::toString);
        assertTrue(retrain.out().contains("learned the days after " + d0 + ": AAPL"), retrain::toString);
    }

    @Test
    void run_missingModelFile_exits2NamingIt() throws IOException {
        Path file = modelFile("MSFT");
        Files.delete(file);
        assertRefusedUnchanged(files(), run(d1), file.toString(), "missing");
    }

    @Test
    void run_asOfBeforeWhatTheStateLearned_exits2() {
        assertEquals(ExitCode.OK, run(dates.get(2)).exitCode());
        Map<String, String> before = files();
        assertRefusedUnchanged(before, run(d1), "has learned AAPL, MSFT (lstm) up to " + dates.get(2),
                "after the as-of date " + d1);
    }

    @Test
    void run_changedModelSettings_exits2AskingForRetrain_namingEachSetupOnce() {
        Map<String, String> before = files();
        Cli cli = Cli.run("run", "--var-method", "normal",
                "--data", data.toString(), "--weights", weights.toString(),
                "--epochs", "3", "--as-of", d1.toString(), "--state", state.toString(), "--out", out.toString());
        assertRefusedUnchanged(before, cli, "epochs 2 → 3", "positions (AAPL, MSFT)", "--retrain AAPL,MSFT");
        assertEquals(2, cli.err().split("LstmForecaster\\[", -1).length - 1, "the stored and the asked setup, once each");
    }

    @Test
    void run_retrainOfATickerThatIsNoPosition_exits2() {
        assertRefusedUnchanged(files(), run(d1, "--retrain", "JPM"), "--retrain JPM: not a position");
    }

    /** The data with the cells of the row dated {@code date} for column {@code field} set to {@code value}. */
    private void editRow(String ticker, LocalDate date, String field, String value) throws IOException {
        Path csv = data.resolve(ticker + ".csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        List<String> header = List.of(lines.get(0).split(","));
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith(date.toString())) {
                String[] cells = lines.get(i).split(",", -1);
                cells[header.indexOf(field)] = value;
                lines.set(i, String.join(",", cells));
            }
        }
        Files.write(csv, lines);
    }

    @Test
    void run_nonPositivePriceOnTheNewDay_exits2() throws IOException {
        Map<String, String> before = files();
        editRow("AAPL", d1, "Adj Close", "0");
        assertRefusedUnchanged(before, run(d1), "AAPL.csv", "Adj Close");
        editRow("AAPL", d1, "Adj Close", "-170.5");
        assertRefusedUnchanged(before, run(d1), "AAPL.csv", "Adj Close");
    }

    @Test
    void run_missingPriceOnTheNewDay_exits2() throws IOException {
        Map<String, String> before = files();
        editRow("MSFT", d1, "Adj Close", "");
        assertRefusedUnchanged(before, run(d1), "MSFT.csv", "Adj Close");
    }

    @Test
    void run_missingNewDayOfAPosition_exits2UnderANoGapPolicy() throws IOException {
        Map<String, String> before = files();
        Path csv = data.resolve("MSFT.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        lines.removeIf(l -> l.startsWith(d1.toString()));
        Files.write(csv, lines);
        assertRefusedUnchanged(before, run(dates.get(2), "--max-fill", "0"), "MSFT");
    }

    @Test
    void run_dateOutOfOrder_exits2() throws IOException {
        Map<String, String> before = files();
        Path csv = data.resolve("AAPL.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        int i = lines.size() - 2;
        String newDay = lines.get(i);
        lines.set(i, lines.get(i - 1));
        lines.set(i - 1, newDay);
        Files.write(csv, lines);
        assertRefusedUnchanged(before, run(d1), "AAPL.csv");
    }

    @Test
    void run_weightsTickerMissingFromTheData_exits2() {
        Map<String, String> before = files();
        weights = StateFixture.weights(tmp.resolve("weights-xom.csv"), "AAPL", "MSFT", "XOM");
        assertRefusedUnchanged(before, run(d1), "XOM");
        assertNotEquals(0, before.size());
    }
}
