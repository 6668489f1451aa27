package org.lstmrisk.report.html;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lstmrisk.portfolio.limits.LimitResult;
import org.lstmrisk.portfolio.limits.LimitStatus;

/**
 * The limits table: one row per result in limits-file order, coloured by status (OK, WARN, BREACH), with the value,
 * thresholds and utilisation in percent and what drove each breach; and the overall status shown in the page's
 * header. Without limits it says so. This class is immutable and thread-safe.
 */
final class LimitsSection {

    /** The overall status: the worst result (BREACH, then WARN, then OK), or {@code null} when there are none. */
    static LimitStatus worst(List<LimitResult> results) {
        LimitStatus worst = null;
        for (LimitResult r : results) {
            if (worst == null || rank(r.status()) > rank(worst)) {
                worst = r.status();
            }
        }
        return worst;
    }

    private static int rank(LimitStatus status) {
        return switch (status) {
            case OK -> 0;
            case WARN -> 1;
            case BREACH -> 2;
        };
    }

    /** The header badge: overall status and counts. */
    String badge(List<LimitResult> results) {
        LimitStatus worst = worst(results);
        if (worst == null) {
            return "<span class=\"badge none\" data-key=\"limitStatus\" data-value=\"NONE\">No limits checked</span>";
        }
        long hard = results.stream().filter(LimitResult::isHardBreach).count();
        long breaches = count(results, LimitStatus.BREACH);
        long warnings = count(results, LimitStatus.WARN);
        String text = switch (worst) {
            case BREACH -> hard > 0 ? plural(hard, "hard limit breach", "hard limit breaches")
                    + (breaches > hard ? " + " + (breaches - hard) + " soft" : "")
                    : plural(breaches, "soft limit breach", "soft limit breaches");
            case WARN -> plural(warnings, "limit warning", "limit warnings");
            case OK -> "All " + results.size() + " limits OK";
        };
        return "<span class=\"badge " + cssClass(worst) + "\" data-key=\"limitStatus\" data-value=\"" + worst + "\">"
                + HtmlText.escape(text) + "</span>";
    }

    /** The section body. */
    String render(List<LimitResult> results) {
        if (results.isEmpty()) {
            return "<p class=\"note-box\" id=\"limits-table\">No limits were checked: the run had no limits file "
                    + "(<code>--limits FILE</code>), or none of its limits applies on this date.</p>\n";
        }
        long breaches = count(results, LimitStatus.BREACH);
        long hard = results.stream().filter(LimitResult::isHardBreach).count();
        long warnings = count(results, LimitStatus.WARN);
        StringBuilder sb = new StringBuilder();
        sb.append("<p class=\"explain\">").append(results.size()).append(" results: ")
                .append(plural(breaches, "breach", "breaches")).append(" (").append(hard).append(" hard), ")
                .append(plural(warnings, "warning", "warnings"))
                .append(". Values, thresholds and limits in percent (every metric is a fraction); "
                        + "WARN from the warn threshold, BREACH above the limit; a hard breach makes the run exit 3.</p>\n");
        sb.append("<table id=\"limits-table\"><thead><tr><th>Limit</th><th>Metric</th><th class=\"num\">Value %</th>"
                + "<th class=\"num\">Warn at %</th><th class=\"num\">Limit %</th><th class=\"num\">Used</th><th>Status</th>"
                + "<th>Kind</th><th>Driven by</th></tr></thead>\n<tbody>\n");
        for (LimitResult r : results) {
            String css = cssClass(r.status());
            double used = Math.max(0, Math.min(1, r.utilisation()));
            sb.append("<tr class=\"").append(css).append("\" data-limit=\"").append(HtmlText.escape(r.name()))
                    .append("\" data-status=\"").append(r.status()).append("\">")
                    .append("<td>").append(HtmlText.escape(r.name())).append("</td>")
                    .append("<td><code>").append(HtmlText.escape(r.metric().configName())).append("</code></td>")
                    .append("<td class=\"num\">").append(Html.number(100 * r.value(), 3)).append("</td>")
                    .append("<td class=\"num\">").append(Html.number(100 * r.warnThreshold(), 3)).append("</td>")
                    .append("<td class=\"num\">").append(Html.number(100 * r.limit(), 3)).append("</td>")
                    .append("<td class=\"num\">").append(Html.number(100 * r.utilisation(), 1)).append(" %")
                    .append("<span class=\"use\"><span style=\"width:")
                    .append(String.format(Locale.ROOT, "%.1f", 100 * used)).append("%\"></span></span></td>")
                    .append("<td><span class=\"status ").append(css).append("\">").append(r.status()).append("</span></td>")
                    .append("<td>").append(r.hard() ? "hard" : "soft").append("</td>")
                    .append("<td>").append(drivers(r)).append("</td></tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    private static String drivers(LimitResult r) {
        return r.drivers().stream()
                .map(d -> HtmlText.escape(d.ticker()) + " (" + Html.number(100 * d.share(), 1) + " % of risk)")
                .collect(Collectors.joining(", "));
    }

    private static long count(List<LimitResult> results, LimitStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String cssClass(LimitStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
