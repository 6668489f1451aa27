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

    /** Above this many positions the heat map shows the largest contributors to σp only. */
    static final int MAX_HEATMAP_NAMES = 50;

    /** The section body. */
    String render(RiskReport report) {
        List<String> tickers = report.universe().tickers();
        var matrix = report.correlation().matrix();
        int size = matrix.size();
        double[][] rho = new double[size][];
        for (int i = 0; i < size; i++) {
            double[] row = new double[size];
            for (int j = 0; j < size; j++) {
                row[j] = matrix.get(i, j);
            }
            rho[i] = row;
        }
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
        var estimator = report.correlation().estimator();
        sb.append(estimator.isSample() ? "Pearson correlation" : HtmlText.escape(estimator.describe()) + ", from the "
                        + "Pearson correlation").append(" of daily log returns over the ").append(report.correlationWindowDays())
                .append(" days ending ").append(report.asOf()).append(report.correlation().repaired()
                        ? ", repaired to be positive semi-definite" : "").append(".");
        List<String> shown = tickers;
        double[][] shownRho = rho;
        if (n > MAX_HEATMAP_NAMES) {
            shown = ContributionsSection.topContributors(report, MAX_HEATMAP_NAMES);
            int[] index = shown.stream().mapToInt(tickers::indexOf).toArray();
            shownRho = new double[index.length][index.length];
            for (int a = 0; a < index.length; a++) {
                for (int b = 0; b < index.length; b++) {
                    shownRho[a][b] = rho[index[a]][index[b]];
                }
            }
            sb.append(" The map shows the ").append(index.length).append(" largest contributors to σp of ").append(n)
                    .append(" positions, largest first; report.json has the largest correlations of all pairs (the "
                            + "whole matrix with --full-correlation).");
        }
        sb.append("</p>\n");
        sb.append("<div class=\"heat\">").append(heatmap.render(shown, shownRho, "chart-correlation")).append("</div>\n");
        return sb.toString();
    }

    private static String pair(List<String> tickers, double[][] rho, int i, int j) {
        return HtmlText.escape(tickers.get(i)) + "–" + HtmlText.escape(tickers.get(j)) + " " + Html.number(rho[i][j], 2);
    }
}
