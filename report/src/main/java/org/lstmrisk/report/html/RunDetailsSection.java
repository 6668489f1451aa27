package org.lstmrisk.report.html;

import java.util.Locale;
import java.util.stream.Collectors;
import org.lstmrisk.report.RiskReport;
import org.lstmrisk.report.VarMethodText;
import org.lstmrisk.io.TickerCoverage;
import org.lstmrisk.portfolio.CorrelationEstimate;
import org.lstmrisk.portfolio.PortfolioRisk;

/**
 * The facts of the run beside the headline figures: as-of date, model, horizon, positions, weights, data source
 * and fingerprint, the correlation window and whether it was repaired, excluded tickers and filled prices.
 * This class is immutable and thread-safe.
 */
final class RunDetailsSection {

    /** The definition list's HTML. */
    String render(RiskReport report, String historyNote) {
        PortfolioRisk risk = report.risk();
        CorrelationEstimate ce = report.correlation();
        StringBuilder sb = new StringBuilder("<dl class=\"facts\" id=\"run-details\">\n");
        fact(sb, "As of", "<span data-key=\"asOf\">" + report.asOf() + "</span> (close); nothing after it was read");
        fact(sb, "Model", "<span data-key=\"model\">" + HtmlText.escape(report.model()) + "</span>, horizon "
                + HeadlineSection.days(report.horizonDays()) + "; history charts: models " + HtmlText.escape(historyNote));
        fact(sb, "VaR method", "<span data-key=\"varMethod\">" + HtmlText.escape(report.var().method())
                + "</span><span data-key=\"varWindowDays\" data-value=\"" + report.var().windowDays() + "\"></span>"
                + HtmlText.escape(VarMethodText.describe(report.var()).substring(report.var().method().length())));
        fact(sb, "Positions", report.universe().tickers().size() + ", weights "
                + HtmlText.escape(report.universe().weightsSource()));
        fact(sb, "Weights", "sum " + Html.number(risk.weightSum(), 4) + ", gross " + Html.number(risk.grossWeight(), 4));
        fact(sb, "Data", HtmlText.escape(report.data().source()) + ", " + report.data().firstDate() + " to "
                + report.data().lastDate());
        fact(sb, "Fingerprint", "<code>" + HtmlText.escape(report.data().fingerprint()) + "</code>");
        String correlation = report.correlationWindowDays() + "-day window ending " + report.asOf() + "; "
                + (ce.estimator().isSample() ? "" : HtmlText.escape(ce.estimator().describe()) + "; ");
        if (ce.repaired()) {
            correlation += "<strong>repaired</strong> to the nearest positive semi-definite matrix (" + HtmlText.escape(ce.repairMethod())
                    + "; smallest eigenvalue was " + String.format(Locale.ROOT, "%.2e", ce.minEigenvalueBefore())
                    + ", Frobenius distance " + String.format(Locale.ROOT, "%.2e", ce.repairFrobeniusDistance()) + ")";
        } else {
            correlation += "positive semi-definite, no repair";
        }
        fact(sb, "Correlation", correlation);
        String excluded = report.universe().excluded().isEmpty() ? "none"
                : report.universe().excluded().stream()
                        .map(e -> "<strong>" + HtmlText.escape(e.ticker()) + "</strong>: " + HtmlText.escape(e.reason()))
                        .collect(Collectors.joining("; "));
        fact(sb, "Excluded", excluded);
        int filled = report.data().coverage().stream().mapToInt(TickerCoverage::filledValues).sum();
        var quality = org.lstmrisk.report.DataQualityText.lines(report.data());
        if (quality.isEmpty()) {
            fact(sb, "Gaps", filled == 0 ? "no prices forward-filled"
                    : filled + " missing prices forward-filled (see report.json data.coverage)");
        } else {
            fact(sb, "Data quality", "<ul id=\"data-quality\">" + quality.stream()
                    .map(line -> "<li>" + HtmlText.escape(line) + "</li>").collect(Collectors.joining())
                    + "</ul>(see report.json data.quality and data.coverage)");
        }
        return sb.append("</dl>\n").toString();
    }

    private static void fact(StringBuilder sb, String term, String html) {
        sb.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
    }
}
