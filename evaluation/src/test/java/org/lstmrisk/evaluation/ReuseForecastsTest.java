package org.lstmrisk.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.core.concurrent.TickerExecutor;
import org.lstmrisk.core.forecast.EwmaForecaster;
import org.lstmrisk.core.forecast.GarchForecaster;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.core.forecast.WalkForwardWindow;
import org.lstmrisk.core.progress.Progress;
import org.lstmrisk.core.simulation.SyntheticMarket;
import org.lstmrisk.io.DataPolicy;
import org.lstmrisk.io.LoadedPrices;
import org.lstmrisk.io.MarketData;
import org.lstmrisk.io.TickerCoverage;
import org.lstmrisk.portfolio.SampleCorrelation;

/**
 * {@code evaluate --reuse-forecasts}: an evaluation that reads its walk-forwards from earlier evaluations' folders
 * writes, byte for byte, the files of the evaluation that walks every model forward (a second run of the same
 * computation), apart from the record of what it read; and forecasts made otherwise are refused or walked again.
 */
class ReuseForecastsTest {

    private static final PriceHistory MARKET = new SyntheticMarket(3, 560, LocalDate.of(2018, 1, 1), 11L).generate();
    private static final ModelLineup LINEUP = new ModelLineup(List.of("ewma", "garch"),
            List.of(EwmaForecaster.RISKMETRICS, GarchForecaster.GAUSSIAN));

    @TempDir
    Path tmp;

    @Test
    void forecastsReadFromTwoPartialEvaluations_giveTheFullEvaluationsFiles() throws IOException {
        Map<String, byte[]> full = files(evaluate(market(MARKET), LINEUP, settings(20), SavedForecasts.NONE,
                Progress.SILENT));
        Path ab = write("ab", evaluate(market(subset(0, 1)), LINEUP, settings(20), SavedForecasts.NONE,
                Progress.SILENT));
        Path c = write("c", evaluate(market(subset(2)), LINEUP, settings(20), SavedForecasts.NONE, Progress.SILENT));
        var walked = new AtomicInteger();
        Evaluation reused = evaluate(market(MARKET), LINEUP, settings(20), SavedForecasts.read(List.of(ab, c)),
                (task, done, total, detail) -> walked.incrementAndGet());
        assertEquals(0, walked.get(), "no model was walked forward");
        assertSameFiles(full, files(reused));
        List<String> tickers = MARKET.series().stream().map(PriceSeries::ticker).toList();
        assertEquals(List.of(new ReusedForecasts("ewma", ab.toString(), tickers.subList(0, 2)),
                new ReusedForecasts("ewma", c.toString(), tickers.subList(2, 3)),
                new ReusedForecasts("garch", ab.toString(), tickers.subList(0, 2)),
                new ReusedForecasts("garch", c.toString(), tickers.subList(2, 3))), reused.reused());
        JsonNode record = new ObjectMapper().readTree(files(reused).get("evaluation.json"))
                .at("/config/reusedForecasts");
        assertEquals(4, record.size());
        assertEquals("garch", record.get(3).get("model").asText());
        assertEquals(tickers.get(2), record.get(3).get("tickers").get(0).asText());
    }

    @Test
    void aModelWithAnotherSetupIsWalkedForwardAgain_theOthersAreRead() throws IOException {
        Map<String, byte[]> full = files(evaluate(market(MARKET), LINEUP, settings(20), SavedForecasts.NONE,
                Progress.SILENT));
        var otherEwma = new ModelLineup(List.of("ewma", "garch"),
                List.of(new EwmaForecaster(0.97, 20), GarchForecaster.GAUSSIAN));
        Path saved = write("other-ewma", evaluate(market(MARKET), otherEwma, settings(20), SavedForecasts.NONE,
                Progress.SILENT));
        var walked = new ArrayList<String>();
        Evaluation e = evaluate(market(MARKET), LINEUP, settings(20), SavedForecasts.read(List.of(saved)),
                (task, done, total, detail) -> walked.add(detail));
        assertEquals(3, walked.size(), "ewma of each ticker: " + walked);
        assertTrue(walked.stream().allMatch(d -> d.endsWith(" ewma")), walked::toString);
        assertEquals(List.of("garch"), e.reused().stream().map(ReusedForecasts::model).toList());
        assertSameFiles(full, files(e));
    }

    @Test
    void aTickerOnItsOwnCalendar_isReadWithTheDaysItDidNotTrade() throws IOException {
        MarketData twoCalendars = TwoCalendars.market();
        var lineup = new ModelLineup(List.of("ewma"), List.of(EwmaForecaster.RISKMETRICS));
        EvaluationSettings s = TwoCalendars.settings();
        Map<String, byte[]> full = files(evaluate(twoCalendars, lineup, s, SavedForecasts.NONE, Progress.SILENT));
        Path saved = write("calendars", evaluate(twoCalendars, lineup, s, SavedForecasts.NONE, Progress.SILENT));
        Evaluation e = evaluate(twoCalendars, lineup, s, SavedForecasts.read(List.of(saved)), Progress.SILENT);
        assertArrayEquals(new int[] {0, 8}, e.scored().notTraded());
        assertEquals(2, e.reused().get(0).tickers().size());
        assertSameFiles(full, files(e));
    }

    @Test
    void anotherRefitSchedule_isRefusedNamingTheFileAndField() throws IOException {
        Path saved = write("refit-21", evaluate(market(MARKET), LINEUP, settings(21), SavedForecasts.NONE,
                Progress.SILENT));
        var e = assertThrows(UserInputException.class, () -> evaluate(market(MARKET), LINEUP, settings(20),
                SavedForecasts.read(List.of(saved)), Progress.SILENT));
        assertEquals(saved.resolve("evaluation.json") + ", field 'config.refitEveryDays': is 21 where this "
                + "evaluation's --refit-every is 20; forecasts made with other walk-forward settings cannot be reused",
                e.getMessage());
    }

    @Test
    void aRealisedValueTheseReturnsDoNotGive_isRefusedNamingItsLine() throws IOException {
        Path saved = write("tampered", evaluate(market(MARKET), LINEUP, settings(20), SavedForecasts.NONE,
                Progress.SILENT));
        Path csv = saved.resolve("forecasts.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        String[] cells = lines.get(4).split(",", -1);
        cells[2] = Double.toString(Math.nextUp(Double.parseDouble(cells[2])));
        lines.set(4, String.join(",", cells));
        Files.write(csv, lines);
        var e = assertThrows(UserInputException.class, () -> evaluate(market(MARKET), LINEUP, settings(20),
                SavedForecasts.read(List.of(saved)), Progress.SILENT));
        assertTrue(e.getMessage().startsWith(csv + ", line 5, field 'realised': " + cells[1] + " on " + cells[0]
                + " is " + cells[2] + " where this evaluation's prices give "), e.getMessage());
    }

    @Test
    void otherPricesBeforeTheFirstForecast_areRefusedByTheirFingerprint() throws IOException {
        var changed = new ArrayList<>(MARKET.series());
        PriceSeries c = changed.get(2);
        double[] close = c.close();
        close[10] *= 1.01; // long before the first as-of date: no realised value of the span sees it
        changed.set(2, new PriceSeries(c.ticker(), c.dates(), c.open(), c.high(), c.low(), close, c.volume()));
        Path saved = write("other-past", evaluate(market(new PriceHistory(changed)), LINEUP, settings(20),
                SavedForecasts.NONE, Progress.SILENT));
        var e = assertThrows(UserInputException.class, () -> evaluate(market(MARKET), LINEUP, settings(20),
                SavedForecasts.read(List.of(saved)), Progress.SILENT));
        assertTrue(e.getMessage().startsWith(saved.resolve("evaluation.json") + ", field 'data.priceFingerprints."
                + c.ticker() + "': is sha256:"), e.getMessage());

        // an evaluation written before the fingerprints were recorded is checked on its realised values only
        Path older = write("older", evaluate(market(MARKET), LINEUP, settings(20), SavedForecasts.NONE,
                Progress.SILENT));
        var json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(older.resolve("evaluation.json").toFile());
        ((ObjectNode) root.get("data")).remove("priceFingerprints");
        json.writeValue(older.resolve("evaluation.json").toFile(), root);
        Evaluation read = evaluate(market(MARKET), LINEUP, settings(20), SavedForecasts.read(List.of(older)),
                Progress.SILENT);
        assertEquals(2, read.reused().size());
    }

    @Test
    void otherDatesAndATickerInTwoFolders_areRefused() throws IOException {
        Path all = write("all", evaluate(market(MARKET), LINEUP, settings(20), SavedForecasts.NONE,
                Progress.SILENT));
        Path c = write("c", evaluate(market(subset(2)), LINEUP, settings(20), SavedForecasts.NONE, Progress.SILENT));
        var twice = assertThrows(UserInputException.class, () -> evaluate(market(MARKET), LINEUP, settings(20),
                SavedForecasts.read(List.of(all, c)), Progress.SILENT));
        assertTrue(twice.getMessage().contains("forecasts are in both " + all + " and " + c), twice.getMessage());

        EvaluationSettings later = settings(20, MARKET.series().get(0).date(400));
        Path shorter = write("later", evaluate(market(MARKET), LINEUP, later, SavedForecasts.NONE, Progress.SILENT));
        var dates = assertThrows(UserInputException.class, () -> evaluate(market(MARKET), LINEUP, settings(20),
                SavedForecasts.read(List.of(shorter)), Progress.SILENT));
        assertTrue(dates.getMessage().startsWith(shorter.resolve("forecasts.csv") + ", field 'date': "),
                dates.getMessage());
        assertTrue(dates.getMessage().endsWith("give the same --from and --to"), dates.getMessage());
    }

    @Test
    void aFolderThatIsNoEvaluation_isRefused() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        var e = assertThrows(UserInputException.class, () -> SavedForecasts.read(List.of(empty)));
        assertEquals(empty.resolve("evaluation.json") + ": file does not exist; --reuse-forecasts takes the --out "
                + "folder of an earlier evaluate", e.getMessage());
        var missing = assertThrows(UserInputException.class,
                () -> SavedForecasts.read(List.of(tmp.resolve("nowhere"))));
        assertTrue(missing.getMessage().contains("is not a folder"), missing.getMessage());
    }

    private static Evaluation evaluate(MarketData market, ModelLineup lineup, EvaluationSettings settings,
                                       SavedForecasts saved, Progress progress) {
        return new Evaluator(SampleCorrelation.DEFAULT).evaluate(market, lineup, settings, false, progress,
                TickerExecutor.local(), saved);
    }

    private static EvaluationSettings settings(int refitEvery) {
        return settings(refitEvery, null);
    }

    private static EvaluationSettings settings(int refitEvery, LocalDate from) {
        return new EvaluationSettings(List.of("ewma", "garch"), from, null, 1, refitEvery,
                WalkForwardWindow.EXPANDING, 0, "close-to-close", 0.99, 0.1, 2, 252, 5, 0.94, 2, Path.of("out"));
    }

    private static PriceHistory subset(int... tickers) {
        var series = new ArrayList<PriceSeries>();
        for (int i : tickers) {
            series.add(MARKET.series().get(i));
        }
        return new PriceHistory(series);
    }

    /** Every ticker on one calendar, described as the full market is, so that the data sections agree. */
    private static MarketData market(PriceHistory h) {
        var coverage = new ArrayList<TickerCoverage>();
        for (PriceSeries s : h.series()) {
            coverage.add(new TickerCoverage(s.ticker(), Path.of(s.ticker() + ".csv"), s.firstDate(), s.lastDate(),
                    s.size(), 0, "Close"));
        }
        return new MarketData(new LoadedPrices(h, h, coverage, "sha256:test", DataPolicy.DEFAULT), "synthetic");
    }

    private static Map<String, byte[]> files(Evaluation e) {
        return new EvaluationFiles().render(e);
    }

    private Path write(String name, Evaluation e) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (var f : files(e).entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
        return dir;
    }

    /** Every file equal, byte for byte; evaluation.json equal once its record of what was read is removed. */
    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) throws IOException {
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            if (name.equals("evaluation.json")) {
                var json = new ObjectMapper();
                ObjectNode a = (ObjectNode) json.readTree(actual.get(name));
                ((ObjectNode) a.get("config")).remove("reusedForecasts");
                assertEquals(json.readTree(expected.get(name)), a, name);
            } else {
                assertEquals(new String(expected.get(name), StandardCharsets.UTF_8),
                        new String(actual.get(name), StandardCharsets.UTF_8), name);
            }
        }
    }
}
