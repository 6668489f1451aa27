package org.lstmrisk.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lstmrisk.io.ExcludedTicker;
import org.lstmrisk.io.TickerCoverage;
import org.lstmrisk.portfolio.PortfolioRisk;
import org.lstmrisk.portfolio.RiskContribution;

/**
 * The readable summary of a run printed on stdout: headline figures in percent, the positions sorted by
 * risk share (the first {@value #MAX_POSITION_ROWS}, then the rest summed), and notes on excluded tickers, filled data and correlation repair. This class is immutable
 * and thread-safe.
 */
public final class ConsoleSummary {

    /** Positions listed one per line, largest risk share first; a larger book sums the rest in one line. */
    static final int MAX_POSITION_ROWS = 50;

    private final LimitsTable limitsTable;

    /** A summary that renders limits with {@code limitsTable}. */
    public ConsoleSummary(LimitsTable limitsTable) {
        this.limitsTable = limitsTable;
    }

    /** The summary text for {@code report}, written to {@code reportDir}. */
    public String render(RiskReport report, Path reportDir) {
        PortfolioRisk risk = report.risk();
        StringBuilder sb = new StringBuilder();
        f(sb, "lstm-risk  as of %s  model %s  horizon %d day%s  %d positions  data %s%n",
                report.asOf(), report.model(), report.horizonDays(), report.horizonDays() == 1 ? "" : "s",
                report.universe().tickers().size(), report.data().source());
        f(sb, "%n  portfolio volatility   %7.3f %% a day   %7.2f %% annualised%n",
                100 * risk.volatility(), 100 * risk.volatilityAnnualized());
        risk.valueAtRisk().forEach((level, v) ->
                f(sb, "  VaR %-5s              %7.3f %% of value over %d day%s%n", pct(level), 100 * v,
                        report.horizonDays(), report.horizonDays() == 1 ? "" : "s"));
        risk.expectedShortfall().forEach((level, v) ->
                f(sb, "  ES  %-5s              %7.3f %% of value%n", pct(level), 100 * v));
        if (!report.var().method().equals("normal")) {
            f(sb, "  VaR method             %s%n", VarMethodText.describe(report.var()));
        }
        f(sb, "  weights                sum %.4f, gross %.4f (%s)%n", risk.weightSum(), risk.grossWeight(),
                report.universe().weightsSource());
        f(sb, "  correlation            %d-day window ending %s, %s%n", report.correlationWindowDays(), report.asOf(),
                (report.correlation().estimator().isSample() ? ""
                        : report.correlation().estimator().describe() + ", ")
                + (report.correlation().repaired()
                        ? "repaired to PSD (" + report.correlation().repairMethod() + ", min eigenvalue was "
                        + String.format(Locale.ROOT, "%.2e", report.correlation().minEigenvalueBefore()) + ")"
                        : "positive semi-definite, no repair"));

        f(sb, "%n  %-8s %8s %10s %12s %8s%n", "ticker", "weight", "vol/day %", "component %", "share %");
        double[] sigma = report.volatilities();
        List<RiskContribution> cs = risk.contributions();
        Integer[] order = new Integer[cs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(cs.get(b).share(), cs.get(a).share()));
        int shown = Math.min(order.length, MAX_POSITION_ROWS);
        double restShare = 0.0;
        double restComponent = 0.0;
        for (int k = 0; k < order.length; k++) {
            RiskContribution c = cs.get(order[k]);
            if (k < shown) {
                f(sb, "  %-8s %8.4f %10.3f %12.4f %8.2f%n", c.ticker(), c.weight(), 100 * sigma[order[k]],
                        100 * c.component(), 100 * c.share());
            } else {
                restShare += c.share();
                restComponent += c.component();
            }
        }
        if (shown < order.length) {
            f(sb, "  %-8s %8s %10s %12.4f %8.2f   the other %d positions, each in report.json and forecasts.csv%n",
                    "others", "", "", 100 * restComponent, 100 * restShare, order.length - shown);
        }
        for (ExcludedTicker e : report.universe().excluded()) {
            f(sb, "%n  excluded %s: %s", e.ticker(), e.reason());
        }
        if (!report.universe().excluded().isEmpty()) {
            sb.append(System.lineSeparator());
        }
        sb.append(limitsTable.render(report.limits()));
        for (String warning : report.warnings()) {
            f(sb, "  warning: %s%n", warning);
        }
        int filled = report.data().coverage().stream().mapToInt(TickerCoverage::filledValues).sum();
        List<String> quality = DataQualityText.lines(report.data());
        if (!quality.isEmpty()) {
            f(sb, "%n  data (see report.json data.quality and data.coverage):%n");
            for (String line : quality) {
                f(sb, "    %s%n", line);
            }
        } else if (filled > 0) {
            f(sb, "%n  data: %d missing prices forward-filled (see report.json data.coverage)%n", filled);
        }
        f(sb, "%n  written: %s%n", reportDir);
        return sb.toString();
    }

    private static String pct(double level) {
        return String.format(Locale.ROOT, "%s%%", trim(100 * level));
    }

    private static String trim(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    private static void f(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args));
    }
}
