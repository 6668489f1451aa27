package org.lstmrisk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.ExitCode;
import org.lstmrisk.nightly.run.ReportFolderGuard;

/** A run never replaces the report of another configuration in OUT/<as-of>/ without being told to. */
class ReportFolderGuardCliTest {

    @TempDir
    Path tmp;

    private Cli run(Path data, Path weights, String... more) {
        var args = new java.util.ArrayList<>(java.util.List.of("run", "--var-method", "normal",
                "--model", "ewma", "--data", data.toString(),
                "--weights", weights.toString(), "--out", tmp.resolve("out").toString()));
        args.addAll(java.util.List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void otherWeights_areRefusedNamingTheFolder_sameWeightsReplaceSilently_andReplaceOverrides() throws IOException {
        Path data = StateFixture.smallData(tmp.resolve("data"), LocalDate.of(2023, 12, 29), "AAPL", "MSFT", "JPM");
        Path ab = StateFixture.weights(tmp.resolve("ab.csv"), "AAPL", "MSFT");
        Path bc = StateFixture.weights(tmp.resolve("bc.csv"), "MSFT", "JPM");

        Cli first = run(data, ab);
        assertEquals(ExitCode.OK, first.exitCode(), first::toString);
        Path folder;
        try (var dirs = Files.list(tmp.resolve("out"))) {
            folder = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        byte[] report = Files.readAllBytes(folder.resolve("report.json"));
        assertTrue(Files.isRegularFile(folder.resolve(ReportFolderGuard.FILE)));

        Cli again = run(data, ab);
        assertEquals(ExitCode.OK, again.exitCode(), "a re-run of the same configuration replaces silently: " + again);
        assertArrayEquals(report, Files.readAllBytes(folder.resolve("report.json")));

        Cli other = run(data, bc);
        assertEquals(ExitCode.BAD_INPUT, other.exitCode(), other::toString);
        String err = other.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("lstm-risk: " + tmp.resolve("out").resolve(folder.getFileName())), err);
        assertTrue(err.contains("differs in weights") && err.contains("--out DIR") && err.contains("--replace"), err);
        assertEquals("", other.out(), "refused before anything ran");
        assertArrayEquals(report, Files.readAllBytes(folder.resolve("report.json")), "the other report is untouched");

        Cli horizon = run(data, ab, "--horizon", "5");
        assertEquals(ExitCode.BAD_INPUT, horizon.exitCode(), horizon::toString);
        assertTrue(horizon.err().contains("differs in horizonDays"), horizon::toString);

        Cli replaced = run(data, bc, "--replace");
        assertEquals(ExitCode.OK, replaced.exitCode(), replaced::toString);
        var tickers = new ObjectMapper().readTree(folder.resolve("report.json").toFile()).get("tickers");
        assertEquals("[\"MSFT\",\"JPM\"]", tickers.toString());
        assertEquals(ExitCode.OK, run(data, bc).exitCode(), "the replaced report now belongs to this configuration");
    }

    @Test
    void equalWeightsOverOtherData_isAnotherPortfolio() throws IOException {
        Path abc = StateFixture.smallData(tmp.resolve("abc"), LocalDate.of(2023, 12, 29), "AAPL", "MSFT", "JPM");
        Path ab = StateFixture.smallData(tmp.resolve("ab"), LocalDate.of(2023, 12, 29), "AAPL", "MSFT");
        Path out = tmp.resolve("out");
        assertEquals(ExitCode.OK, Cli.run("run", "--var-method", "normal",
                "--model", "ewma", "--data", abc.toString(), "--out", out.toString())
                .exitCode());
        Cli other = Cli.run("run", "--var-method", "normal",
                "--model", "ewma", "--data", ab.toString(), "--out", out.toString());
        assertEquals(ExitCode.BAD_INPUT, other.exitCode(), other::toString);
        assertTrue(other.err().contains("differs in the data's tickers"), other::toString);
    }

    @Test
    void aReportWithoutTheConfigurationFile_fromAnOlderVersion_isReplacedAsBefore() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(ExitCode.OK, Cli.run("demo", "--model", "ewma", "--out", out.toString()).exitCode());
        Path folder;
        try (var dirs = Files.list(out)) {
            folder = dirs.findFirst().orElseThrow();
        }
        Files.delete(folder.resolve(ReportFolderGuard.FILE));
        Cli garch = Cli.run("demo", "--model", "garch", "--out", out.toString());
        assertEquals(ExitCode.OK, garch.exitCode(), garch::toString);
        assertEquals("garch", new ObjectMapper().readTree(folder.resolve("report.json").toFile()).get("model").asText());
        Cli ewma = Cli.run("demo", "--model", "ewma", "--out", out.toString());
        assertEquals(ExitCode.BAD_INPUT, ewma.exitCode(), "the new report has the file again: " + ewma);
        assertTrue(ewma.err().contains("differs in model"), ewma::toString);
    }
}
