package org.lstmrisk.report.html;

import java.util.List;
import org.lstmrisk.report.RiskReport;

/**
 * The correlation section: the heat map of ρ at the as-of date and a one-line summary (average pairwise
 * correlation, the most and least correlated pairs). This class is immutable and thread-safe.
 */
final class CorrelationSection {

    private final CorrelationHeatmap heatmap;

    /** A section drawn with {@code heatmap}. */
    CorrelationSection(CorrelationHeatmap heatmap) {
        this.heatmap = heatmap;
    }

    /** The section body. */
    String render(RiskReport report) {
        List<String> tickers = report.universe().tickers();
        double[][] rho = report.correlation().matrix().values();
        StringBuilder sb = new StringBuilder("<p class=\"explain\">");
        int n = tickers.size();
        if (n > 1) {
            double sum = 0;
            int hi1 = 0, hi2 = 1, lo1 = 0, lo2 = 1;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    sum += rho[i][j];
                    if (rho[i][j] > rho[hi1][hi2]) {
                        hi1 = i;
                        hi2 = j;
                    }
                    if (rho[i][j] < rho[lo1][lo2]) {
                        lo1 = i;
                        lo2 = j;
                    }
                }
            }
            sb.append("Average pairwise correlation ").append(Html.number(sum / (n * (n - 1) / 2.0), 2))
                    .append("; highest ").append(pair(tickers, rho, hi1, hi2))
                    .append("; lowest ").append(pair(tickers, rho, lo1, lo2)).append(". ");
        }
        sb.append("Pearson correlation of daily log returns over the ").append(report.correlationWindowDays())
                .append(" days ending ").append(report.asOf()).append(report.correlation().repaired()
                        ? ", repaired to be positive semi-definite" : "").append(".</p>\n");
        sb.append("<div class=\"heat\">").append(heatmap.render(tickers, rho, "chart-correlation")).append("</div>\n");
        return sb.toString();
    }

    private static String pair(List<String> tickers, double[][] rho, int i, int j) {
        return HtmlText.escape(tickers.get(i)) + "–" + HtmlText.escape(tickers.get(j)) + " " + Html.number(rho[i][j], 2);
    }
}
