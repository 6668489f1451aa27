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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.simulation.SyntheticMarket;

/**
 * {@code lstm-risk evaluate} end to end on a small seeded synthetic market (4 tickers over 700 days, one of them with
 * three unchanged closes, plus a late listing that must be excluded): every pooled and portfolio figure is recomputed
 * here, independently, from the series the command wrote.
 */
class EvaluateCliTest {

    static final List<String> MODELS = List.of("persistence", "ewma", "garch", "har");
    static final int CHANGED_FROM = 500;

    @TempDir
    static Path tmp;

    static PriceHistory market;
    static Path data;
    static Path out;
    static JsonNode json;

    @BeforeAll
    static void evaluateOnce() throws IOException {
        market = market();
        data = SyntheticFolder.write(tmp.resolve("data"), market);
        out = tmp.resolve("out-2-threads");
        Cli cli = Cli.run("evaluate", "--data", data.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        assertTrue(cli.out().contains("| garch"), cli::toString);
        assertEquals("", cli.err(), "no progress output without a terminal");
        json = new ObjectMapper().readTree(out.resolve("evaluation.json").toFile());
    }

    /** Four synthetic tickers; SYN02 has unchanged closes on days 400, 401 and 520; LATE is listed on day 400. */
    static PriceHistory market() {
        PriceHistory h = new SyntheticMarket(4, 700, LocalDate.of(2018, 1, 1), 42L).generate();
        var series = new ArrayList<>(h.series());
        series.set(1, SyntheticFolder.withUnchangedClose(series.get(1), 400, 401, 520));
        PriceSeries s = series.get(2);
        PriceSeries late = s.slice(400, s.size());
        series.add(new PriceSeries("LATE", late.dates(), late.open(), late.high(), late.low(), late.close(),
                late.volume()));
        return new PriceHistory(series);
    }

    @Test
    void evaluate_writesEveryFile_andReportsExcludedTickersAndDays() throws IOException {
        for (String f : List.of("evaluation.json", "pooled.md", "pooled.csv", "per-ticker.csv", "forecasts.csv",
                "portfolio.csv", "chart-portfolio-volatility.svg", "chart-vol-targeting.svg", "chart-var-garch.svg",
                "evaluation.html")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals(63, json.at("/config/refitEveryDays").asInt(), "the default refit schedule is a quarter");
        for (String m : MODELS) {
            assertFalse(json.at("/config/modelSetups/" + m).asText().isEmpty(), m + "'s setup is recorded");
        }
        assertEquals("GarchForecaster[innovations=GAUSSIAN, varianceTargeting=false]",
                json.at("/config/modelSetups/garch").asText());
        assertEquals("LATE", json.at("/data/excluded/0/ticker").asText());
        assertEquals(4, json.at("/data/tickers").size());
        // the three unchanged closes of SYN02 make three zero realised targets: excluded, counted, never silent
        assertEquals(3, json.at("/data/excludedDays/total").asInt());
        assertEquals(3, json.at("/perTicker/1/zeroRealisedDays").asInt());
        CsvRows forecasts = CsvRows.read(out.resolve("forecasts.csv"));
        long unscored = forecasts.rows().stream().filter(r -> r.get("scored").equals("0")).count();
        assertEquals(3, unscored);
        for (var r : forecasts.rows()) {
            boolean positive = Double.parseDouble(r.get("realised")) > 0;
            for (String m : MODELS) {
                positive &= Double.parseDouble(r.get(m)) > 0;
            }
            assertEquals(positive ? "1" : "0", r.get("scored"), r.toString());
        }
    }

    @Test
    void evaluate_pooledMetricsEqualAnIndependentRecomputationFromTheForecastsWritten() throws IOException {
        CsvRows forecasts = CsvRows.read(out.resolve("forecasts.csv"));
        CsvRows pooled = CsvRows.read(out.resolve("pooled.csv"));
        Map<String, List<Map<String, String>>> byTicker = new TreeMap<>();
        for (var r : forecasts.rows()) {
            if (r.get("scored").equals("1")) {
                byTicker.computeIfAbsent(r.get("ticker"), k -> new ArrayList<>()).add(r); // rows are in date order
            }
        }
        String best = json.at("/config/bestBaseline").asText();
        for (String m : MODELS) {
            double qlike = 0;
            double mse = 0;
            double abs = 0;
            double sq = 0;
            double ape = 0;
            int n = 0;
            int hits = 0;
            int transitions = 0;
            double r2 = 0;
            double corr = 0;
            for (var rows : byTicker.values()) {
                double[] f = rows.stream().mapToDouble(r -> Double.parseDouble(r.get(m))).toArray();
                double[] y = rows.stream().mapToDouble(r -> Double.parseDouble(r.get("realised"))).toArray();
                double meanF = 0;
                double meanY = 0;
                for (int k = 0; k < f.length; k++) {
                    double ratio = y[k] * y[k] / (f[k] * f[k]);
                    qlike += ratio - Math.log(ratio) - 1;
                    mse += Math.pow(y[k] * y[k] - f[k] * f[k], 2);
                    abs += Math.abs(f[k] - y[k]);
                    sq += (f[k] - y[k]) * (f[k] - y[k]);
                    ape += Math.abs(f[k] - y[k]) / y[k];
                    meanF += f[k] / f.length;
                    meanY += y[k] / f.length;
                    if (k > 0) {
                        hits += Math.signum(f[k] - y[k - 1]) == Math.signum(y[k] - y[k - 1]) ? 1 : 0;
                        transitions++;
                    }
                    n++;
                }
                double sse = 0;
                double sst = 0;
                double sxy = 0;
                double sxx = 0;
                for (int k = 0; k < f.length; k++) {
                    sse += (f[k] - y[k]) * (f[k] - y[k]);
                    sst += (y[k] - meanY) * (y[k] - meanY);
                    sxy += (f[k] - meanF) * (y[k] - meanY);
                    sxx += (f[k] - meanF) * (f[k] - meanF);
                }
                r2 += (1 - sse / sst) / byTicker.size();
                corr += sxy / Math.sqrt(sxx * sst) / byTicker.size();
            }
            Map<String, String> row = pooled.row("model", m);
            assertEquals(String.valueOf(n), row.get("observations"));
            assertClose(qlike / n, row.get("qlike"), m + " QLIKE");
            assertClose(mse / n, row.get("mse_variance"), m + " MSE");
            assertClose(abs / n, row.get("mae"), m + " MAE");
            assertClose(Math.sqrt(sq / n), row.get("rmse"), m + " RMSE");
            assertClose(ape / n, row.get("mape"), m + " MAPE");
            assertClose(hits / (double) transitions, row.get("direction"), m + " direction");
            assertClose(r2, row.get("mean_r2"), m + " mean R2");
            assertClose(corr, row.get("mean_r"), m + " mean R");
        }
        double minBaseline = MODELS.stream().mapToDouble(m -> Double.parseDouble(pooled.row("model", m).get("qlike")))
                .min().orElseThrow();
        assertEquals(minBaseline, Double.parseDouble(pooled.row("model", best).get("qlike")), "best = lowest QLIKE");
        assertEquals("", pooled.row("model", best).get("dm_qlike"), "no DM of the best baseline against itself");
        for (String m : MODELS) {
            if (!m.equals(best)) {
                assertClose(pooledDm(forecasts, m, best), pooled.row("model", m).get("dm_qlike"), m + " pooled DM");
            }
        }
    }

    /** DM (HLN, h = 1, Newey–West lag ⌊4(n/100)^{2/9}⌋) on the per-day cross-sectional mean QLIKE, recomputed. */
    private static double pooledDm(CsvRows forecasts, String model, String baseline) {
        Map<String, double[]> byDate = new TreeMap<>(); // date -> {sum model, sum baseline, count}
        for (var r : forecasts.rows()) {
            if (r.get("scored").equals("1")) {
                double y = Double.parseDouble(r.get("realised"));
                double[] acc = byDate.computeIfAbsent(r.get("date"), k -> new double[3]);
                acc[0] += qlike(Double.parseDouble(r.get(model)), y);
                acc[1] += qlike(Double.parseDouble(r.get(baseline)), y);
                acc[2]++;
            }
        }
        double[] d = byDate.values().stream().mapToDouble(a -> a[0] / a[2] - a[1] / a[2]).toArray();
        int n = d.length;
        double mean = Stream.of(d).flatMapToDouble(java.util.Arrays::stream).sum() / n;
        int lag = (int) Math.floor(4 * Math.pow(n / 100.0, 2.0 / 9.0));
        double lrv = 0;
        for (int k = 0; k <= lag; k++) {
            double gamma = 0;
            for (int t = k; t < n; t++) {
                gamma += (d[t] - mean) * (d[t - k] - mean);
            }
            gamma /= n;
            lrv += k == 0 ? gamma : 2 * (1 - k / (lag + 1.0)) * gamma;
        }
        return mean / Math.sqrt(lrv / n) * Math.sqrt((n - 1.0) / n);
    }

    private static double qlike(double forecastVol, double realisedVol) {
        double ratio = realisedVol * realisedVol / (forecastVol * forecastVol);
        return ratio - Math.log(ratio) - 1;
    }

    @Test
    void evaluate_portfolioVarExceptionsEqualARecountFromThePortfolioSeries_andTheSeriesFromThePrices() throws IOException {
        CsvRows portfolio = CsvRows.read(out.resolve("portfolio.csv"));
        CsvRows pooled = CsvRows.read(out.resolve("pooled.csv"));
        List<PriceSeries> evaluated = new ArrayList<>();
        json.at("/data/tickers").forEach(t -> evaluated.add(market.series(t.asText())));
        for (var r : portfolio.rows()) {
            LocalDate date = LocalDate.parse(r.get("date"));
            double simple = 0;
            for (PriceSeries s : evaluated) {
                int i = s.indexOf(date);
                simple += 0.25 * (s.close(i + 1) / s.close(i) - 1);
            }
            assertEquals(Math.log(1 + simple), Double.parseDouble(r.get("realised_return")), 1e-15, r.get("date"));
        }
        for (int m = 0; m < MODELS.size(); m++) {
            String model = MODELS.get(m);
            int recount = 0;
            int flagged = 0;
            boolean[] hits = new boolean[portfolio.rows().size()];
            for (int t = 0; t < hits.length; t++) {
                var r = portfolio.rows().get(t);
                hits[t] = -Double.parseDouble(r.get("realised_return")) > Double.parseDouble(r.get(model + "_var"));
                recount += hits[t] ? 1 : 0;
                flagged += r.get(model + "_exception").equals("1") ? 1 : 0;
            }
            JsonNode var = json.at("/portfolio/models/" + m + "/var");
            assertEquals(recount, flagged, model);
            assertEquals(recount, var.get("exceptions").asInt(), model);
            assertEquals(String.valueOf(recount), pooled.row("model", model).get("var_exceptions"));
            // Kupiec LR recomputed: -2 ln[(1-p)^(n-x) p^x / (1-x/n)^(n-x) (x/n)^x], p = 0.01
            int n = hits.length;
            double pi = recount / (double) n;
            double lr = -2 * ((n - recount) * Math.log(0.99) + recount * Math.log(0.01)
                    - (n - recount) * Math.log(1 - pi) - (recount == 0 ? 0 : recount * Math.log(pi)));
            assertEquals(lr, var.at("/kupiec/statistic").asDouble(), 1e-9 * Math.max(1, lr), model);
            int last250 = 0;
            for (int t = n - 250; t < n; t++) {
                last250 += hits[t] ? 1 : 0;
            }
            assertEquals(last250, var.at("/baselTrafficLight/exceptions").asInt(), model);
            var duration = org.lstmrisk.evaluation.stats.DurationTest.of(hits);
            if (duration == null) {
                assertTrue(var.path("durationTest").isMissingNode(), model);
            } else {
                assertEquals(duration.shape(), var.at("/durationTest/weibullShape").asDouble(), 0.0, model);
                assertEquals(duration.test().pValue(), var.at("/durationTest/test/pValue").asDouble(), 0.0, model);
            }
        }
    }

    @Test
    void evaluate_portfolioVolatilityEqualsSigmaPFromTheForecastsAndATrailingCorrelation() throws IOException {
        CsvRows portfolio = CsvRows.read(out.resolve("portfolio.csv"));
        CsvRows forecasts = CsvRows.read(out.resolve("forecasts.csv"));
        List<String> tickers = new ArrayList<>();
        json.at("/data/tickers").forEach(t -> tickers.add(t.asText()));
        for (String date : List.of(portfolio.rows().get(0).get("date"), portfolio.rows().get(300).get("date"))) {
            LocalDate asOf = LocalDate.parse(date);
            int n = tickers.size();
            double[][] r = windowReturns(tickers, asOf);
            for (String model : MODELS) {
                double[] sigma = new double[n];
                for (int j = 0; j < n; j++) {
                    String ticker = tickers.get(j);
                    sigma[j] = Double.parseDouble(forecasts.rows().stream()
                            .filter(x -> x.get("date").equals(date) && x.get("ticker").equals(ticker))
                            .findFirst().orElseThrow().get(model));
                }
                double variance = 0;
                for (int a = 0; a < n; a++) {
                    for (int b = 0; b < n; b++) {
                        variance += 0.25 * 0.25 * sigma[a] * sigma[b] * pearson(r, a, b);
                    }
                }
                double written = Double.parseDouble(portfolio.row("date", date).get(model + "_sigma"));
                assertEquals(Math.sqrt(variance), written, 1e-12 * written, model + " on " + date);
                double var = Double.parseDouble(portfolio.row("date", date).get(model + "_var"));
                assertEquals(2.3263478740408408 * written, var, 1e-12 * var, model + " VaR on " + date);
            }
        }
    }

    @Test
    void evaluate_correlationEstimatorShrinkage_combinesTheForecastsWithTheShrunkCorrelation() throws IOException {
        assertEquals("sample", json.at("/config/correlationEstimator").asText(), "auto picks the sample for 4 names");
        EwmaRun run = evaluateEwma("out-shrinkage", "--correlation-estimator", "shrinkage");
        assertEquals("shrinkage", run.doc().at("/config/correlationEstimator").asText());
        assertTrue(Files.readString(run.out().resolve("pooled.md")).contains("252-day shrinkage correlation"));
        List<String> tickers = run.tickers();
        String date = run.portfolio().rows().get(100).get("date");
        int n = tickers.size();
        double[][] r = windowReturns(tickers, LocalDate.parse(date));
        double[] sigma = run.sigmas(date);
        var rho = org.lstmrisk.portfolio.ShrunkCorrelation.DEFAULT.estimate(r).matrix();
        double variance = 0;
        double sampleVariance = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                variance += sigma[a] * sigma[b] * rho.get(a, b) / (n * n);
                sampleVariance += sigma[a] * sigma[b] * pearson(r, a, b) / (n * n);
            }
        }
        double written = Double.parseDouble(run.portfolio().row("date", date).get("ewma_sigma"));
        assertEquals(Math.sqrt(variance), written, 1e-12 * written);
        assertTrue(Math.abs(Math.sqrt(sampleVariance) - written) > 1e-9 * written, "shrinkage moves σp off the sample's");
    }

    @Test
    void evaluate_minVariance_equalsARecomputationFromTheForecastsAndPrices() throws IOException {
        EwmaRun run = evaluateEwma("out-min-variance", "--min-variance");
        JsonNode written = run.doc().at("/portfolio/minimumVariance/0");
        assertEquals("ewma", written.get("model").asText());
        assertTrue(Files.readString(run.out().resolve("pooled.md")).contains("## Minimum-variance portfolio"));
        List<String> tickers = run.tickers();
        int n = tickers.size();
        double z = 2.3263478740408408;
        int days = 0;
        int exceptions = 0;
        double predicted = 0;
        double realised = 0;
        for (var row : run.portfolio().rows()) {
            String date = row.get("date");
            LocalDate asOf = LocalDate.parse(date);
            double[] next = new double[n];
            boolean complete = true;
            for (int j = 0; j < n; j++) {
                PriceSeries s = market.series(tickers.get(j));
                int end = s.indexOf(asOf);
                complete &= end + 1 < s.size();
                next[j] = complete ? s.close(end + 1) / s.close(end) - 1 : Double.NaN;
            }
            if (!complete) {
                continue;
            }
            double[][] r = windowReturns(tickers, asOf);
            double[] sigma = run.sigmas(date);
            double[][] cov = new double[n][n];
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    cov[a][b] = sigma[a] * sigma[b] * pearson(r, a, b);
                }
            }
            double[] ones = new double[n];
            java.util.Arrays.fill(ones, 1);
            double[] x = solve(cov, ones); // Σ⁻¹1
            double total = java.util.Arrays.stream(x).sum();
            double ret = 0;
            for (int j = 0; j < n; j++) {
                ret += x[j] / total * next[j];
            }
            double sp = 1 / Math.sqrt(total);
            ret = Math.log1p(ret);
            days++;
            exceptions += ret < -z * sp ? 1 : 0;
            predicted += sp * sp;
            realised += ret * ret;
        }
        assertEquals(days, written.get("days").asInt());
        assertEquals(0, written.get("singularDays").asInt());
        assertEquals(exceptions, written.get("var").get("exceptions").asInt());
        assertEquals(Math.sqrt(predicted / days), written.get("predictedVolatility").asDouble(), 1e-12);
        assertEquals(Math.sqrt(realised / days), written.get("realisedVolatility").asDouble(), 1e-12);
    }

    /** An ewma-only evaluation of the synthetic market into {@code tmp/outName} with {@code options}. */
    private static EwmaRun evaluateEwma(String outName, String... options) throws IOException {
        Path dir = tmp.resolve(outName);
        var args = new ArrayList<>(List.of("evaluate", "--data", data.toString(), "--models", "ewma", "--out",
                dir.toString()));
        args.addAll(List.of(options));
        Cli cli = Cli.run(args.toArray(new String[0]));
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        JsonNode doc = new ObjectMapper().readTree(dir.resolve("evaluation.json").toFile());
        List<String> tickers = new ArrayList<>();
        doc.at("/data/tickers").forEach(t -> tickers.add(t.asText()));
        return new EwmaRun(dir, doc, tickers, CsvRows.read(dir.resolve("portfolio.csv")),
                CsvRows.read(dir.resolve("forecasts.csv")));
    }

    /** The written files of an ewma-only evaluation. */
    private record EwmaRun(Path out, JsonNode doc, List<String> tickers, CsvRows portfolio, CsvRows forecasts) {

        /** The ewma forecasts made on {@code date}, in ticker order. */
        double[] sigmas(String date) {
            double[] out = new double[tickers.size()];
            for (var row : forecasts.rows()) {
                if (row.get("date").equals(date)) {
                    out[tickers.indexOf(row.get("ticker"))] = Double.parseDouble(row.get("ewma"));
                }
            }
            return out;
        }
    }

    /** The 252 daily log returns [day][ticker] of the market ending at {@code asOf}. */
    private static double[][] windowReturns(List<String> tickers, LocalDate asOf) {
        double[][] r = new double[252][tickers.size()];
        for (int j = 0; j < tickers.size(); j++) {
            PriceSeries s = market.series(tickers.get(j));
            int end = s.indexOf(asOf);
            for (int k = 0; k < 252; k++) {
                int i = end - 251 + k;
                r[k][j] = Math.log(s.close(i)) - Math.log(s.close(i - 1));
            }
        }
        return r;
    }

    /** x with a·x = b, by Gaussian elimination with partial pivoting (a small dense system). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int i = c + 1; i < n; i++) {
                if (Math.abs(m[i][c]) > Math.abs(m[p][c])) {
                    p = i;
                }
            }
            double[] t = m[c];
            m[c] = m[p];
            m[p] = t;
            for (int i = c + 1; i < n; i++) {
                double f = m[i][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[i][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double v = m[i][n];
            for (int k = i + 1; k < n; k++) {
                v -= m[i][k] * x[k];
            }
            x[i] = v / m[i][i];
        }
        return x;
    }

    private static double pearson(double[][] r, int a, int b) {
        double ma = 0;
        double mb = 0;
        for (double[] row : r) {
            ma += row[a] / r.length;
            mb += row[b] / r.length;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (double[] row : r) {
            sab += (row[a] - ma) * (row[b] - mb);
            saa += (row[a] - ma) * (row[a] - ma);
            sbb += (row[b] - mb) * (row[b] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    @Test
    void evaluate_oneThreadAndTwoThreadsWriteIdenticalBytes() throws IOException {
        Path one = tmp.resolve("out-1-thread");
        Cli cli = Cli.run("evaluate", "--data", data.toString(), "--out", one.toString(), "--threads", "1");
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        List<String> names;
        try (Stream<Path> files = Files.list(out)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> files = Files.list(one)) {
            assertEquals(names, files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(out.resolve(name)), Files.readAllBytes(one.resolve(name)), name);
        }
    }

    @Test
    void evaluate_reuseForecasts_readsEveryWalkForwardAndWritesTheSameFiles() throws IOException {
        Path again = tmp.resolve("out-reused");
        Cli cli = Cli.run("evaluate", "--data", data.toString(), "--out", again.toString(), "--reuse-forecasts",
                out.toString());
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        for (String m : MODELS) {
            assertTrue(cli.err().contains("reused " + m + " forecasts of 4 tickers from " + out), cli::toString);
        }
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.equals("evaluation.json")) {
                    assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(again.resolve(name)), name);
                }
            }
        }
        JsonNode reused = new ObjectMapper().readTree(again.resolve("evaluation.json").toFile());
        assertEquals(MODELS.size(), reused.at("/config/reusedForecasts").size());
        ((com.fasterxml.jackson.databind.node.ObjectNode) reused.get("config")).remove("reusedForecasts");
        assertEquals(json, reused);
    }

    @Test
    void evaluate_reuseForecastsOfAnotherSchedule_exits2WithOneLine_andWritesNothing() {
        Path none = tmp.resolve("out-reuse-refit");
        Cli cli = Cli.run("evaluate", "--data", data.toString(), "--out", none.toString(), "--refit-every", "21",
                "--reuse-forecasts", out.toString());
        assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), cli::toString);
        List<String> lines = cli.err().lines().filter(l -> !l.contains("Using incubator modules")).toList();
        assertEquals(1, lines.size(), cli::toString);
        assertTrue(lines.get(0).contains(out.resolve("evaluation.json") + ", field 'config.refitEveryDays': is 63 "
                + "where this evaluation's --refit-every is 21"), cli::toString);
        assertFalse(Files.exists(none));
    }

    @Test
    void evaluate_changingPricesAfterDayTLeavesForecastsAndVarUpToTUnchanged() throws IOException {
        var changed = new ArrayList<PriceSeries>();
        for (PriceSeries s : market.series()) {
            int from = s.indexOf(market.series().get(0).date(CHANGED_FROM));
            changed.add(SyntheticFolder.withChangedFuture(s, from));
        }
        Path otherData = SyntheticFolder.write(tmp.resolve("data-other-future"), new PriceHistory(changed));
        Path other = tmp.resolve("out-other-future");
        Cli cli = Cli.run("evaluate", "--data", otherData.toString(), "--out", other.toString());
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        LocalDate lastUnchanged = market.series().get(0).date(CHANGED_FROM - 1);

        CsvRows a = CsvRows.read(out.resolve("forecasts.csv"));
        CsvRows b = CsvRows.read(other.resolve("forecasts.csv"));
        assertEquals(a.rows().size(), b.rows().size());
        int compared = 0;
        boolean laterDiffers = false;
        for (int k = 0; k < a.rows().size(); k++) {
            var ra = a.rows().get(k);
            var rb = b.rows().get(k);
            assertEquals(ra.get("date"), rb.get("date"));
            boolean upToT = !LocalDate.parse(ra.get("date")).isAfter(lastUnchanged);
            for (String m : MODELS) {
                if (upToT) {
                    assertEquals(ra.get(m), rb.get(m), m + " forecast on " + ra.get("date") + " " + ra.get("ticker"));
                    compared++;
                } else {
                    laterDiffers |= !ra.get(m).equals(rb.get(m));
                }
            }
        }
        assertTrue(compared > 900, "compared " + compared);
        assertTrue(laterDiffers, "the changed prices do change later forecasts");

        CsvRows pa = CsvRows.read(out.resolve("portfolio.csv"));
        CsvRows pb = CsvRows.read(other.resolve("portfolio.csv"));
        for (int k = 0; k < pa.rows().size(); k++) {
            var ra = pa.rows().get(k);
            if (!LocalDate.parse(ra.get("date")).isAfter(lastUnchanged)) {
                for (String m : MODELS) {
                    assertEquals(ra.get(m + "_sigma"), pb.rows().get(k).get(m + "_sigma"), m + " σp " + ra.get("date"));
                    assertEquals(ra.get(m + "_var"), pb.rows().get(k).get(m + "_var"), m + " VaR " + ra.get("date"));
                }
            }
        }
    }

    @Test
    void evaluate_byDefault_writesNoPerMethodVarBacktests() throws IOException {
        assertFalse(json.path("portfolio").has("varBacktests"));
        assertFalse(Files.readString(out.resolve("pooled.md")).contains("VaR by method"));
    }

    @Test
    void evaluate_varMethods_backtestEachMethodOnTheDatesItsWindowExists() throws IOException {
        Path methods = tmp.resolve("out-var-methods");
        Cli cli = Cli.run("evaluate", "--data", data.toString(), "--models", "persistence,ewma", "--var-methods",
                "normal,historical,fhs,student-t", "--var-window", "60", "--out", methods.toString());
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        JsonNode j = new ObjectMapper().readTree(methods.resolve("evaluation.json").toFile());
        JsonNode b = j.at("/portfolio/varBacktests");
        assertEquals(List.of("normal", "historical", "fhs", "student-t"), fieldNames(b));
        CsvRows portfolio = CsvRows.read(methods.resolve("portfolio.csv"));
        int days = j.at("/portfolio/forecastDays").asInt();
        List<String> dates = portfolio.rows().stream().map(r -> r.get("date")).limit(days).toList();
        for (int m = 0; m < 2; m++) {
            String model = List.of("persistence", "ewma").get(m);
            // the common set: every method is scored on the dates fhs and student-t can be
            assertEquals(days - 60, b.at("/normal/" + model + "/scoredDays").asInt());
            assertEquals(0, b.at("/normal/" + model + "/windowDays").asInt());
            assertEquals(days - 60, b.at("/historical/" + model + "/scoredDays").asInt());
            assertEquals(days - 60, b.at("/student-t/" + model + "/scoredDays").asInt());
            assertEquals(dates.get(60), b.at("/student-t/" + model + "/firstScoredDate").asText());
            assertEquals(days - 60, b.at("/fhs/" + model + "/scoredDays").asInt(), model);
            for (String method : List.of("normal", "historical", "fhs", "student-t")) {
                JsonNode r = b.at("/" + method + "/" + model);
                assertEquals(r.at("/scoredDays").asInt(), r.at("/var/days").asInt(), method);
                assertEquals(r.at("/var/kupiec/pValue").asDouble() >= 0.05, r.at("/kupiecPassAt5Percent").asBoolean());
                assertEquals(r.at("/var/christoffersenConditionalCoverage/pValue").asDouble() >= 0.05,
                        r.at("/conditionalCoveragePassAt5Percent").asBoolean());
                assertTrue(r.at("/scoringRule").asText().startsWith("the common set"), r.toString());
                JsonNode es = r.at("/es");
                assertEquals(0.975, es.at("/level").asDouble());
                double mfP = es.at("/mcNeilFrey/pValue").isNull() ? Double.NaN : es.at("/mcNeilFrey/pValue").asDouble();
                double z2P = es.at("/acerbiSzekelyZ2/pValue").asDouble();
                assertTrue(z2P > 0 && z2P <= 1, es.toString());
                assertEquals((Double.isNaN(mfP) || mfP >= 0.05) && z2P >= 0.05, es.at("/passAt5Percent").asBoolean());
                assertEquals(es.at("/passAt5Percent").asBoolean() && r.at("/kupiecPassAt5Percent").asBoolean()
                        && r.at("/conditionalCoveragePassAt5Percent").asBoolean(), r.at("/allPassAt5Percent").asBoolean());
            }
        }
        String md = Files.readString(methods.resolve("pooled.md"));
        assertTrue(md.contains("### fhs (window 60 days)"), md);
        assertTrue(md.contains("| Kupiec 5 % |"), md);
        assertTrue(md.contains("| Z2 p |") && md.contains("### Which method passes"), md);
    }

    @Test
    void evaluate_unknownVarMethod_exits2WithOneLine_andWritesNothing() {
        Path none = tmp.resolve("out-unknown-method");
        Cli cli = Cli.run("evaluate", "--data", data.toString(), "--var-methods", "normal,monte-carlo", "--out",
                none.toString());
        assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), cli::toString);
        List<String> lines = cli.err().lines().filter(l -> !l.contains("Using incubator modules")).toList();
        assertEquals(1, lines.size(), cli::toString);
        assertTrue(lines.get(0).contains("unknown VaR method 'monte-carlo'; expected one of [normal, student-t, "
                + "historical, fhs]"), cli::toString);
        assertFalse(Files.exists(none));
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void evaluate_unknownModel_exits2ListingTheAvailableModels_andWritesNothing() {
        Path none = tmp.resolve("out-unknown");
        Cli cli = Cli.run("evaluate", "--data", data.toString(), "--models", "ewma,transformer", "--out", none.toString());
        assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains("'transformer'"), cli::toString);
        assertTrue(cli.err().contains("available models: lstm, rnn, ewma, garch, garch-t, har, persistence"), cli::toString);
        assertFalse(Files.exists(none));
    }

    @Test
    void evaluate_badOptions_exit2() {
        Path none = tmp.resolve("out-bad");
        for (String[] args : List.of(
                new String[] {"--target", "hourly"},
                new String[] {"--var-level", "1.5"},
                new String[] {"--var-methods", "student-t", "--var-window", "10"},
                new String[] {"--var-methods", "fhs", "--var-window", "0"},
                new String[] {"--var-methods", "normal,normal"},
                new String[] {"--correlation-estimator", "ledoit"},
                new String[] {"--from", "2030-01-01"},
                new String[] {"--from", "2018-02-01"},
                new String[] {"--models", "lstm", "--lstm-features", "vol(garman-klass,1),momentum"},
                new String[] {"--models", "lstm", "--lstm-target", "hourly"},
                new String[] {"--models", "lstm", "--lstm-window", "1"},
                new String[] {"--models", "lstm", "--lstm-baseline", "garch"},
                new String[] {"--models", "lstm", "--lstm-warm-start", "-1"},
                new String[] {"--models", "lstm", "--lstm-loss", "mse", "--lstm-calibrate"},
                new String[] {"--models", "lstm", "--lstm-ensemble", "0"},
                new String[] {"--models", "lstm", "--lstm-loss", "mse", "--lstm-ensemble", "2"},
                new String[] {"--models", "lstm", "--lstm-pooled", "0"},
                new String[] {"--models", "lstm", "--lstm-fine-tune", "3"},
                new String[] {"--models", "lstm", "--lstm-pooled", "2", "--engine", "spark"},
                new String[] {"--models", "ewma,garch", "--combine", "ewma+har"},
                new String[] {"--models", "ewma,garch", "--combine", "ewma+garch@best"},
                new String[] {"--models", "ewma,garch", "--combine", "ewma"},
                new String[] {"--models", "ewma,garch", "--combine", "ewma+ewma"},
                new String[] {"--models", "ewma,garch,har", "--combine", "ewma+garch+har@weight"},
                new String[] {"--models", "ewma,garch", "--combine", "ewma+garch,ewma+garch"})) {
            var all = new ArrayList<>(List.of("evaluate", "--data", data.toString(), "--out", none.toString()));
            all.addAll(List.of(args));
            Cli cli = Cli.run(all.toArray(new String[0]));
            assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), () -> String.join(" ", args) + "\n" + cli);
            assertFalse(Files.exists(none));
        }
    }

    @Test
    void evaluate_lstmWithWarmStartsAndCalibration_runsEndToEnd_andRecordsTheSetup() throws IOException {
        Path lstmOut = tmp.resolve("out-lstm-warm");
        Cli cli = Cli.run("evaluate", "--data", data.toString(), "--out", lstmOut.toString(), "--models", "ewma,lstm",
                "--from", market.series().get(0).date(640).toString(), "--refit-every", "20", "--epochs", "2",
                "--lstm-window", "10", "--lstm-layers", "4", "--lstm-warm-start", "1", "--lstm-calibrate");
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        String setup = new ObjectMapper().readTree(lstmOut.resolve("evaluation.json").toFile())
                .at("/config/modelSetups/lstm").asText();
        assertTrue(setup.contains("warmStartEpochs=1") && setup.contains("calibrated"), setup);
    }

    @Test
    void evaluate_pooledEnsemble_runsEndToEnd_recordsThePool_andDoesNotDependOnThreads() throws IOException {
        var outputs = new ArrayList<String>();
        for (String threads : List.of("1", "3")) {
            Path out = tmp.resolve("out-pooled-" + threads);
            Cli cli = Cli.run("evaluate", "--data", data.toString(), "--out", out.toString(), "--models", "lstm",
                    "--from", market.series().get(0).date(660).toString(), "--refit-every", "20", "--epochs", "2",
                    "--lstm-window", "10", "--lstm-layers", "4", "--lstm-ensemble", "2", "--lstm-pooled", "2",
                    "--lstm-fine-tune", "1", "--threads", threads);
            assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
            String setup = new ObjectMapper().readTree(out.resolve("evaluation.json").toFile())
                    .at("/config/modelSetups/lstm").asText();
            assertTrue(setup.contains("ensemble=2") && setup.contains("pooledEpochs=2, fineTuneEpochs=1, pool="),
                    setup);
            outputs.add(Files.readString(out.resolve("forecasts.csv")));
        }
        assertEquals(outputs.get(0), outputs.get(1), "the same forecasts on 1 and 3 threads");
    }

    @Test
    void evaluate_combine_equalsARecomputationFromTheForecastsWritten_andScoresTheCombinations() throws IOException {
        Path combined = tmp.resolve("out-combine");
        Cli cli = Cli.run("evaluate", "--data", data.toString(), "--out", combined.toString(), "--models", "ewma,garch",
                "--combine", "ewma+garch,ewma+garch@weight,garch@regression");
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        for (String name : List.of("ewma+garch", "ewma+garch@weight", "garch@regression")) {
            assertTrue(cli.out().contains("| " + name + " |"), cli::toString);
        }
        Map<String, List<Map<String, String>>> byTicker = new TreeMap<>();
        for (var r : CsvRows.read(combined.resolve("forecasts.csv")).rows()) {
            byTicker.computeIfAbsent(r.get("ticker"), k -> new ArrayList<>()).add(r); // rows are in date order
        }
        int warmUp = org.lstmrisk.core.forecast.PastForecastCombination.DEFAULT_WARM_UP_DAYS;
        int refitted = 0;
        for (var rows : byTicker.values()) {
            assertTrue(rows.size() > warmUp + 63, "the span must reach past the warm-up");
            double[] e = column(rows, "ewma");
            double[] g = column(rows, "garch");
            double[] y = column(rows, "realised");
            double[] mean = column(rows, "ewma+garch");
            double[] weight = column(rows, "ewma+garch@weight");
            double[] regression = column(rows, "garch@regression");
            double[] aw = null;
            double[] ab = null;
            for (int k = 0; k < rows.size(); k++) {
                assertEquals(Math.sqrt(e[k] * g[k]), mean[k], 1e-12 * mean[k], "geometric mean, day " + k);
                if (k >= warmUp && (k - warmUp) % 63 == 0) {
                    // pairs: the forecasts of days 0 … k−1, whose one-day realised value is known at day k
                    var x1 = new ArrayList<Double>();
                    var x2 = new ArrayList<Double>();
                    var v = new ArrayList<Double>();
                    for (int s = 0; s < k; s++) {
                        if (y[s] > 0) {
                            x1.add(Math.log(e[s] * e[s]));
                            x2.add(Math.log(g[s] * g[s]));
                            v.add(y[s] * y[s]);
                        }
                    }
                    double[] vs = v.stream().mapToDouble(Double::doubleValue).toArray();
                    double[] gs = x2.stream().mapToDouble(Double::doubleValue).toArray();
                    aw = org.lstmrisk.core.forecast.QlikeConvexWeight.fit(
                            x1.stream().mapToDouble(Double::doubleValue).toArray(), gs, vs);
                    ab = org.lstmrisk.core.forecast.QlikeRegression.fit(new double[][] {gs}, vs);
                    refitted++;
                }
                double le = Math.log(e[k] * e[k]);
                double lg = Math.log(g[k] * g[k]);
                double w = aw == null ? e[k] : Math.exp((aw[0] + aw[1] * le + (1 - aw[1]) * lg) / 2);
                double r = ab == null ? g[k] : Math.exp((ab[0] + ab[1] * lg) / 2);
                assertEquals(w, weight[k], 1e-12 * w, "weight, day " + k);
                assertEquals(r, regression[k], 1e-12 * r, "regression, day " + k);
            }
        }
        assertTrue(refitted > 0);
        JsonNode doc = new ObjectMapper().readTree(combined.resolve("evaluation.json").toFile());
        assertTrue(doc.at("/config/modelSetups/ewma+garch@weight").asText().contains("w in [0, 1]"), doc::toString);
        assertTrue(List.of("ewma", "garch").contains(doc.at("/config/bestBaseline").asText()),
                "a combination is never the best baseline");
        assertEquals("[\"ewma+garch\",\"ewma+garch@weight\",\"garch@regression\"]",
                doc.at("/config/combinations").toString());
        for (JsonNode m : doc.at("/pooled")) {
            if (m.path("model").asText().contains("+") || m.path("model").asText().contains("@")) {
                assertFalse(m.path("baseline").asBoolean(true), m::toString);
            }
        }
    }

    private static double[] column(List<Map<String, String>> rows, String name) {
        return rows.stream().mapToDouble(r -> Double.parseDouble(r.get(name))).toArray();
    }

    @Test
    void evaluate_refusesToReplaceAFolderThatHoldsNoEarlierEvaluation() throws IOException {
        Path busy = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(busy.resolve("notes.txt"), "keep me");
        Cli cli = Cli.run("evaluate", "--data", data.toString(), "--models", "ewma", "--out", busy.toString());
        assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), cli::toString);
        assertEquals("keep me", Files.readString(busy.resolve("notes.txt")));
    }

    private static void assertClose(double expected, String actual, String what) {
        double a = Double.parseDouble(actual);
        assertEquals(expected, a, 1e-11 * Math.max(1e-300, Math.abs(expected)), what);
    }
}
