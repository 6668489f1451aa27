package org.lstmrisk.evaluation;

import org.lstmrisk.core.TradingCalendar;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.evaluation.stats.EsBacktest;
import java.util.stream.Stream;
import org.lstmrisk.io.CsvOutput;
import org.lstmrisk.evaluation.stats.DieboldMarianoResult;
import org.lstmrisk.evaluation.stats.PerformanceSummary;
import org.lstmrisk.report.document.Block;
import org.lstmrisk.report.document.Document;
import org.lstmrisk.report.document.Text;

/**
 * The pooled table, one row per model: pooled accuracy of the per-ticker forecasts, Diebold–Mariano against the best
 * baseline, the portfolio VaR backtests and the volatility-targeting results. As a {@link Document} for people
 * ({@code pooled.md} and {@code evaluation.html}, rounded) and CSV for machines ({@code pooled.csv}, full
 * precision). This class is immutable and
 * thread-safe.
 */
public final class PooledTable {

    private static final List<String> CSV_HEADER = List.of("model", "baseline", "observations", "qlike",
            "mse_variance", "mae", "rmse", "mean_r2", "mean_r", "mape", "direction", "dm_qlike", "dm_qlike_p",
            "dm_mse", "dm_mse_p", "portfolio_qlike", "portfolio_dm_qlike", "portfolio_dm_qlike_p", "var_days",
            "var_exceptions", "var_expected", "kupiec_p", "christoffersen_ind_p", "christoffersen_cc_p",
            "basel_exceptions_250", "basel_zone", "vt_cumulative_return", "vt_volatility_annualised", "vt_sharpe",
            "vt_max_drawdown", "vt_mean_exposure");

    private static final List<String> TABLE_HEADER = List.of("model", "QLIKE", "MSE var", "MAE %", "RMSE %", "R²",
            "R", "MAPE %", "dir %", "DM QLIKE (p)", "DM MSE (p)", "port. QLIKE", "port. DM (p)", "VaR exc / exp",
            "Kupiec p", "Chr. ind p", "Chr. CC p", "Basel 250", "VT vol %", "VT Sharpe", "VT maxDD %");

    /** Every column right-aligned but the model and the Basel zone. */
    private static final List<Block.Align> TABLE_ALIGN = TABLE_HEADER.stream()
            .map(h -> h.equals("model") || h.equals("Basel 250") ? Block.Align.LEFT : Block.Align.RIGHT).toList();

    /**
     * The page of {@code pooled.md} and {@code evaluation.html}: the heading, the set-up with the best baseline, the
     * rounded table, the buy-and-hold line and the notes that make it readable on its own.
     */
    public Document document(Evaluation e) {
        EvaluationSettings s = e.settings();
        var blocks = new ArrayList<Block>();
        blocks.add(new Block.Heading(1, Text.plain("Out-of-sample evaluation")));
        var setUp = new StringBuilder();
        setUp.append("Forecasts made at the close of ").append(e.span().firstAsOf()).append(" … ")
                .append(e.span().lastAsOf()).append(" (").append(e.forecasts().days()).append(" days), horizon ")
                .append(s.horizonDays()).append(" day(s), refit every ").append(s.refitEveryDays()).append(" days on ")
                .append(window(s)).append(", target ").append(s.target()).append(". ")
                .append(e.span().tickers().size()).append(" tickers, equally weighted");
        if (!e.span().excluded().isEmpty()) {
            setUp.append(" (excluded: ");
            setUp.append(String.join(", ", e.span().excluded().stream().map(x -> x.ticker()).toList()));
            setUp.append(")");
        }
        setUp.append(". Best baseline (lowest pooled QLIKE): ");
        blocks.add(new Block.Paragraph(Text.plain(setUp.toString())
                .thenBold(e.accuracy().bestBaseline() == null ? "none" : e.accuracy().bestBaseline()).then(".")));
        if (!e.data().quiet()) {
            blocks.add(new Block.Paragraph(Text.plain(dataNote(e))));
        }
        var rows = new ArrayList<List<Text>>();
        for (int m = 0; m < e.accuracy().pooled().size(); m++) {
            PooledScore p = e.accuracy().pooled().get(m);
            PortfolioModelResult r = e.portfolio().models().get(m);
            VarBacktestSummary v = r.valueAtRisk();
            PerformanceSummary vt = r.targeting().strategy();
            rows.add(Stream.of(p.model() + (p.model().equals(e.accuracy().bestBaseline()) ? " *" : ""),
                    Numbers.fixed(p.qlike(), 4),
                    Numbers.scientific(p.mseVariance()),
                    Numbers.percent(p.mae(), 3),
                    Numbers.percent(p.rmse(), 3),
                    Numbers.fixed(p.meanRSquared(), 3),
                    Numbers.fixed(p.meanCorrelation(), 3),
                    Numbers.percent(p.mape(), 1),
                    Numbers.percent(p.directionAccuracy(), 1),
                    dm(p.dmQlike()),
                    dm(p.dmMse()),
                    Numbers.fixed(r.accuracy().qlike(), 4),
                    dm(r.dmQlike()),
                    v.exceptions() + " / " + Numbers.fixed(v.expectedExceptions(), 1),
                    Numbers.pValue(v.kupiec().pValue()),
                    Numbers.pValue(v.independence().pValue()),
                    Numbers.pValue(v.conditionalCoverage().pValue()),
                    v.trafficLight() == null ? "n/a"
                            : v.trafficLight().zone().name().toLowerCase(java.util.Locale.ROOT) + " ("
                            + v.trafficLight().exceptions() + ")",
                    Numbers.percent(vt.annualisedVolatility(), 2),
                    Numbers.fixed(vt.sharpeRatio(), 2),
                    Numbers.percent(vt.maxDrawdown(), 1)).map(Text::plain).toList());
        }
        blocks.add(new Block.Table(TABLE_HEADER, TABLE_ALIGN, rows));
        PerformanceSummary bh = e.portfolio().buyAndHold();
        blocks.add(new Block.Paragraph(Text.plain("Buy-and-hold (same portfolio, fully invested): volatility "
                + Numbers.percent(bh.annualisedVolatility(), 2) + " % a year, Sharpe "
                + Numbers.fixed(bh.sharpeRatio(), 2) + ", max drawdown "
                + Numbers.percent(bh.maxDrawdown(), 1) + " %, cumulative return "
                + Numbers.percent(bh.cumulativeReturn(), 1) + " %. Volatility target "
                + Numbers.percent(s.volTargetAnnualised(), 1) + " % a year, exposure capped at "
                + Numbers.fixed(s.maxExposure(), 2) + ", no costs, cash earns 0.")));
        blocks.add(new Block.Paragraph(Text.plain("Notes: QLIKE and MSE on daily variance, pooled over "
                + e.accuracy().pooled().get(0).observations()
                + " ticker-days; MAE, RMSE, MAPE on daily volatility; R² and R are means of the per-ticker values. "
                + "DM: Diebold–Mariano (HLN-corrected, Newey–West lag "
                + e.dm().lag(e.accuracy().pooledDays()) + ") of the daily cross-sectional mean loss "
                + "against the best baseline (*); negative = lower loss than the baseline. "
                + "Portfolio columns: σp from each model's forecasts and the trailing "
                + s.correlationWindowDays() + "-day " + correlationWords(s, e) + ", "
                + Numbers.percent(s.varLevel(), 1) + " % normal VaR against the realised portfolio log return. "
                + e.scored().totalExcluded() + " of "
                + e.forecasts().days() * e.span().tickers().size()
                + " ticker-days were not scored"
                + (e.scored().totalExcluded() == 0 ? "" : " (" + reasons(e.scored()) + ")") + ".")));
        if (s.backtestsVarMethods()) {
            blocks.addAll(methodTables(e));
        }
        if (!e.portfolio().minimumVariance().isEmpty()) {
            blocks.addAll(minimumVarianceTable(e));
        }
        return new Document(blocks);
    }

    private static final List<String> METHOD_HEADER = List.of("model", "days scored", "from", "VaR exc / exp",
            "Kupiec p", "Kupiec 5 %", "Chr. ind p", "Chr. CC p", "CC 5 %", "dur. b", "dur. p", "Basel 250", "ES exc",
            "MF mean",
            "MF p", "Z2", "Z2 p", "ES 5 %", "all 5 %");

    private static final List<Block.Align> METHOD_ALIGN = METHOD_HEADER.stream()
            .map(h -> h.equals("model") || h.equals("Basel 250") || h.endsWith("5 %") ? Block.Align.LEFT
                    : Block.Align.RIGHT).toList();

    /** One table per VaR method of {@code --var-methods}, with the rule that says which dates it is scored on. */
    private static List<Block> methodTables(Evaluation e) {
        EvaluationSettings s = e.settings();
        PortfolioEvaluation pe = e.portfolio();
        var blocks = new ArrayList<Block>();
        blocks.add(new Block.Heading(2, Text.plain("Portfolio VaR by method")));
        blocks.add(new Block.Paragraph(Text.plain(Numbers.percent(s.varLevel(), 1) + " % VaR of each method "
                + "against the realised portfolio log return, with each model's forecasts. A method is scored on an "
                + "as-of date t only when its history can be built from data up to t: historical needs its window of "
                + "daily log returns ending at t; fhs and student-t also need the model's forecast for each of those "
                + "days, made at the previous as-of date of this evaluation, so they start at the (window+1)-th "
                + "as-of date; earlier dates are left out, not filled. "
                + (pe.varMethods().size() > 1 ? "So that the tables compare like with like, every method is scored "
                + "on the common set: for each model, the as-of dates on which every method listed is scored. " : "")
                + "ES backtests at " + Numbers.percent(s.esLevel(), 1) + " %: ES exc = days whose loss exceeds the "
                + Numbers.percent(s.esLevel(), 1) + " % VaR; MF = McNeil–Frey, the mean of (loss − ES)/(σp·√h) on "
                + "those days with a one-sided bootstrap p-value (" + EsBacktest.DEFAULT_BOOTSTRAPS + " resamples); "
                + "Z2 = Acerbi–Szekely's Z2 (negative when ES is too small) with its one-sided p-value simulated "
                + EsBacktest.DEFAULT_SIMULATIONS + " times under the method's own forecast distribution; seed "
                + s.esSeed() + ". dur. b and dur. p: Christoffersen–Pelletier's duration test, the Weibull shape of "
                + "the days between VaR exceptions (1 when they come at random, below 1 when they cluster) and the "
                + "p-value of shape 1 (– with fewer than two exceptions). Pass = p ≥ 0.05; all 5 % = Kupiec, conditional coverage and both ES tests pass "
                + "(an undefined p-value, e.g. MF with fewer than 2 exceedances, does not reject).")));
        for (VarMethodBacktest b : pe.varMethods()) {
            blocks.add(new Block.Heading(3, Text.plain(b.method()
                    + (b.windowDays() == 0 ? "" : " (window " + b.windowDays() + " days)"))));
            var rows = new ArrayList<List<Text>>();
            for (int m = 0; m < pe.models().size(); m++) {
                VarBacktestSummary v = b.backtests()[m];
                int first = b.firstScored(m);
                String from = first < 0 ? "–" : pe.dates().get(first).toString();
                EsBacktest.Result mf = b.mcNeilFrey()[m];
                EsBacktest.Result z2 = b.z2()[m];
                List<String> cells = v == null
                        ? List.of(pe.models().get(m).model(), String.valueOf(b.scoredDays()[m]), from, "–", "–", "–",
                                "–", "–", "–", "–", "–", "n/a", "–", "–", "–", "–", "–", "–", "–")
                        : List.of(pe.models().get(m).model(), String.valueOf(b.scoredDays()[m]), from,
                                v.exceptions() + " / " + Numbers.fixed(v.expectedExceptions(), 1),
                                Numbers.pValue(v.kupiec().pValue()), pass(v.kupiec().pValue()),
                                Numbers.pValue(v.independence().pValue()),
                                Numbers.pValue(v.conditionalCoverage().pValue()),
                                pass(v.conditionalCoverage().pValue()),
                                v.duration() == null ? "–" : Numbers.fixed(v.duration().shape(), 2),
                                v.duration() == null ? "–" : Numbers.pValue(v.duration().test().pValue()),
                                v.trafficLight() == null ? "n/a"
                                        : v.trafficLight().zone().name().toLowerCase(java.util.Locale.ROOT) + " ("
                                        + v.trafficLight().exceptions() + ")",
                                String.valueOf(z2.exceedances()),
                                Double.isNaN(mf.statistic()) ? "–" : Numbers.fixed(mf.statistic(), 3),
                                Double.isNaN(mf.pValue()) ? "n/a" : Numbers.pValue(mf.pValue()),
                                Numbers.fixed(z2.statistic(), 3), Numbers.pValue(z2.pValue()),
                                b.passesEs(m) ? "pass" : "fail", b.passesAll(m) ? "pass" : "fail");
                rows.add(cells.stream().map(Text::plain).toList());
            }
            blocks.add(new Block.Table(METHOD_HEADER, METHOD_ALIGN, rows));
        }
        blocks.add(new Block.Heading(3, Text.plain("Which method passes")));
        blocks.add(new Block.Paragraph(Text.plain("Per model and method: pass when the " + Numbers.percent(s.varLevel(), 1)
                + " % VaR passes Kupiec and conditional coverage and the " + Numbers.percent(s.esLevel(), 1)
                + " % ES passes McNeil–Frey and Z2, each at 5 %; otherwise the tests that reject.")));
        var header = new ArrayList<String>(List.of("method"));
        pe.models().forEach(r -> header.add(r.model()));
        var align = new ArrayList<Block.Align>();
        header.forEach(h -> align.add(Block.Align.LEFT));
        var summary = new ArrayList<List<Text>>();
        for (VarMethodBacktest b : pe.varMethods()) {
            var cells = new ArrayList<Text>(List.of(Text.plain(b.method())));
            for (int m = 0; m < pe.models().size(); m++) {
                cells.add(Text.plain(verdict(b, m)));
            }
            summary.add(cells);
        }
        blocks.add(new Block.Table(header, align, summary));
        return blocks;
    }

    /** "pass", or the tests that reject at 5 % (e.g. "fail: Kupiec, Z2"), or "n/a". */
    private static String verdict(VarMethodBacktest b, int m) {
        VarBacktestSummary v = b.backtests()[m];
        if (v == null) {
            return "n/a";
        }
        var failed = new ArrayList<String>();
        if (!VarMethodBacktest.notRejected(v.kupiec().pValue())) {
            failed.add("Kupiec");
        }
        if (!VarMethodBacktest.notRejected(v.conditionalCoverage().pValue())) {
            failed.add("CC");
        }
        if (!VarMethodBacktest.notRejected(b.mcNeilFrey()[m].pValue())) {
            failed.add("MF");
        }
        if (!VarMethodBacktest.notRejected(b.z2()[m].pValue())) {
            failed.add("Z2");
        }
        return failed.isEmpty() ? "pass" : "fail: " + String.join(", ", failed);
    }

    private static String pass(double p) {
        return p >= VarMethodBacktest.TEST_SIZE ? "pass" : "fail";
    }

    /** {@code pooled.csv}: one row per model, full precision, empty cells for undefined values. */
    public byte[] csv(Evaluation e) {
        CsvOutput csv = CsvOutput.withHeader(CSV_HEADER);
        for (int m = 0; m < e.accuracy().pooled().size(); m++) {
            PooledScore p = e.accuracy().pooled().get(m);
            PortfolioModelResult r = e.portfolio().models().get(m);
            VarBacktestSummary v = r.valueAtRisk();
            PerformanceSummary vt = r.targeting().strategy();
            csv.row(List.of(p.model(), String.valueOf(p.baseline()),
                    String.valueOf(p.observations()), Numbers.exact(p.qlike()), Numbers.exact(p.mseVariance()),
                    Numbers.exact(p.mae()), Numbers.exact(p.rmse()), Numbers.exact(p.meanRSquared()),
                    Numbers.exact(p.meanCorrelation()), Numbers.exact(p.mape()), Numbers.exact(p.directionAccuracy()),
                    stat(p.dmQlike()), pv(p.dmQlike()), stat(p.dmMse()), pv(p.dmMse()),
                    Numbers.exact(r.accuracy().qlike()), stat(r.dmQlike()), pv(r.dmQlike()),
                    String.valueOf(v.days()), String.valueOf(v.exceptions()), Numbers.exact(v.expectedExceptions()),
                    Numbers.exact(v.kupiec().pValue()), Numbers.exact(v.independence().pValue()),
                    Numbers.exact(v.conditionalCoverage().pValue()),
                    v.trafficLight() == null ? "" : String.valueOf(v.trafficLight().exceptions()),
                    v.trafficLight() == null ? "" : v.trafficLight().zone().name(),
                    Numbers.exact(vt.cumulativeReturn()), Numbers.exact(vt.annualisedVolatility()),
                    Numbers.exact(vt.sharpeRatio()), Numbers.exact(vt.maxDrawdown()),
                    Numbers.exact(r.targeting().meanExposure())));
        }
        return csv.utf8();
    }

    /** The data policy, the calendar treatment and the counts, in words (see evaluation.json data.quality). */
    static String dataNote(Evaluation e) {
        EvaluationData d = e.data();
        var sb = new StringBuilder("Data: ").append(d.policy().describe()).append(". ");
        if (d.severalCalendars() || d.policy().calendars() != org.lstmrisk.io.DataPolicy.Calendars.SEPARATE) {
            sb.append(EvaluationJson.calendarTreatment(d.policy().calendars())).append(". Dates lacked: ")
                    .append(String.join(", ", d.coverage().stream().filter(c -> c.filledValues() > 0)
                            .map(c -> c.ticker() + " " + c.filledValues()).toList())).append(". ");
        }
        int nullRows = d.coverage().stream().mapToInt(org.lstmrisk.io.TickerCoverage::nullRows).sum();
        int dropped = d.coverage().stream().mapToInt(org.lstmrisk.io.TickerCoverage::droppedSuspensions).sum();
        int kept = d.coverage().stream().mapToInt(org.lstmrisk.io.TickerCoverage::keptSuspensions).sum();
        if (nullRows + dropped + kept > 0) {
            sb.append("Null rows skipped ").append(nullRows).append(", suspension rows dropped ").append(dropped)
                    .append(", kept ").append(kept).append(". ");
        }
        sb.append(d.jumps().size()).append(" suspect jump(s)")
                .append(d.excludeJumps() ? ", their days left out of the scores" : ", kept and scored").append('.');
        sb.append(" Details in evaluation.json data.quality.");
        return sb.toString();
    }

    private static String reasons(ScoredDays scored) {
        int zeroRealised = 0;
        int zeroForecast = 0;
        int notTraded = 0;
        int jumps = 0;
        for (int i = 0; i < scored.zeroRealised().length; i++) {
            zeroRealised += scored.zeroRealised()[i];
            zeroForecast += scored.zeroForecast()[i];
            notTraded += scored.notTraded()[i];
            jumps += scored.suspectJumps()[i];
        }
        var parts = new java.util.ArrayList<String>();
        if (notTraded > 0) {
            parts.add(notTraded + ": " + ScoredDays.NOT_TRADED_REASON);
        }
        if (jumps > 0) {
            parts.add(jumps + ": " + ScoredDays.SUSPECT_JUMP_REASON);
        }
        if (zeroRealised > 0) {
            parts.add(zeroRealised + ": " + ScoredDays.ZERO_REALISED_REASON);
        }
        if (zeroForecast > 0) {
            parts.add(zeroForecast + ": " + ScoredDays.ZERO_FORECAST_REASON);
        }
        return String.join("; ", parts);
    }

    private static String window(EvaluationSettings s) {
        return s.window() == org.lstmrisk.core.forecast.WalkForwardWindow.EXPANDING ? "an expanding window"
                : "a rolling " + s.rollingWindowDays() + "-price window";
    }

    private static String dm(DieboldMarianoResult d) {
        return d == null ? "–" : Numbers.fixed(d.statistic(), 2) + " (" + Numbers.pValue(d.pValue()) + ")";
    }

    private static String stat(DieboldMarianoResult d) {
        return d == null ? "" : Numbers.exact(d.statistic());
    }

    private static String pv(DieboldMarianoResult d) {
        return d == null ? "" : Numbers.exact(d.pValue());
    }

    /** "correlation" for the sample estimator, else the estimator's name with it ("shrinkage correlation"). */
    private static String correlationWords(EvaluationSettings s, Evaluation e) {
        String name = s.correlationEstimatorFor(e.span().tickers().size()).name();
        return name.equals("sample") ? "correlation" : name + " correlation";
    }

    /** The minimum-variance backtest of {@code --min-variance}: one row per model. */
    private static List<Block> minimumVarianceTable(Evaluation e) {
        EvaluationSettings s = e.settings();
        List<MinimumVarianceResult> results = e.portfolio().minimumVariance();
        var blocks = new ArrayList<Block>();
        blocks.add(new Block.Heading(2, Text.plain("Minimum-variance portfolio")));
        blocks.add(new Block.Paragraph(Text.plain("At each as-of date, each model's fully invested minimum-variance "
                + "portfolio of Σ = D·ρ·D (shorts allowed; D its forecasts, ρ the " + s.correlationWindowDays()
                + "-day " + correlationWords(s, e) + "), held over the horizon. Weights chosen on the estimate load "
                + "on the directions it thinks safest, so an estimate that is noisy there under-predicts the risk: "
                + "realised / predicted above 1. Volatilities annualised (√" + TradingCalendar.DAYS_PER_YEAR
                + "); " + Numbers.percent(s.varLevel(), 1) + " % normal VaR against the portfolio's realised log "
                + "return. " + results.get(0).singularDays() + " as-of dates had a singular ρ (no such portfolio; "
                + "not scored).")));
        var header = List.of("model", "days", "realised vol %", "predicted vol %", "realised / predicted",
                "VaR exc / exp", "Kupiec p", "Kupiec 5 %", "Chr. CC p", "CC 5 %");
        var align = header.stream().map(h -> h.equals("model") || h.endsWith("5 %") ? Block.Align.LEFT
                : Block.Align.RIGHT).toList();
        double year = Math.sqrt(TradingCalendar.DAYS_PER_YEAR);
        var rows = new ArrayList<List<Text>>();
        for (MinimumVarianceResult r : results) {
            VarBacktestSummary v = r.var();
            List<String> cells = v == null
                    ? List.of(r.model(), String.valueOf(r.days()), "–", "–", "–", "–", "–", "–", "–", "–")
                    : List.of(r.model(), String.valueOf(r.days()),
                            Numbers.percent(r.realisedVolatility() * year, 2),
                            Numbers.percent(r.predictedVolatility() * year, 2), Numbers.fixed(r.ratio(), 3),
                            v.exceptions() + " / " + Numbers.fixed(v.expectedExceptions(), 1),
                            Numbers.pValue(v.kupiec().pValue()), pass(v.kupiec().pValue()),
                            Numbers.pValue(v.conditionalCoverage().pValue()), pass(v.conditionalCoverage().pValue()));
            rows.add(cells.stream().map(Text::plain).toList());
        }
        blocks.add(new Block.Table(header, align, rows));
        return blocks;
    }
}
