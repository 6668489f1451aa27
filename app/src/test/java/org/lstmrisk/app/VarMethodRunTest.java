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
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.ExitCode;

/**
 * {@code run --var-method} on the shipped DJIA data: fhs's VaR and ES recomputed by a second, straightforward
 * implementation from the CSV files (its own EWMA recursion and its own FHS), the method in report.json,
 * report.html and the history, √h scaling over a 5-day horizon, and the one-line refusals.
 */
class VarMethodRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 8);
    private static final double LAMBDA = 0.94;
    private static final int SEED_DAYS = 20;
    private static final int WINDOW = 250;

    @TempDir
    Path tmp;

    @Test
    void fhs_ewma_djia30_isRecomputedIndependently_andRecordedEverywhere() throws IOException {
        Path data = SharedData.dir().resolve("djia30");
        Cli cli = Cli.run("run", "--data", data.toString(), "--model", "ewma", "--var-method", "fhs",
                "--as-of", AS_OF.toString(), "--out", tmp.resolve("out").toString(), "--state", tmp.resolve("st").toString());
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        JsonNode r = JSON.readTree(tmp.resolve("out/2024-03-08/report.json").toFile());
        assertEquals(2, r.get("schemaVersion").asInt());
        JsonNode method = r.get("portfolio").get("varMethod");
        assertEquals("fhs", method.get("name").asText());
        assertEquals(WINDOW, method.get("windowDays").asInt());
        assertEquals(1, method.get("horizonDays").asInt());

        List<String> tickers = new ArrayList<>();
        r.get("tickers").forEach(t -> tickers.add(t.asText()));
        double[] w = new double[tickers.size()];
        double[] sigmaToday = new double[tickers.size()];
        double[][] z = new double[tickers.size()][];
        LocalDate[] firstDay = new LocalDate[tickers.size()];
        for (int i = 0; i < tickers.size(); i++) {
            w[i] = r.get("weights").get(i).asDouble();
            TreeMap<LocalDate, Double> closes = new TreeMap<>(
                    IndependentCsv.adjustedCloses(data.resolve(tickers.get(i) + ".csv")).headMap(AS_OF, true));
            Double[] p = closes.values().toArray(new Double[0]);
            int n = p.length - 1; // returns r[1..n]
            double[] ret = new double[n + 1];
            for (int k = 1; k <= n; k++) {
                ret[k] = Math.log(p[k] / p[k - 1]);
            }
            // variance[k]: the EWMA forecast for return k, made at the close before it (RiskMetrics, seeded by the
            // mean square of the first 20 returns)
            double[] variance = new double[n + 2];
            double seed = 0;
            for (int k = 1; k <= SEED_DAYS; k++) {
                seed += ret[k] * ret[k];
            }
            variance[SEED_DAYS + 1] = seed / SEED_DAYS;
            for (int k = SEED_DAYS + 1; k <= n; k++) {
                variance[k + 1] = LAMBDA * variance[k] + (1 - LAMBDA) * ret[k] * ret[k];
            }
            sigmaToday[i] = Math.sqrt(variance[n + 1]);
            assertEquals(sigmaToday[i], r.get("volatilities").get(i).asDouble(), 1e-15, tickers.get(i));
            z[i] = new double[WINDOW];
            for (int t = 0; t < WINDOW; t++) {
                int k = n - WINDOW + 1 + t;
                z[i][t] = ret[k] / Math.sqrt(variance[k]);
            }
            firstDay[i] = closes.keySet().toArray(new LocalDate[0])[n - WINDOW + 1];
        }
        for (LocalDate d : firstDay) {
            assertEquals(firstDay[0], d, "every ticker's window starts on the same day");
        }
        double[] scenarios = new double[WINDOW];
        for (int t = 0; t < WINDOW; t++) {
            for (int i = 0; i < w.length; i++) {
                scenarios[t] += w[i] * sigmaToday[i] * z[i][t];
            }
        }
        Arrays.sort(scenarios);
        // k = ⌈250 × 0.01⌉ = 3, ⌈250 × 0.05⌉ = 13; ES at 97.5 %: m = 250 × 0.025 = 6.25 worst days, the seventh
        // counted for a quarter (the expected shortfall of 250 equally likely scenarios)
        double var99 = -scenarios[2];
        double var95 = -scenarios[12];
        double es975 = -0.25 * scenarios[6] / 6.25;
        for (int j = 0; j < 6; j++) {
            es975 -= scenarios[j] / 6.25;
        }
        JsonNode portfolio = r.get("portfolio");
        assertEquals(var99, portfolio.get("var").get("0.99").asDouble(), 1e-12 * var99);
        assertEquals(var95, portfolio.get("var").get("0.95").asDouble(), 1e-12 * var95);
        assertEquals(es975, portfolio.get("es").get("0.975").asDouble(), 1e-12 * es975);

        String html = Files.readString(tmp.resolve("out/2024-03-08/report.html"));
        assertTrue(html.contains("<span data-key=\"varMethod\">fhs</span><span data-key=\"varWindowDays\" "
                + "data-value=\"250\"></span>"), "report.html names the method and window");
        assertTrue(cli.out().contains("VaR method             fhs: filtered historical simulation over the 250 days"),
                cli::toString);

        Cli history = Cli.run("history", "--state", tmp.resolve("st").toString(), "--format", "json");
        assertEquals(ExitCode.OK, history.exitCode(), history::toString);
        JsonNode recorded = JSON.readTree(history.out()).get(0).get("portfolio");
        assertEquals("fhs", recorded.get("varMethod").get("name").asText());
        assertEquals(WINDOW, recorded.get("varMethod").get("windowDays").asInt());
        assertEquals(var99, recorded.get("var").get("0.99").asDouble(), 1e-12 * var99);
        Cli verify = Cli.run("history", "--verify", "--state", tmp.resolve("st").toString());
        assertEquals(ExitCode.OK, verify.exitCode(), verify::toString);
    }

    @Test
    void studentT_recordsItsFittedNu_andHistoricalAndFhsScaleByRootH() throws IOException {
        Path data = SharedData.dir().resolve("djia30");
        Cli t = Cli.run("run", "--data", data.toString(), "--model", "ewma", "--var-method", "student-t",
                "--as-of", AS_OF.toString(), "--out", tmp.resolve("t").toString());
        assertEquals(ExitCode.OK, t.exitCode(), t::toString);
        JsonNode m = JSON.readTree(tmp.resolve("t/2024-03-08/report.json").toFile()).get("portfolio").get("varMethod");
        double nu = m.get("parameters").get("nu").asDouble();
        assertTrue(nu > 2.05 && nu < 200, "nu " + nu);
        // √h: historical reads only returns, and EWMA's forecast is the same for every horizon, so the 5-day
        // figures of both are √5 times the one-day figures of the same date
        for (String method : List.of("historical", "fhs")) {
            double[] byHorizon = new double[2];
            int[] horizons = {1, 5};
            for (int k = 0; k < 2; k++) {
                Path out = tmp.resolve(method + horizons[k]);
                Cli c = Cli.run("run", "--data", data.toString(), "--model", "ewma", "--var-method", method,
                        "--horizon", Integer.toString(horizons[k]), "--as-of", AS_OF.toString(), "--out", out.toString());
                assertEquals(ExitCode.OK, c.exitCode(), c::toString);
                JsonNode p = JSON.readTree(out.resolve("2024-03-08/report.json").toFile()).get("portfolio");
                byHorizon[k] = p.get("var").get("0.99").asDouble();
                assertEquals(horizons[k], p.get("varMethod").get("horizonDays").asInt());
            }
            assertEquals(Math.sqrt(5) * byHorizon[0], byHorizon[1], 1e-12 * byHorizon[1], method);
        }
    }

    @Test
    void badMethodsWindowsAndShortData_exit2WithOneLine_andWriteNothing() {
        Path data = SharedData.dir().resolve("djia30");
        Path out = tmp.resolve("out");
        String[][] cases = {
                {"--var-method", "garch"},
                {"--var-method", "student-t", "--var-window", "10"},
                {"--var-method", "fhs", "--var-window", "0"},
                {"--var-method", "fhs", "--var-window", "5000"},
                {"--var-method", "historical", "--var-window", "9000"},
        };
        String[] expected = {
                "lstm-risk: --var-method: unknown VaR method 'garch'; expected one of normal, student-t, historical, fhs",
                "lstm-risk: --var-window: the student-t window must be at least 30 days to estimate ν: 10",
                "lstm-risk: --var-window: the fhs window must be at least 1 day: 0",
                "lstm-risk: --var-method fhs with --var-window 5000 cannot be computed at 2024-03-08: the data allows 999 "
                        + "days of past ewma forecasts before 2024-03-08",
                "lstm-risk: --var-method historical with --var-window 9000 cannot be computed at 2024-03-08: the data "
                        + "has only 6083 returns up to 2024-03-08",
        };
        for (int k = 0; k < cases.length; k++) {
            List<String> args = new ArrayList<>(List.of("run", "--data", data.toString(), "--model", "ewma",
                    "--as-of", AS_OF.toString(), "--out", out.toString()));
            args.addAll(List.of(cases[k]));
            Cli c = Cli.run(args.toArray(new String[0]));
            assertEquals(ExitCode.BAD_INPUT, c.exitCode(), c::toString);
            assertTrue(c.err().startsWith(expected[k]), c::toString);
            assertEquals(1, c.err().strip().lines().count(), c::toString);
            assertFalse(Files.exists(out.resolve("2024-03-08")), c::toString);
        }
    }

    @Test
    void theConfigurationFile_setsTheMethod_andAFlagOverridesIt() throws IOException {
        Path data = SharedData.dir().resolve("djia30");
        Path config = Files.writeString(tmp.resolve("nightly.yaml"), "model: ewma\nvarMethod: historical\n"
                + "varWindowDays: 500\nasOf: 2024-03-08\nout: out\ndata: " + data + "\n");
        Cli c = Cli.run("run", "--config", config.toString());
        assertEquals(ExitCode.OK, c.exitCode(), c::toString);
        JsonNode m = JSON.readTree(tmp.resolve("out/2024-03-08/report.json").toFile()).get("portfolio").get("varMethod");
        assertEquals("historical", m.get("name").asText());
        assertEquals(500, m.get("windowDays").asInt());
        Cli flag = Cli.run("run", "--config", config.toString(), "--var-method", "normal", "--replace");
        assertEquals(ExitCode.OK, flag.exitCode(), flag::toString);
        m = JSON.readTree(tmp.resolve("out/2024-03-08/report.json").toFile()).get("portfolio").get("varMethod");
        assertEquals("normal", m.get("name").asText());
        assertEquals(0, m.get("windowDays").asInt());
    }

    @Test
    void withoutTheOption_theMethodIsFhs_theDefaultChosenInEvaluationMd() throws IOException {
        Path data = SharedData.dir().resolve("djia30");
        Path out = tmp.resolve("default");
        Cli c = Cli.run("run", "--data", data.toString(), "--model", "ewma", "--as-of", AS_OF.toString(),
                "--out", out.toString());
        assertEquals(ExitCode.OK, c.exitCode(), c::toString);
        JsonNode m = JSON.readTree(out.resolve("2024-03-08/report.json").toFile()).get("portfolio").get("varMethod");
        assertEquals("fhs", m.get("name").asText());
        assertEquals(250, m.get("windowDays").asInt());
        assertTrue(c.out().contains("VaR method             fhs: filtered historical simulation"), c::toString);
    }
}
