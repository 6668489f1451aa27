package org.lstmrisk.app;

import org.lstmrisk.core.ExitCode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/** {@code lstm-risk demo}: works with no input and is reproducible bit for bit. */
class DemoTest {

    @TempDir
    Path tmp;

    @Test
    void demo_writesAFullReportWithoutAnyInput() throws IOException {
        Cli cli = Cli.run("demo", "--model", "ewma", "--out", tmp.toString());
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        Path report;
        try (var dirs = Files.list(tmp)) {
            report = dirs.filter(Files::isDirectory).findFirst().orElseThrow().resolve("report.json");
        }
        JsonNode r = new ObjectMapper().readTree(report.toFile());
        assertEquals(10, r.get("tickers").size());
        assertTrue(r.get("portfolio").get("volatility").asDouble() > 0);
        assertTrue(r.get("data").get("source").asText().contains("synthetic"));
        assertTrue(Files.exists(report.resolveSibling("forecasts.csv")));
        assertTrue(Files.exists(report.resolveSibling("report.html")));
    }

    @Test
    void demo_sameSeedGivesByteIdenticalReports_andRerunReplacesTheReport() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(ExitCode.OK, Cli.run("demo", "--model", "ewma", "--out", a.toString(), "--threads", "1").exitCode());
        assertEquals(ExitCode.OK, Cli.run("demo", "--model", "ewma", "--out", b.toString(), "--threads", "2").exitCode());
        String day;
        try (var dirs = Files.list(a)) {
            day = dirs.findFirst().orElseThrow().getFileName().toString();
        }
        byte[] first = Files.readAllBytes(a.resolve(day).resolve("report.json"));
        assertArrayEquals(first, Files.readAllBytes(b.resolve(day).resolve("report.json")));
        assertArrayEquals(Files.readAllBytes(a.resolve(day).resolve("forecasts.csv")),
                Files.readAllBytes(b.resolve(day).resolve("forecasts.csv")));
        assertArrayEquals(Files.readAllBytes(a.resolve(day).resolve("report.html")),
                Files.readAllBytes(b.resolve(day).resolve("report.html")));

        assertEquals(ExitCode.OK, Cli.run("demo", "--model", "ewma", "--out", a.toString()).exitCode());
        assertArrayEquals(first, Files.readAllBytes(a.resolve(day).resolve("report.json")));
        try (var entries = Files.list(a)) {
            assertEquals(1, entries.count(), "no temporary or old folders are left behind");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ewma", "garch", "garch-t", "har", "persistence"})
    void demo_runsWithEveryClassicalModel_andNamesItInTheReport(String model) throws IOException {
        Path out = tmp.resolve(model);
        Cli cli = Cli.run("demo", "--out", out.toString(), "--model", model);
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        try (var dirs = Files.list(out)) {
            JsonNode r = new ObjectMapper().readTree(dirs.findFirst().orElseThrow().resolve("report.json").toFile());
            assertEquals(model, r.get("model").asText());
            for (JsonNode v : r.get("volatilities")) {
                assertTrue(v.asDouble() > 0.001 && v.asDouble() < 0.1, model + " gives a plausible daily volatility: " + v);
            }
        }
    }

    @Test
    void demo_otherSeedGivesOtherFigures() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(ExitCode.OK, Cli.run("demo", "--model", "ewma", "--out", a.toString()).exitCode());
        assertEquals(ExitCode.OK, Cli.run("demo", "--model", "ewma", "--out", b.toString(), "--seed", "7").exitCode());
        String day;
        try (var dirs = Files.list(a)) {
            day = dirs.findFirst().orElseThrow().getFileName().toString();
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve(day).resolve("report.json")),
                Files.readAllBytes(b.resolve(day).resolve("report.json"))));
    }

    @Test
    void demo_largeBook_listsTheFiftyLargestShares_andSumsTheRestInOneLine() {
        Cli cli = Cli.run("demo", "--model", "ewma", "--var-method", "normal",
                "--tickers", "60", "--days", "300", "--out", tmp.toString());
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        java.util.List<String> rows = cli.out().lines().filter(l -> l.matches("  SYN\\d+ .*")).toList();
        assertEquals(50, rows.size(), cli::out);
        java.util.List<String> others = cli.out().lines().filter(l -> l.startsWith("  others ")).toList();
        assertEquals(1, others.size(), cli::out);
        assertTrue(others.get(0).endsWith("the other 10 positions, each in report.json and forecasts.csv"), others::toString);
        double listed = rows.stream().mapToDouble(l -> Double.parseDouble(l.trim().split("\\s+")[4])).sum();
        double rest = Double.parseDouble(others.get(0).trim().split("\\s+")[2]);
        assertEquals(100.0, listed + rest, 0.01 * 51, "the shares listed and summed add up to 100 %");
        double smallestListed = Double.parseDouble(rows.get(49).trim().split("\\s+")[4]);
        assertTrue(rest / 10 <= smallestListed + 0.005, "the summed positions are the smaller ones");
    }
}
