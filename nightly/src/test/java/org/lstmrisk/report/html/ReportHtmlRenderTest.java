package org.lstmrisk.report.html;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.progress.Progress;
import org.lstmrisk.nightly.run.ForecastEngine;
import org.lstmrisk.report.ForecastHistory;
import org.lstmrisk.nightly.run.ForecastHistoryBuilder;
import org.lstmrisk.forecasters.ForecasterCatalog;
import org.lstmrisk.nightly.run.LimitSet;
import org.lstmrisk.io.MarketData;
import org.lstmrisk.report.RiskReport;
import org.lstmrisk.nightly.run.RiskRunner;
import org.lstmrisk.nightly.config.RunSettings;
import org.lstmrisk.nightly.run.SyntheticMarketData;
import org.lstmrisk.nightly.run.UniverseSelector;
import org.lstmrisk.core.simulation.SyntheticMarket;
import org.lstmrisk.portfolio.PortfolioRiskCalculator;
import org.lstmrisk.portfolio.SampleCorrelation;
import org.lstmrisk.portfolio.limits.Limit;
import org.lstmrisk.portfolio.limits.LimitChecker;
import org.lstmrisk.portfolio.limits.LimitMetric;
import org.lstmrisk.portfolio.limits.LimitResult;
import org.lstmrisk.portfolio.limits.LimitStatus;

/** {@link ReportHtml} on a small synthetic run: limits by status, the optional training section, determinism. */
class ReportHtmlRenderTest {

    private static final RunSettings SETTINGS = new RunSettings(null, null, "ewma", 1, 252, 5, 0.94, 2, 0, Path.of("out"));
    private static final MarketData MARKET = new SyntheticMarketData().generate(
            new SyntheticMarket(5, 700, LocalDate.of(2021, 1, 4), 5L));
    private static final RiskRunner RUNNER = new RiskRunner(new ForecasterCatalog(), new UniverseSelector(),
            new ForecastEngine(Progress.SILENT), SampleCorrelation.DEFAULT, PortfolioRiskCalculator.DEFAULT, LimitChecker.DEFAULT);
    private static final ForecastHistoryBuilder HISTORY = new ForecastHistoryBuilder(new ForecasterCatalog(),
            SampleCorrelation.DEFAULT);

    private static String render(RiskReport report, TrainingHistory training) {
        ForecastHistory history = HISTORY.build(MARKET, report, SETTINGS);
        return new String(new ReportHtml().render(report, history, training), StandardCharsets.UTF_8);
    }

    @Test
    void test_limits_eachRowColouredByItsStatus_badgeShowsTheWorst() {
        RiskReport plain = RUNNER.run(MARKET, null, LimitSet.NONE, SETTINGS);
        double sigma = plain.risk().volatility();
        LimitSet limits = new LimitSet(List.of(
                Limit.of("loose", LimitMetric.PORTFOLIO_VOLATILITY, 10 * sigma),
                Limit.of("near", LimitMetric.PORTFOLIO_VOLATILITY, 1.1 * sigma).withHard(false),
                Limit.of("tight", LimitMetric.PORTFOLIO_VOLATILITY, 0.5 * sigma).withHard(false)), "test");
        RiskReport report = RUNNER.run(MARKET, null, limits, SETTINGS);
        String html = render(report, TrainingHistory.NONE);
        for (LimitResult r : report.limits()) {
            String css = r.status().name().toLowerCase(Locale.ROOT);
            assertTrue(html.contains("<tr class=\"" + css + "\" data-limit=\"" + r.name() + "\" data-status=\""
                    + r.status() + "\">"), r.toString());
        }
        assertEquals(List.of(LimitStatus.OK, LimitStatus.WARN, LimitStatus.BREACH),
                report.limits().stream().map(LimitResult::status).toList());
        assertTrue(html.contains("data-key=\"limitStatus\" data-value=\"BREACH\">1 soft limit breach</span>"), html);
        assertTrue(html.contains("<span class=\"status breach\">BREACH</span>"));
        assertFalse(html.contains("No limits were checked"));
    }

    @Test
    void test_training_sectionOnlyWithTrainingHistories() {
        RiskReport report = RUNNER.run(MARKET, null, LimitSet.NONE, SETTINGS);
        assertFalse(render(report, TrainingHistory.NONE).contains("id=\"training\""));
        String ticker = report.universe().tickers().get(0);
        TrainingHistory training = new TrainingHistory(List.of(
                new LossCurve(ticker, new double[] {0.9, 0.5, 0.3, 0.25}, new double[] {1.0, 0.6, 0.4, 0.38})));
        String html = render(report, training);
        assertTrue(html.contains("<section id=\"training\">"));
        assertTrue(html.contains("id='chart-loss-1'"));
        assertTrue(html.contains("<b>" + ticker + "</b>4 epochs, final training loss 0.250"));
    }

    @Test
    void test_sameInputsGiveTheSameBytes_andChartIdsAreUnique() {
        RiskReport report = RUNNER.run(MARKET, null, LimitSet.NONE, SETTINGS);
        ForecastHistory history = HISTORY.build(MARKET, report, SETTINGS);
        byte[] a = new ReportHtml().render(report, history, TrainingHistory.NONE);
        byte[] b = new ReportHtml().render(report, history, TrainingHistory.NONE);
        assertArrayEquals(a, b);
        String html = new String(a, StandardCharsets.UTF_8);
        Matcher ids = Pattern.compile("\\sid=['\"]([^'\"]+)['\"]").matcher(html);
        var seen = new java.util.HashSet<String>();
        while (ids.find()) {
            assertTrue(seen.add(ids.group(1)), "id used twice: " + ids.group(1));
        }
        assertTrue(seen.contains("chart-correlation-clip-0"), "JFreeSVG's defs ids carry the chart's id");
        assertFalse(Pattern.compile("id='_\\d").matcher(html).find(), "no JFreeSVG time-based id prefix");
    }

    @Test
    void test_historyOfOtherPositions_isRejected() {
        RiskReport report = RUNNER.run(MARKET, null, LimitSet.NONE, SETTINGS);
        ForecastHistory history = HISTORY.build(MARKET, report, SETTINGS);
        ForecastHistory other = new ForecastHistory("ewma", 1, history.dates(), List.of("X"),
                new double[][] {history.forecast(0)}, new double[][] {history.realised(0)}, history.portfolioForecast(),
                history.portfolioRealised(), history.portfolioTrailingRealised(), history.trailingDays());
        assertThrows(IllegalArgumentException.class, () -> new ReportHtml().render(report, other, TrainingHistory.NONE));
    }

    @Test
    void test_formatting() {
        assertEquals("0.595 %", Html.percent(0.005951, 3));
        assertEquals("0.000 %", Html.percent(-0.0000001, 3));
        assertEquals("99", Html.level(0.99));
        assertEquals("97.5", Html.level(0.975));
        assertEquals("&lt;a href=&quot;x&quot;&gt; &amp; &#39;", HtmlText.escape("<a href=\"x\"> & '"));
        assertEquals("&lt;a href=\"x\"&gt; &amp; '", HtmlText.escapeContent("<a href=\"x\"> & '"));
    }

    @Test
    void test_svgNumbers_roundedWithoutTrailingZeros() {
        assertEquals("12.5", SvgRenderer.fixed(12.49, 10));
        assertEquals("3", SvgRenderer.fixed(3.0001, 100));
        assertEquals("-0.25", SvgRenderer.fixed(-0.2501, 100));
        assertEquals("0.05", SvgRenderer.fixed(0.05, 100));
        assertEquals("0.1", SvgRenderer.fixed(0.1, 100));
        assertEquals("0", SvgRenderer.fixed(-0.001, 10));
        assertEquals("1280", SvgRenderer.fixed(1280, 10));
    }

    @Test
    void test_lossCurve_validates() {
        assertThrows(IllegalArgumentException.class, () -> new LossCurve("A", new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> new LossCurve("A", new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new LossCurve("A", new double[] {Double.NaN}, new double[0]));
        assertEquals(2, new LossCurve("A", new double[] {1, 2}, new double[0]).epochs());
    }
}
