package org.lstmrisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.ExitCode;

/**
 * A limits file whose scope names a ticker that is not held: the run goes on with a warning (console, report.json,
 * report.html) instead of failing after the models are trained.
 */
class LimitsScopeCliTest {

    @TempDir
    Path tmp;

    @Test
    void scopeNamingATickerNotHeld_isAWarning_notAFailureAfterTraining() throws IOException {
        Path data = StateFixture.smallData(tmp.resolve("data"), LocalDate.of(2023, 12, 29), "AAPL", "MSFT");
        Path limits = tmp.resolve("limits.yaml");
        Files.writeString(limits, """
                limits:
                  - name: single-name
                    metric: position.share
                    scope: [AAPL, NVDA]
                    limit: 0.95
                    hard: true
                  - name: gone
                    metric: position.weight
                    scope: [IBM]
                    limit: 0.9
                  - name: portfolio-vol
                    metric: portfolio.volatility
                    limit: 0.5
                """);
        Path out = tmp.resolve("out");
        Cli cli = Cli.run("run", "--var-method", "normal",
                "--data", data.toString(), "--model", "lstm", "--epochs", "1", "--threads", "1",
                "--limits", limits.toString(), "--out", out.toString());

        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        String notHeld = limits + ": limit 'single-name' names NVDA, which is not held; checked for AAPL only";
        String unchecked = limits + ": limit 'gone' names IBM, which is not held; the limit was not checked";
        assertTrue(cli.out().contains("warning: " + notHeld), cli::toString);
        assertTrue(cli.out().contains("warning: " + unchecked), cli::toString);

        Path folder = out.resolve("2023-12-29");
        JsonNode report = new ObjectMapper().readTree(folder.resolve("report.json").toFile());
        List<String> warnings = new ArrayList<>();
        report.get("warnings").forEach(w -> warnings.add(w.asText()));
        assertEquals(List.of(notHeld, unchecked), warnings);
        List<String> results = new ArrayList<>();
        report.get("limits").forEach(l -> results.add(l.get("name").asText()));
        assertEquals(List.of("single-name:AAPL", "portfolio-vol"), results);

        String html = Files.readString(folder.resolve("report.html"));
        assertTrue(html.contains("Warning: " + notHeld.replace("'", "&#39;")), "the page shows the warning");
    }

    @Test
    void aReportWithoutWarnings_hasNoWarningsKey() throws IOException {
        Path data = StateFixture.smallData(tmp.resolve("data"), LocalDate.of(2023, 12, 29), "AAPL", "MSFT");
        Path out = tmp.resolve("out");
        Cli cli = Cli.run("run", "--var-method", "normal",
                "--data", data.toString(), "--model", "ewma", "--out", out.toString());
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        JsonNode report = new ObjectMapper().readTree(out.resolve("2023-12-29/report.json").toFile());
        assertFalse(report.has("warnings"), "report.json's bytes are as before for a run without warnings");
        assertFalse(cli.out().contains("warning:"), cli::toString);
    }
}
