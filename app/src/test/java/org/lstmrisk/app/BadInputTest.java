package org.lstmrisk.app;

import org.lstmrisk.core.ExitCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input through the command line: exit code 2, a message naming what is wrong, and nothing written. */
class BadInputTest {

    @TempDir
    Path tmp;

    private Path out() {
        return tmp.resolve("out");
    }

    private void assertRefused(Cli cli, String... fragments) {
        assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), cli::toString);
        for (String f : fragments) {
            assertTrue(cli.err().contains(f), () -> "stderr lacks '" + f + "':\n" + cli);
        }
        assertFalse(Files.exists(out()), "nothing may be written on bad input");
    }

    /** Two real files, AAPL corrupted on one line. */
    private Path corruptedCopy(int lineNumber, String field, String value) throws IOException {
        Path djia = SharedData.dir().resolve("djia30");
        Path dir = Files.createDirectories(tmp.resolve("data"));
        Files.copy(djia.resolve("MSFT.csv"), dir.resolve("MSFT.csv"));
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(djia.resolve("AAPL.csv")));
        List<String> header = List.of(lines.get(0).split(","));
        String[] cells = lines.get(lineNumber - 1).split(",");
        cells[header.indexOf(field)] = value;
        lines.set(lineNumber - 1, String.join(",", cells));
        Files.write(dir.resolve("AAPL.csv"), lines);
        return dir;
    }

    @Test
    void run_corruptedRealFile_exits2NamingFileLineAndField() throws IOException {
        Path data = corruptedCopy(1234, "Adj Close", "abc");
        Cli cli = Cli.run("run", "--data", data.toString(), "--out", out().toString());
        assertRefused(cli, "AAPL.csv", "1234", "Adj Close");
    }

    @Test
    void run_negativePrice_exits2() throws IOException {
        Path data = corruptedCopy(500, "Close", "-3.5");
        assertRefused(Cli.run("run", "--data", data.toString(), "--out", out().toString()), "AAPL.csv", "500", "Close");
    }

    @Test
    void run_missingDataPath_exits2() {
        assertRefused(Cli.run("run", "--data", tmp.resolve("nowhere").toString(), "--out", out().toString()),
                "nowhere");
    }

    @Test
    void run_noData_exits2WithHint() {
        assertRefused(Cli.run("run", "--out", out().toString()), "--data", "demo");
    }

    @Test
    void run_weightForTickerWithoutData_exits2NamingWeightsLine() throws IOException {
        Path weights = tmp.resolve("w.csv");
        Files.writeString(weights, "ticker,weight\nAAPL,0.5\nNOPE,0.5\n");
        Cli cli = Cli.run("run", "--data", SharedData.dir().resolve("djia30").toString(),
                "--weights", weights.toString(), "--out", out().toString());
        assertRefused(cli, "w.csv", "line 3", "NOPE");
    }

    @Test
    void run_weightForTickerWithTooLittleHistory_exits2() throws IOException {
        Path weights = tmp.resolve("w.csv");
        Files.writeString(weights, "ticker,weight\nAAPL,0.5\nDOW,0.5\n");
        Cli cli = Cli.run("run", "--data", SharedData.dir().resolve("djia30").toString(), "--as-of", "2019-06-28",
                "--weights", weights.toString(), "--out", out().toString());
        assertRefused(cli, "w.csv", "line 3", "DOW");
    }

    @Test
    void run_asOfOutsideData_exits2() {
        Cli cli = Cli.run("run", "--data", SharedData.dir().resolve("djia30").toString(), "--as-of", "2025-01-02",
                "--out", out().toString());
        assertRefused(cli, "2025-01-02", "outside the data");
    }

    @Test
    void run_asOfNotATradingDay_exits2NamingThePreviousOne() {
        Cli cli = Cli.run("run", "--data", SharedData.dir().resolve("djia30").toString(), "--as-of", "2024-03-09",
                "--out", out().toString());
        assertRefused(cli, "2024-03-09", "2024-03-08");
    }

    @Test
    void run_unknownModel_exits2() {
        Cli cli = Cli.run("run", "--data", SharedData.dir().resolve("djia30").toString(), "--model", "magic",
                "--out", out().toString());
        assertRefused(cli, "magic", "ewma");
    }

    @Test
    void run_badOption_exits2() {
        assertRefused(Cli.run("run", "--horizon", "zero", "--out", out().toString()), "--horizon");
    }

    @Test
    void run_unknownConfigKey_exits2NamingLine() throws IOException {
        Path config = tmp.resolve("run.yaml");
        Files.writeString(config, "model: ewma\nhorizonDays: 1\ncorrelationWindow: 100\n");
        Cli cli = Cli.run("run", "--config", config.toString(), "--out", out().toString());
        assertRefused(cli, "run.yaml", "line 3", "correlationWindow");
    }

    @Test
    void run_badHorizon_exits2() {
        Cli cli = Cli.run("demo", "--horizon", "0", "--out", out().toString());
        assertRefused(cli, "horizon");
    }
}
