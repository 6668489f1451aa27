package org.lstmrisk.app;

import org.lstmrisk.core.ExitCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstmrisk.io.Fingerprints;

/**
 * Hostile input and a hostile file system (issue 11): names from data that would become paths, text that would
 * become spreadsheet formulas, symbolic links in the state, a user's file where the report goes, a refused run
 * that must change nothing, a deleted lock, files that are not files, and options out of range. Each refusal
 * exits 2 with one line on stderr naming file, line and field where there is one, and leaves every file of the
 * test's folder (the state's lock included) byte-identical; no run creates anything outside --state and --out.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    private Path data;
    private Path state;
    private Path out;

    @BeforeEach
    void data() {
        data = StateFixture.smallData(tmp.resolve("data"), null, "AAPL", "MSFT");
        state = tmp.resolve("state");
        out = tmp.resolve("out");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static Cli cli(List<String> args) {
        return Cli.run(args.toArray(String[]::new));
    }

    /** An EWMA run on the small data into {@code out}; {@code more} may name another --data or --out. */
    private List<String> ewma(String... more) {
        List<String> extra = List.of(more);
        var args = new ArrayList<>(List.of("run", "--var-method", "normal", "--model", "ewma", "--threads", "1"));
        if (!extra.contains("--data")) {
            args.addAll(List.of("--data", data.toString()));
        }
        if (!extra.contains("--out")) {
            args.addAll(List.of("--out", out.toString()));
        }
        args.addAll(extra);
        return args;
    }

    /** Every path under {@code root} (folders, files and links, not followed) with the hash of each file's bytes. */
    private static Map<String, String> tree(Path root) {
        var all = new TreeMap<String, String>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                String kind;
                if (Files.isSymbolicLink(p)) {
                    kind = "link -> " + Files.readSymbolicLink(p);
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    kind = "dir";
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    kind = Fingerprints.sha256(Files.readAllBytes(p));
                } else {
                    kind = "special";
                }
                all.put(root.relativize(p).toString(), kind);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** Exit 2, exactly one line on stderr (besides the JVM's incubator warning) holding every fragment. */
    private static void assertRefusedInOneLine(Cli cli, String... fragments) {
        assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), cli::toString);
        List<String> lines = cli.err().lines().filter(l -> !l.contains("Using incubator modules")).toList();
        assertEquals(1, lines.size(), () -> "one line on stderr:\n" + cli);
        assertTrue(lines.get(0).startsWith("lstm-risk: "), cli::toString);
        for (String f : fragments) {
            assertTrue(lines.get(0).contains(f), () -> "stderr lacks '" + f + "':\n" + cli);
        }
    }

    /** Runs {@code args}, which must be refused in one line, and checks that nothing under the test folder changed. */
    private Cli assertRefusedUnchanged(List<String> args, String... fragments) {
        Map<String, String> before = tree(tmp);
        Cli cli = cli(args);
        assertRefusedInOneLine(cli, fragments);
        assertEquals(before, tree(tmp), "nothing created, changed or deleted, the lock file included");
        return cli;
    }

    private Path longFile(String ticker) throws IOException {
        var sb = new StringBuilder("date,ticker,open,high,low,close,adj close,volume\n");
        for (String t : List.of("MSFT", ticker)) {
            List<String> lines = Files.readAllLines(data.resolve("AAPL.csv"));
            for (String line : lines.subList(1, lines.size())) {
                int comma = line.indexOf(',');
                sb.append(line, 0, comma).append(',').append(t).append(line.substring(comma)).append('\n');
            }
        }
        return Files.writeString(tmp.resolve("long.csv"), sb);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    // ------------------------------------------------------------------- 1. names from data are untrusted

    @ParameterizedTest
    @ValueSource(strings = {"../../../../ESCAPED", "/etc/passwd", "a/b", "..", "=HYPERLINK(\"x\")", "A B",
            "THIRTY-THREE-CHARACTERS-LONG-XXXX"})
    void run_longFileWithATickerThatIsNoName_exits2NamingFileLineField_andCreatesNothing(String ticker)
            throws IOException {
        Path file = longFile(ticker);
        int line = 1 + Files.readAllLines(data.resolve("AAPL.csv")).size(); // the MSFT rows, then the bad ticker
        assertRefusedUnchanged(List.of("run", "--var-method", "normal",
                "--data", file.toString(), "--model", "lstm", "--epochs", "1",
                        "--state", state.toString(), "--out", out.toString()),
                "long.csv", "line " + line, "field 'ticker'", "invalid ticker");
        assertFalse(Files.exists(state), "no state folder");
        assertFalse(Files.exists(out), "no output folder");
    }

    @Test
    void run_validLongFile_writesOnlyUnderStateAndOut() throws IOException {
        Path file = longFile("BRK-B");
        Map<String, String> before = tree(tmp);
        Cli cli = cli(List.of("run", "--var-method", "normal",
                "--data", file.toString(), "--model", "lstm", "--epochs", "1", "--threads", "1",
                "--state", state.toString(), "--out", out.toString()));
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        Map<String, String> after = tree(tmp);
        after.keySet().removeIf(k -> k.equals("state") || k.startsWith("state/") || k.equals("out")
                || k.startsWith("out/"));
        assertEquals(before, after, "nothing outside --state and --out was created or changed");
        assertTrue(Files.exists(state.resolve("models/g000001/lstm/BRK-B.model")), "the model file is in the state");
    }

    @Test
    void run_perTickerFileWhoseNameIsNoTicker_exits2NamingTheFile() throws IOException {
        Files.copy(data.resolve("AAPL.csv"), data.resolve("A B.csv"));
        assertRefusedUnchanged(ewma(), "A B.csv", "the file name gives the ticker", "invalid ticker 'A B'");
    }

    @Test
    void run_retrainValueThatIsNoTicker_exits2BeforeTouchingTheState() {
        assertRefusedUnchanged(ewma("--state", state.toString(), "--retrain", "../../x"), "--retrain",
                "invalid ticker '../../x'");
        assertFalse(Files.exists(state));
    }

    @Test
    void run_weightsTickerThatIsAFormula_exits2NamingLineAndField() throws IOException {
        Path weights = write("w.csv", "ticker,weight\nAAPL,0.5\n\"=HYPERLINK(\"\"http://x\"\")\",0.5\n");
        assertRefusedUnchanged(ewma("--weights", weights.toString()), "w.csv", "line 3", "field 'ticker'",
                "invalid ticker");
    }

    @Test
    void run_limitScopeOrNameThatIsNoName_exits2NamingLineAndField() throws IOException {
        Path scope = write("scope.yaml", """
                limits:
                  - name: single
                    metric: position.volatility
                    limit: 0.5
                    scope: [AAPL, ../etc]
                """);
        assertRefusedUnchanged(ewma("--limits", scope.toString()), "scope.yaml", "line 5", "field 'scope'",
                "invalid ticker '../etc'");
        Path name = write("name.yaml", "limits:\n  - name: \"two\\nlines\"\n    metric: portfolio.var99\n    limit: 1\n");
        assertRefusedUnchanged(ewma("--limits", name.toString()), "name.yaml", "line 2", "field 'name'",
                "control characters");
        Path longName = write("long.yaml", "limits:\n  - name: " + "x".repeat(65)
                + "\n    metric: portfolio.var99\n    limit: 1\n");
        assertRefusedUnchanged(ewma("--limits", longName.toString()), "long.yaml", "line 2", "at most 64");
    }

    // ------------------------------------------------------------- 2. CSV text cannot become a formula

    @Test
    void historyCsv_limitNamesThatLookLikeFormulasOrHoldQuotes_areNeutralisedAndQuoted() throws IOException {
        Path limits = write("limits.yaml", """
                limits:
                  - name: "=SUM(A1)"
                    metric: portfolio.var99
                    limit: 1
                  - name: 'A,"B'
                    metric: portfolio.es975
                    limit: 1
                """);
        Cli run = cli(ewma("--limits", limits.toString(), "--state", state.toString()));
        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        Cli csv = Cli.run("history", "--state", state.toString(), "--format", "csv", "--status", "OK");
        assertEquals(ExitCode.OK, csv.exitCode(), csv::toString);
        List<String> rows = csv.out().lines().toList();
        assertEquals(3, rows.size(), csv::toString);
        assertTrue(rows.get(1).contains(",'=SUM(A1),portfolio.var99,"), rows.get(1));
        assertTrue(rows.get(2).contains(",\"A,\"\"B\",portfolio.es975,"), rows.get(2));
    }

    // ------------------------------------------------------------------------ 3. symbolic links in the state

    @Test
    void run_lockThatIsASymbolicLink_exits2AndWritesNothingIntoItsTarget() throws IOException {
        Cli first = cli(ewma("--state", state.toString()));
        assertEquals(ExitCode.OK, first.exitCode(), first::toString);
        Path target = write("precious.txt", "do not overwrite\n");
        Files.delete(state.resolve("lock"));
        Files.createSymbolicLink(state.resolve("lock"), target);
        assertRefusedUnchanged(ewma("--state", state.toString()), "lock", "symbolic link");
        assertEquals("do not overwrite\n", Files.readString(target));
    }

    @Test
    void run_modelsFolderThatIsASymbolicLink_exits2AndDeletesNothingThroughIt() throws IOException {
        Cli first = cli(ewma("--state", state.toString()));
        assertEquals(ExitCode.OK, first.exitCode(), first::toString);
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createDirectories(elsewhere.resolve("g000001"));
        Files.writeString(elsewhere.resolve("g000001/keep.txt"), "mine");
        Files.createDirectories(elsewhere.resolve(".g000002.partial"));
        Files.delete(state.resolve("models"));
        Files.createSymbolicLink(state.resolve("models"), elsewhere);
        assertRefusedUnchanged(ewma("--state", state.toString()), "models", "symbolic link");
        assertTrue(Files.exists(elsewhere.resolve("g000001/keep.txt")));
        assertTrue(Files.exists(elsewhere.resolve(".g000002.partial")));
    }

    @Test
    void run_aStoredModelFileReplacedByALinkOrAPipe_exits2NamingIt() throws Exception {
        List<String> lstm = List.of("run", "--var-method", "normal",
                "--data", data.toString(), "--model", "lstm", "--epochs", "1",
                "--threads", "1", "--state", state.toString(), "--out", out.toString());
        Cli first = cli(lstm);
        assertEquals(ExitCode.OK, first.exitCode(), first::toString);
        Path model = state.resolve("models/g000001/lstm/AAPL.model");
        Path copy = Files.copy(model, tmp.resolve("AAPL.model.copy"));
        Files.delete(model);
        Files.createSymbolicLink(model, copy); // the very same bytes, but behind a link
        assertRefusedUnchanged(lstm, model.toString(), "not a regular file", "--retrain AAPL");
        Files.delete(model);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", model.toString()).start();
        } catch (IOException e) {
            return; // no mkfifo on this system
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        assertRefusedUnchanged(lstm, model.toString(), "not a regular file");
    }

    // ------------------------------------------------------------------------------- 4. OUT/<as-of> rules

    private String lastDate() {
        List<java.time.LocalDate> dates = StateFixture.dates(data, "AAPL");
        return dates.get(dates.size() - 1).toString();
    }

    @Test
    void run_aFileOrAUsersFolderAtOutAsOf_exits2AndKeepsIt() throws IOException {
        Files.createDirectories(out);
        Path asOf = out.resolve(lastDate());
        Files.writeString(asOf, "a user's file");
        assertRefusedUnchanged(ewma(), asOf.toString(), "is a file");
        Files.delete(asOf);
        Files.createDirectories(asOf);
        Files.writeString(asOf.resolve("notes.txt"), "a user's notes");
        assertRefusedUnchanged(ewma(), asOf.toString(), "without a report.json");
        Files.writeString(asOf.resolve("report.json"), "{\"mine\": true}\n");
        assertRefusedUnchanged(ewma(), asOf.toString(), "without a report.json");
    }

    @Test
    void run_anEarlierReportIsReplaced_andLeftoversOfAKilledPublishAreCleaned() throws IOException {
        Cli first = cli(ewma());
        assertEquals(ExitCode.OK, first.exitCode(), first::toString);
        Path asOf = out.resolve(lastDate());
        byte[] report = Files.readAllBytes(asOf.resolve("report.json"));
        Path staging = Files.createDirectories(out.resolve("." + lastDate() + ".new-123456"));
        Files.writeString(staging.resolve("report.json"), "half");
        Path aside = Files.createDirectories(out.resolve("." + lastDate() + ".old-." + lastDate() + ".new-789"));
        Path userFolder = Files.createDirectories(out.resolve(".hidden-user-folder"));
        Cli again = cli(ewma());
        assertEquals(ExitCode.OK, again.exitCode(), again::toString);
        assertTrue(java.util.Arrays.equals(report, Files.readAllBytes(asOf.resolve("report.json"))),
                "the same inputs give the same report.json");
        assertFalse(Files.exists(staging), "the killed publish's staging folder is gone");
        assertFalse(Files.exists(aside), "the killed publish's moved-aside folder is gone");
        assertTrue(Files.exists(userFolder), "a folder lstm-risk did not create is kept");
    }

    // ------------------------------------------------------------------- 5. a refused run changes nothing

    @Test
    void run_refusedOnAnExistingState_leavesEveryByteIncludingTheLock() throws IOException {
        Cli first = cli(ewma("--state", state.toString()));
        assertEquals(ExitCode.OK, first.exitCode(), first::toString);
        Files.writeString(state.resolve("lock"), "pid 1\n"); // as a previous process left it
        Path bad = write("bad.csv", "date,ticker,close\n2024-01-02,AAPL,abc\n");
        assertRefusedUnchanged(List.of("run", "--var-method", "normal",
                "--data", bad.toString(), "--model", "ewma", "--state", state.toString(),
                "--out", out.toString()), "bad.csv", "line 2", "field 'close'");
        assertEquals("pid 1\n", Files.readString(state.resolve("lock")), "the lock's pid was not rewritten");
    }

    @Test
    void run_refusedWithANewState_createsNoStateFolder() throws IOException {
        Path bad = write("bad.csv", "date,ticker,close\n2024-01-02,AAPL,abc\n");
        assertRefusedUnchanged(List.of("run", "--var-method", "normal",
                "--data", bad.toString(), "--state", state.toString(),
                "--out", out.toString()), "bad.csv");
        assertFalse(Files.exists(state));
    }

    // ---------------------------------------------------------------------------- 6. the lock is deleted

    @Test
    void run_afterTheLockOfARunningRunWasDeleted_exits2_andRunsAgainOnceItIsRecreated() throws IOException {
        Cli first = cli(ewma("--state", state.toString()));
        assertEquals(ExitCode.OK, first.exitCode(), first::toString);
        Path lockFile = state.resolve("lock");
        // A run holds the lock (this process stands in for it); then someone deletes the file under it.
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            Files.delete(lockFile);
            assertRefusedUnchanged(ewma("--state", state.toString()), "holds a state but no lock file", "touch");
            assertFalse(Files.exists(lockFile), "the second run did not recreate the lock");
        }
        Files.createFile(lockFile);
        Cli again = cli(ewma("--state", state.toString()));
        assertEquals(ExitCode.OK, again.exitCode(), again::toString);
    }

    @Test
    void run_onANewState_createsItsModelsFolderWithTheLock() {
        Cli first = cli(ewma("--state", state.toString()));
        assertEquals(ExitCode.OK, first.exitCode(), first::toString);
        assertTrue(Files.isDirectory(state.resolve("models")), "a locked state is never only a lock");
        assertTrue(Files.isRegularFile(state.resolve("lock")));
    }

    // ---------------------------------------------------------------------- 7. errors of the environment

    @Test
    void run_outOrStateThatIsAFile_exits2InOneLine() throws IOException {
        Path file = write("a-file", "x");
        assertRefusedUnchanged(ewma("--out", file.toString()), "--out", "is a file");
        assertRefusedUnchanged(ewma("--out", file.resolve("below").toString()), "--out", "is a file");
        assertRefusedUnchanged(ewma("--state", file.toString()), "--state", "is a file");
    }

    @Test
    void history_andBreachAck_onAForeignOrDamagedDatabase_exit2InOneLine() throws IOException {
        Files.createDirectories(state);
        byte[] garbage = new byte[4096];
        new java.util.Random(11).nextBytes(garbage);
        Files.write(state.resolve("history.db"), garbage);
        assertRefusedUnchanged(List.of("history", "--state", state.toString()), "history.db",
                "not an SQLite database");
        assertRefusedUnchanged(List.of("breach", "ack", "--state", state.toString(), "--run", "2024-03-08-1",
                "--limit", "x", "--by", "me", "--class", "data-issue", "--action", "none"), "history.db",
                "not an SQLite database");
    }

    @Test
    void run_dataOrLimitsThatAreDevicesOrPipes_exit2AtOnce() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
        assertRefusedUnchanged(ewma("--data", "/dev/zero"), "/dev/zero", "not a regular file");
        assertRefusedUnchanged(ewma("--limits", "/dev/zero"), "/dev/zero", "not a regular file");
        assertRefusedUnchanged(ewma("--config", "/dev/zero"), "/dev/zero", "not a regular file");
        Path fifo = tmp.resolve("prices.csv");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            return; // no mkfifo on this system
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        assertRefusedUnchanged(ewma("--data", fifo.toString()), "prices.csv", "not a regular file");
    }

    @Test
    void run_aLimitsFileWithOneHugeLine_exits2NamingTheBound() throws IOException {
        Path huge = tmp.resolve("huge.yaml");
        byte[] line = ("limits: [] # " + "x".repeat(2 << 20) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.write(huge, line);
        assertRefusedUnchanged(ewma("--limits", huge.toString()), "huge.yaml", "at most 1048576");
    }

    @Test
    void run_aPriceCellOf10000Characters_exits2NamingFileAndLine() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(data.resolve("MSFT.csv")));
        lines.set(4, lines.get(4).replaceFirst(",", "," + "9".repeat(10_000)));
        Files.write(data.resolve("MSFT.csv"), lines);
        Cli cli = assertRefusedUnchanged(ewma(), "MSFT.csv", "line 5", "longer than 4000 characters");
        assertTrue(cli.err().length() < 400, cli::toString);
    }

    // ----------------------------------------------------------------------- 8. no silent acceptance

    @Test
    void run_aTickerWhoseDataStartsAfterTheAsOfDate_isListedAsExcluded() throws IOException {
        List<String> msft = Files.readAllLines(data.resolve("MSFT.csv"));
        var late = new ArrayList<>(List.of(msft.get(0)));
        late.addAll(msft.subList(msft.size() - 20, msft.size()));
        Files.write(data.resolve("LATE.csv"), late);
        String asOf = msft.get(msft.size() - 40).substring(0, 10);
        Cli cli = cli(ewma("--as-of", asOf));
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        JsonNode report = new ObjectMapper().readTree(out.resolve(asOf).resolve("report.json").toFile());
        JsonNode excluded = report.get("excluded");
        assertEquals(1, excluded.size(), report::toPrettyString);
        assertEquals("LATE", excluded.get(0).get("ticker").asText());
        assertTrue(excluded.get(0).get("reason").asText().contains("its data starts " + late.get(1).substring(0, 10)),
                excluded::toString);
    }

    @Test
    void run_lstmOnCloseOnlyData_exits2InOneLineInsteadOfAnInternalError() throws IOException {
        var sb = new StringBuilder("date,ticker,close\n");
        List<String> lines = Files.readAllLines(data.resolve("AAPL.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            sb.append(cells[0]).append(",AAPL,").append(cells[4]).append('\n');
        }
        Path file = write("close-only.csv", sb.toString());
        assertRefusedUnchanged(List.of("run", "--var-method", "normal",
                "--data", file.toString(), "--model", "lstm", "--epochs", "1",
                "--out", out.toString()), "cannot be fitted to AAPL's data", "open, high and low");
    }

    @Test
    void run_aConfigurationWithAYamlAlias_exits2NamingLineAndKey() throws IOException {
        Path config = write("run.yaml", "model: &m ewma\nout: *m\n");
        assertRefusedUnchanged(List.of("run", "--var-method", "normal",
                "--data", data.toString(), "--config", config.toString()),
                "run.yaml", "line 2", "field 'out'", "aliases");
        assertFalse(Files.exists(tmp.resolve("ewma")), "the alias's name was not taken for a folder");
    }

    @Test
    void run_optionsOutOfRange_exit2InOneLineWithoutAUsageDump() {
        assertRefusedUnchanged(ewma("--horizon", "100000"), "--horizon", "1 to 250");
        assertRefusedUnchanged(ewma("--correlation-window", "2"), "--correlation-window", "at least 20");
        assertRefusedUnchanged(ewma("--as-of", "2024-13-01"), "--as-of", "'2024-13-01' is not a date (YYYY-MM-DD)");
        assertRefusedUnchanged(ewma("--threads", "0"), "--threads");
        assertRefusedUnchanged(ewma("--no-such-option"), "--no-such-option");
    }
}
