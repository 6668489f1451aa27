package org.lstmrisk.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.lstmrisk.io.CsvOutput;
import org.lstmrisk.evaluation.stats.DieboldMarianoResult;
import org.lstmrisk.evaluation.stats.PerformanceSummary;

/**
 * The pooled table, one row per model: pooled accuracy of the per-ticker forecasts, Diebold–Mariano against the best
 * baseline, the portfolio VaR backtests and the volatility-targeting results. As Markdown for people
 * ({@code pooled.md}, rounded) and CSV for machines ({@code pooled.csv}, full precision). This class is immutable and
 * thread-safe.
 */
public final class PooledTable {

    private static final List<String> CSV_HEADER = List.of("model", "baseline", "observations", "qlike",
            "mse_variance", "mae", "rmse", "mean_r2", "mean_r", "mape", "direction", "dm_qlike", "dm_qlike_p",
            "dm_mse", "dm_mse_p", "portfolio_qlike", "portfolio_dm_qlike", "portfolio_dm_qlike_p", "var_days",
            "var_exceptions", "var_expected", "kupiec_p", "christoffersen_ind_p", "christoffersen_cc_p",
            "basel_exceptions_250", "basel_zone", "vt_cumulative_return", "vt_volatility_annualised", "vt_sharpe",
            "vt_max_drawdown", "vt_mean_exposure");

    /** {@code pooled.md}: the table, the buy-and-hold line and the notes that make it readable on its own. */
    public byte[] markdown(Evaluation e) {
        var sb = new StringBuilder();
        EvaluationSettings s = e.settings();
        sb.append("# Out-of-sample evaluation\n\n");
        sb.append("Forecasts made at the close of ").append(e.span().firstAsOf()).append(" … ")
                .append(e.span().lastAsOf()).append(" (").append(e.forecasts().days()).append(" days), horizon ")
                .append(s.horizonDays()).append(" day(s), refit every ").append(s.refitEveryDays()).append(" days on ")
                .append(window(s)).append(", target ").append(s.target()).append(". ")
                .append(e.span().tickers().size()).append(" tickers, equally weighted");
        if (!e.span().excluded().isEmpty()) {
            sb.append(" (excluded: ");
            sb.append(String.join(", ", e.span().excluded().stream().map(x -> x.ticker()).toList()));
            sb.append(")");
        }
        sb.append(". Best baseline (lowest pooled QLIKE): **")
                .append(e.accuracy().bestBaseline() == null ? "none" : e.accuracy().bestBaseline()).append("**.\n\n");
        sb.append("| model | QLIKE | MSE var | MAE % | RMSE % | R² | R | MAPE % | dir % | DM QLIKE (p) | DM MSE (p) "
                + "| port. QLIKE | port. DM (p) | VaR exc / exp | Kupiec p | Chr. ind p | Chr. CC p | Basel 250 "
                + "| VT vol % | VT Sharpe | VT maxDD % |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|\n");
        for (int m = 0; m < e.accuracy().pooled().size(); m++) {
            PooledScore p = e.accuracy().pooled().get(m);
            PortfolioModelResult r = e.portfolio().models().get(m);
            VarBacktestSummary v = r.valueAtRisk();
            PerformanceSummary vt = r.targeting().strategy();
            sb.append("| ").append(p.model()).append(p.model().equals(e.accuracy().bestBaseline()) ? " *" : "")
                    .append(" | ").append(Numbers.fixed(p.qlike(), 4))
                    .append(" | ").append(Numbers.scientific(p.mseVariance()))
                    .append(" | ").append(Numbers.percent(p.mae(), 3))
                    .append(" | ").append(Numbers.percent(p.rmse(), 3))
                    .append(" | ").append(Numbers.fixed(p.meanRSquared(), 3))
                    .append(" | ").append(Numbers.fixed(p.meanCorrelation(), 3))
                    .append(" | ").append(Numbers.percent(p.mape(), 1))
                    .append(" | ").append(Numbers.percent(p.directionAccuracy(), 1))
                    .append(" | ").append(dm(p.dmQlike()))
                    .append(" | ").append(dm(p.dmMse()))
                    .append(" | ").append(Numbers.fixed(r.accuracy().qlike(), 4))
                    .append(" | ").append(dm(r.dmQlike()))
                    .append(" | ").append(v.exceptions()).append(" / ").append(Numbers.fixed(v.expectedExceptions(), 1))
                    .append(" | ").append(Numbers.pValue(v.kupiec().pValue()))
                    .append(" | ").append(Numbers.pValue(v.independence().pValue()))
                    .append(" | ").append(Numbers.pValue(v.conditionalCoverage().pValue()))
                    .append(" | ").append(v.trafficLight() == null ? "n/a"
                            : v.trafficLight().zone().name().toLowerCase(java.util.Locale.ROOT) + " ("
                            + v.trafficLight().exceptions() + ")")
                    .append(" | ").append(Numbers.percent(vt.annualisedVolatility(), 2))
                    .append(" | ").append(Numbers.fixed(vt.sharpeRatio(), 2))
                    .append(" | ").append(Numbers.percent(vt.maxDrawdown(), 1))
                    .append(" |\n");
        }
        PerformanceSummary bh = e.portfolio().buyAndHold();
        sb.append("\nBuy-and-hold (same portfolio, fully invested): volatility ")
                .append(Numbers.percent(bh.annualisedVolatility(), 2)).append(" % a year, Sharpe ")
                .append(Numbers.fixed(bh.sharpeRatio(), 2)).append(", max drawdown ")
                .append(Numbers.percent(bh.maxDrawdown(), 1)).append(" %, cumulative return ")
                .append(Numbers.percent(bh.cumulativeReturn(), 1)).append(" %. Volatility target ")
                .append(Numbers.percent(s.volTargetAnnualised(), 1)).append(" % a year, exposure capped at ")
                .append(Numbers.fixed(s.maxExposure(), 2)).append(", no costs, cash earns 0.\n\n");
        sb.append("Notes: QLIKE and MSE on daily variance, pooled over ").append(e.accuracy().pooled().get(0).observations())
                .append(" ticker-days; MAE, RMSE, MAPE on daily volatility; R² and R are means of the per-ticker values. ")
                .append("DM: Diebold–Mariano (HLN-corrected, Newey–West lag ")
                .append(e.dm().lag(e.accuracy().pooledDays())).append(") of the daily cross-sectional mean loss ")
                .append("against the best baseline (*); negative = lower loss than the baseline. ")
                .append("Portfolio columns: σp from each model's forecasts and the trailing ")
                .append(s.correlationWindowDays()).append("-day correlation, ")
                .append(Numbers.percent(s.varLevel(), 1)).append(" % normal VaR against the realised portfolio log return. ")
                .append(e.scored().totalExcluded()).append(" of ")
                .append(e.forecasts().days() * e.span().tickers().size())
                .append(" ticker-days were not scored")
                .append(e.scored().totalExcluded() == 0 ? "" : " (" + reasons(e.scored()) + ")").append(".\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
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

    private static String reasons(ScoredDays scored) {
        int zeroRealised = 0;
        int zeroForecast = 0;
        for (int i = 0; i < scored.zeroRealised().length; i++) {
            zeroRealised += scored.zeroRealised()[i];
            zeroForecast += scored.zeroForecast()[i];
        }
        var parts = new java.util.ArrayList<String>();
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
}
