package org.lstmrisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.ExitCode;

/**
 * Real-data policies through the command line: a Yahoo file with {@code null} rows and suspension rows (generated
 * from a shipped file) runs under the default policy with the counts in report.json, and is refused under the strict
 * ones naming file, line and field; the shipped multi-exchange and yfinance folders run and say how the calendars
 * were treated.
 */
class RealDataCliTest {

    @TempDir
    Path tmp;

    /** MSFT and AAPL from djia30; AAPL with null rows on scattered lines and a run of suspension rows. */
    private Path vendorHoles() throws IOException {
        Path djia = SharedData.dir().resolve("djia30");
        Path dir = Files.createDirectories(tmp.resolve("data"));
        Files.copy(djia.resolve("MSFT.csv"), dir.resolve("MSFT.csv"));
        List<String> lines = new ArrayList<>(Files.readAllLines(djia.resolve("AAPL.csv")));
        for (int line : new int[] {3001, 4500, 5999}) { // 1-based lines
            lines.set(line - 1, lines.get(line - 1).split(",")[0] + ",null,null,null,null,null,null");
        }
        // lines 5101..5104: suspension rows flat at line 5100's close (Date,Open,High,Low,Close,Adj Close,Volume)
        String[] before = lines.get(5099).split(",");
        for (int line = 5101; line <= 5104; line++) {
            String date = lines.get(line - 1).split(",")[0];
            lines.set(line - 1, String.join(",", date, before[4], before[4], before[4], before[4], before[5], "0"));
        }
        Files.write(dir.resolve("AAPL.csv"), lines);
        return dir;
    }

    @Test
    void nullAndSuspensionRows_runUnderTheDefault_withCountsInReportJson() throws IOException {
        Path data = vendorHoles();
        Path out = tmp.resolve("out");
        Cli cli = Cli.run("run", "--data", data.toString(), "--model", "ewma", "--out", out.toString());
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        assertTrue(cli.out().contains("null rows skipped: 3 (AAPL 3)"), cli::toString);
        assertTrue(cli.out().contains("suspension rows dropped: 4 (AAPL 4)"), cli::toString);
        JsonNode data1 = new ObjectMapper().readTree(out.resolve("2024-03-08/report.json").toFile()).get("data");
        JsonNode aapl = data1.get("coverage").get(0);
        assertEquals("AAPL", aapl.get("ticker").asText());
        assertEquals(3, aapl.get("nullRows").asInt());
        assertEquals(4, aapl.get("droppedSuspensions").asInt());
        assertEquals(7, aapl.get("filledValues").asInt());
        assertEquals("drop", data1.get("quality").get("suspensions").asText());
        assertFalse(data1.get("coverage").get(1).has("nullRows"));
        String html = Files.readString(out.resolve("2024-03-08/report.html"));
        assertTrue(html.contains("null rows skipped: 3 (AAPL 3)"), "report.html states the counts");
    }

    @Test
    void nullAndSuspensionRows_strict_exit2NamingFileLineAndField() throws IOException {
        Path data = vendorHoles();
        Path out = tmp.resolve("out");
        Cli nulls = Cli.run("run", "--data", data.toString(), "--model", "ewma", "--out", out.toString(),
                "--missing-rows", "strict");
        assertEquals(ExitCode.BAD_INPUT, nulls.exitCode(), nulls::toString);
        assertTrue(nulls.err().contains("AAPL.csv, line 3001, field 'Close'"), nulls::toString);
        Cli suspensions = Cli.run("run", "--data", data.toString(), "--model", "ewma", "--out", out.toString(),
                "--suspensions", "strict");
        assertEquals(ExitCode.BAD_INPUT, suspensions.exitCode(), suspensions::toString);
        assertTrue(suspensions.err().contains("AAPL.csv, line 5101, field 'Volume'"), suspensions::toString);
        assertFalse(Files.exists(out), "nothing written on bad input");
    }

    @Test
    void badPolicyValue_isAUsageError() {
        Cli cli = Cli.run("run", "--data", "nowhere", "--suspensions", "ignore");
        assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains("--suspensions must be one of [drop, keep, strict]"), cli::toString);
    }

    @Test
    void indices_runAndEvaluate_sayHowTheCalendarsWereTreated() throws IOException {
        Path data = SharedData.dir().resolve("indices");
        Path out = tmp.resolve("out");
        Cli run = Cli.run("run", "--data", data.toString(), "--model", "ewma", "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertTrue(run.out().contains("separate calendars: each ticker's volatility model sees only its own"), run::toString);
        assertTrue(run.out().contains("SSE 263"), run::toString);
        JsonNode quality = new ObjectMapper().readTree(out.resolve("2025-04-29/report.json").toFile()).get("data")
                .get("quality");
        assertEquals("separate", quality.get("calendars").asText());
        Cli evaluate = Cli.run("evaluate", "--data", data.toString(), "--models", "ewma", "--from", "2024-01-01",
                "--out", tmp.resolve("eval").toString(), "--threads", "2");
        assertEquals(ExitCode.OK, evaluate.exitCode(), evaluate::toString);
        assertTrue(evaluate.out().contains("each ticker is walked forward over its own trading days"), evaluate::toString);
        JsonNode e = new ObjectMapper().readTree(tmp.resolve("eval/evaluation.json").toFile()).get("data");
        assertTrue(e.get("excludedDays").get("notTraded").asInt() > 0);
        assertEquals("separate", e.get("quality").get("calendars").asText());
    }

    @Test
    void yfinanceFolder_readsBothFiles() {
        Path data = SharedData.dir().resolve("yfinance_raw");
        Cli run = Cli.run("run", "--data", data.toString(), "--model", "ewma", "--out", tmp.resolve("out").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertTrue(run.out().contains("^GSPC") && run.out().contains("000001.SS"), run::toString);
    }
}
