package org.lstmrisk.app;

import org.lstmrisk.core.ExitCode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** {@code lstm-risk run} on the shipped DJIA data, checked against figures recomputed independently. */
class RunRealDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void run_djia30_reportIsInternallyConsistentAndMatchesIndependentCorrelation() throws IOException {
        Path data = SharedData.dir().resolve("djia30");
        Cli cli = Cli.run("run", "--var-method", "normal",
                "--data", data.toString(), "--model", "ewma", "--as-of", "2024-03-08",
                "--out", tmp.toString());
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        JsonNode r = JSON.readTree(tmp.resolve("2024-03-08/report.json").toFile());
        assertTrue(Files.exists(tmp.resolve("2024-03-08/forecasts.csv")));
        assertEquals(2, r.get("schemaVersion").asInt());
        assertEquals("2024-03-08", r.get("asOf").asText());
        assertEquals(252, r.get("correlationWindowDays").asInt());

        List<String> tickers = strings(r.get("tickers"));
        assertEquals(30, tickers.size(), "all 30 tickers have a year of history at 2024-03-08");
        double[] w = doubles(r.get("weights"));
        double[] s = doubles(r.get("volatilities"));
        double[][] rho = matrix(r.get("correlation"));

        // σp recomputed from the report's own fields.
        double variance = 0;
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                variance += w[i] * s[i] * rho[i][j] * s[j] * w[j];
            }
        }
        double sigmaP = r.get("portfolio").get("volatility").asDouble();
        assertEquals(Math.sqrt(variance), sigmaP, 1e-14);
        assertEquals(sigmaP * Math.sqrt(252), r.get("portfolio").get("volatilityAnnualized").asDouble(), 1e-14);

        // Contributions sum to σp, shares to 1.
        double components = 0;
        double shares = 0;
        for (JsonNode c : r.get("contributions")) {
            components += c.get("component").asDouble();
            shares += c.get("share").asDouble();
        }
        assertEquals(sigmaP, components, 1e-14);
        assertEquals(1.0, shares, 1e-12);

        // Correlation = sample correlation of adjusted-close log returns over the 252 days ending 2024-03-08.
        LocalDate asOf = LocalDate.of(2024, 3, 8);
        double[][] returns = new double[tickers.size()][];
        for (int i = 0; i < tickers.size(); i++) {
            returns[i] = IndependentCsv.logReturns(
                    IndependentCsv.adjustedCloses(data.resolve(tickers.get(i) + ".csv")), asOf, 252);
        }
        for (int i = 0; i < tickers.size(); i++) {
            for (int j = 0; j < tickers.size(); j++) {
                assertEquals(IndependentCsv.pearson(returns[i], returns[j]), rho[i][j], 1e-12,
                        tickers.get(i) + "/" + tickers.get(j));
            }
        }
        assertTrue(cli.out().contains("portfolio volatility"), cli::toString);
    }

    @Test
    void run_asOf2020_givesSameForecastsWhetherOrNotLaterDataExists() throws IOException {
        Path data = SharedData.dir().resolve("djia30");
        Path cut = Files.createDirectories(tmp.resolve("cut"));
        LocalDate asOf = LocalDate.of(2020, 6, 30);
        try (var files = Files.list(data)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                List<String> lines = Files.readAllLines(f);
                List<String> kept = new ArrayList<>(List.of(lines.get(0)));
                for (String line : lines.subList(1, lines.size())) {
                    if (!LocalDate.parse(line.substring(0, 10)).isAfter(asOf)) {
                        kept.add(line);
                    }
                }
                Files.write(cut.resolve(f.getFileName()), kept);
            }
        }
        Cli full = Cli.run("run", "--var-method", "normal",
                "--data", data.toString(), "--as-of", asOf.toString(), "--model", "ewma",
                "--out", tmp.resolve("full").toString());
        Cli truncated = Cli.run("run", "--var-method", "normal",
                "--data", cut.toString(), "--as-of", asOf.toString(), "--model", "ewma",
                "--out", tmp.resolve("cut-out").toString());
        assertEquals(ExitCode.OK, full.exitCode(), full::toString);
        assertEquals(ExitCode.OK, truncated.exitCode(), truncated::toString);
        JsonNode a = JSON.readTree(tmp.resolve("full/2020-06-30/report.json").toFile());
        JsonNode b = JSON.readTree(tmp.resolve("cut-out/2020-06-30/report.json").toFile());
        assertEquals(strings(a.get("tickers")), strings(b.get("tickers")));
        assertArrayEquals(doubles(a.get("volatilities")), doubles(b.get("volatilities")), 0.0);
        double[][] ra = matrix(a.get("correlation"));
        double[][] rb = matrix(b.get("correlation"));
        for (int i = 0; i < ra.length; i++) {
            assertArrayEquals(ra[i], rb[i], 0.0);
        }
        assertEquals(a.get("portfolio"), b.get("portfolio"));
    }

    @Test
    void run_earlyAsOf_excludesLaterListingsAndSaysWhy() throws IOException {
        Path data = SharedData.dir().resolve("djia30");
        Cli cli = Cli.run("run", "--var-method", "normal",
                "--model", "ewma", "--data", data.toString(), "--as-of", "2019-06-28", "--out", tmp.toString());
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        JsonNode r = JSON.readTree(tmp.resolve("2019-06-28/report.json").toFile());
        assertEquals(29, r.get("tickers").size());
        assertEquals("DOW", r.get("excluded").get(0).get("ticker").asText());
        assertTrue(r.get("excluded").get(0).get("reason").asText().contains("2019-03-20"));
        assertTrue(cli.out().contains("excluded DOW"), cli::toString);
    }

    static List<String> strings(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    static double[][] matrix(JsonNode rows) {
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = doubles(rows.get(i));
        }
        return out;
    }
}
