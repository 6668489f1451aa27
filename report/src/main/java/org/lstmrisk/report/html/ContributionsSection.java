package org.lstmrisk.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lstmrisk.core.TradingCalendar;
import org.lstmrisk.report.RiskReport;
import org.lstmrisk.portfolio.RiskContribution;

/**
 * Where the risk comes from: the bar chart of each position's share of σp, largest first, beside the positions
 * table (weight, forecast volatility, component, share). This class is immutable and thread-safe.
 */
final class ContributionsSection {

    private final ContributionChart chart;

    /** A section that draws with {@code chart}. */
    ContributionsSection(ContributionChart chart) {
        this.chart = chart;
    }

    /** The positions of {@code report}, largest share of risk first (ties in report order). */
    static List<PositionRow> positions(RiskReport report) {
        double[] sigma = report.volatilities();
        List<RiskContribution> cs = report.risk().contributions();
        var rows = new ArrayList<PositionRow>();
        for (int i = 0; i < cs.size(); i++) {
            RiskContribution c = cs.get(i);
            rows.add(new PositionRow(c.ticker(), c.weight(), sigma[i], c.component(), c.share()));
        }
        rows.sort(Comparator.comparingDouble(PositionRow::share).reversed());
        return rows;
    }

    /** Above this many positions the chart and the table show the largest contributors and a summary of the rest. */
    static final int MAX_ROWS = 50;

    /** The tickers shown by name in a large book: the {@code limit} largest shares of σp, largest first. */
    static List<String> topContributors(RiskReport report, int limit) {
        return positions(report).stream().limit(limit).map(PositionRow::ticker).toList();
    }

    /** The section body. */
    String render(RiskReport report) {
        List<PositionRow> all = positions(report);
        List<PositionRow> rows = all.size() > MAX_ROWS ? all.subList(0, MAX_ROWS) : all;
        StringBuilder sb = new StringBuilder("<div class=\"split\">\n<div>")
                .append(chart.render(rows, 560, "chart-contributions")).append("</div>\n<div>\n");
        sb.append("<table id=\"positions\"><thead><tr><th>Ticker</th><th class=\"num\">Weight %</th>"
                + "<th class=\"num\">Vol / day %</th><th class=\"num\">Vol / year %</th>"
                + "<th class=\"num\">Component %</th><th class=\"num\">Share %</th></tr></thead>\n<tbody>\n");
        for (PositionRow r : rows) {
            sb.append("<tr data-ticker=\"").append(HtmlText.escape(r.ticker())).append("\"><td>")
                    .append(HtmlText.escape(r.ticker())).append("</td>")
                    .append("<td class=\"num\">").append(Html.number(100 * r.weight(), 2)).append("</td>")
                    .append("<td class=\"num\">").append(Html.number(100 * r.volatility(), 3)).append("</td>")
                    .append("<td class=\"num\">")
                    .append(Html.number(100 * r.volatility() * TradingCalendar.SQRT_DAYS_PER_YEAR, 1)).append("</td>")
                    .append("<td class=\"num\">").append(Html.number(100 * r.component(), 4)).append("</td>")
                    .append("<td class=\"num\">").append(Html.number(100 * r.share(), 2)).append("</td></tr>\n");
        }
        if (rows.size() < all.size()) {
            double weight = 0;
            double component = 0;
            double share = 0;
            for (PositionRow r : all.subList(rows.size(), all.size())) {
                weight += r.weight();
                component += r.component();
                share += r.share();
            }
            sb.append("<tr class=\"rest\" data-key=\"rest\"><td>").append(all.size() - rows.size())
                    .append(" more</td><td class=\"num\">").append(Html.number(100 * weight, 2))
                    .append("</td><td></td><td></td><td class=\"num\">").append(Html.number(100 * component, 4))
                    .append("</td><td class=\"num\">").append(Html.number(100 * share, 2)).append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");
        if (rows.size() < all.size()) {
            sb.append("<p class=\"explain\">The ").append(rows.size()).append(" largest of ").append(all.size())
                    .append(" positions by share of σp; the last row sums the others. Every position is in "
                            + "report.json and forecasts.csv.</p>\n");
        }
        return sb.append("</div>\n</div>\n").toString();
    }
}
