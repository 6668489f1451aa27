package org.lstmrisk.app;

import org.lstmrisk.core.ExitCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits through the command line: exit 3 on a hard breach, named everywhere; re-checks; bad files. */
class LimitsCliTest {

    @TempDir
    Path tmp;

    private Path limits(String yaml) throws IOException {
        Path f = tmp.resolve("limits-" + Math.abs(yaml.hashCode()) + ".yaml");
        Files.writeString(f, yaml);
        return f;
    }

    private Cli runDjia(Path limitsFile) {
        return Cli.run("run", "--model", "ewma", "--data", SharedData.dir().resolve("djia30").toString(), "--as-of", "2024-03-08",
                "--limits", limitsFile.toString(), "--out", tmp.resolve("out").toString());
    }

    @Test
    void run_withAHardPositionLimitThatOneStockBreaches_exits3AndNamesTheBreach() throws IOException {
        // INTC carries the largest share of the equally weighted portfolio's risk (about 7.4 % at 2024-03-08).
        Path file = limits("""
                limits:
                  - name: single-name-risk
                    metric: position.share
                    limit: 0.07
                    warn: 0.8
                    hard: true
                  - name: portfolio-var99
                    metric: portfolio.var99
                    limit: 0.05
                """);
        Cli cli = runDjia(file);
        assertEquals(ExitCode.HARD_BREACH, cli.exitCode(), cli::toString);
        assertTrue(cli.out().contains("HARD BREACH single-name-risk:INTC"), cli::toString);

        JsonNode report = new ObjectMapper().readTree(tmp.resolve("out/2024-03-08/report.json").toFile());
        JsonNode limitsNode = report.get("limits");
        assertEquals(31, limitsNode.size(), "30 position results and one portfolio result");
        int breaches = 0;
        for (JsonNode l : limitsNode) {
            if (l.get("status").asText().equals("BREACH")) {
                breaches++;
                assertEquals("single-name-risk:INTC", l.get("name").asText());
                assertEquals("INTC", l.get("drivers").get(0).get("ticker").asText());
                assertTrue(l.get("hard").asBoolean());
            }
        }
        assertEquals(1, breaches);
        JsonNode var = limitsNode.get(30);
        assertEquals("portfolio-var99", var.get("name").asText());
        assertEquals(report.get("portfolio").get("var").get("0.99").asDouble(), var.get("value").asDouble(), 0.0);
        assertEquals("OK", var.get("status").asText());
    }

    @Test
    void limitsCommand_rechecksAWrittenReportAgainstAnotherFile() throws IOException {
        Path strict = limits("""
                limits:
                  - name: var
                    metric: portfolio.var99
                    limit: 0.01
                """);
        Path loose = limits("""
                limits:
                  - name: var
                    metric: portfolio.var99
                    limit: 0.02
                    warn: 0.5
                  - name: soft-share
                    metric: position.share
                    scope: [INTC]
                    limit: 0.05
                    hard: false
                """);
        assertEquals(ExitCode.HARD_BREACH, runDjia(strict).exitCode());
        Path report = tmp.resolve("out/2024-03-08/report.json");
        byte[] before = Files.readAllBytes(report);

        Cli again = Cli.run("limits", "--report", report.toString(), "--limits", strict.toString());
        assertEquals(ExitCode.HARD_BREACH, again.exitCode(), again::toString);
        assertTrue(again.out().contains("HARD BREACH var"), again::toString);

        Cli whatIf = Cli.run("limits", "--report", report.toString(), "--limits", loose.toString());
        assertEquals(ExitCode.OK, whatIf.exitCode(), whatIf::toString);
        assertTrue(whatIf.out().contains("soft BREACH soft-share:INTC"), whatIf::toString);
        assertTrue(whatIf.out().contains("WARN"), whatIf::toString);
        assertEquals(new String(before), Files.readString(report), "the re-check writes nothing");
    }

    @Test
    void run_invalidLimitsFile_exits2NamingLineAndWritesNothing() throws IOException {
        Path file = limits("""
                limits:
                  - name: var
                    metric: portfolio.var95
                    limit: 0.02
                """);
        Cli cli = runDjia(file);
        assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains("line 3") && cli.err().contains("metric"), cli::toString);
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void run_limitOnATickerNotInThePortfolio_isAWarning_andTheLimitIsNotChecked() throws IOException {
        Path file = limits("""
                limits:
                  - name: share
                    metric: position.share
                    scope: [TSLA]
                    limit: 0.1
                """);
        Cli cli = runDjia(file);
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        assertTrue(cli.out().contains("warning: " + file + ": limit 'share' names TSLA, which is not held; "
                + "the limit was not checked"), cli::toString);
        JsonNode report = new ObjectMapper().readTree(tmp.resolve("out/2024-03-08/report.json").toFile());
        assertEquals(0, report.get("limits").size());
        assertEquals(1, report.get("warnings").size());
    }

    @Test
    void limitsCommand_missingReport_exits2() throws IOException {
        Path file = limits("limits: []\n");
        Cli cli = Cli.run("limits", "--report", tmp.resolve("none.json").toString(), "--limits", file.toString());
        assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains("none.json"), cli::toString);
    }
}
