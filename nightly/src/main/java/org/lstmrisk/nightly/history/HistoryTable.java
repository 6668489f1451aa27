package org.lstmrisk.nightly.history;

import org.lstmrisk.io.Fingerprints;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lstmrisk.portfolio.limits.LimitStatus;
import org.lstmrisk.report.json.JsonFormat;
import org.lstmrisk.report.json.ReportDocument;

/**
 * The history as a table for a terminal: runs (figures in percent), the limits-file changes, and the selected
 * limit results, each breach with its reviews or "not reviewed". This class is immutable and thread-safe.
 */
final class HistoryTable {

    private static final TypeReference<List<ReportDocument.Driver>> DRIVERS = new TypeReference<>() { };

    static String render(HistoryView view) {
        StringBuilder sb = new StringBuilder();
        List<RunRow> runs = view.runs();
        f(sb, "history %s: %d run%s%s%n", view.location(), runs.size(), runs.size() == 1 ? "" : "s", describe(view.filter()));
        if (runs.isEmpty()) {
            return sb.toString();
        }
        int idWidth = Math.max(6, runs.stream().mapToInt(r -> r.runId().length()).max().orElse(0));
        String row = "  %-10s  %-" + idWidth + "s  %-11s %9s %8s %5s %7s %5s  %-8s %4s  %s%n";
        f(sb, "%n" + row, "as-of", "run", "model", "vol/day %", "VaR99 %", "warn", "breach", "hard", "limits", "exit",
                "finished (UTC)");
        for (RunRow r : runs) {
            f(sb, row, r.asOf(), r.runId(), r.model(), pct(r.figures().volatility(), 4), pct(r.figures().var99(), 4),
                    r.counts().warnings(), r.counts().breaches(), r.counts().hardBreaches(),
                    Fingerprints.shortForm(r.inputs().limitsFingerprint(), 8), r.exitCode(), r.finishedAt());
        }
        List<RunRow> changes = runs.stream().filter(r -> r.limitsChange() != null).toList();
        if (!changes.isEmpty()) {
            f(sb, "%n  limits files%n");
            for (RunRow r : changes) {
                f(sb, "  %-" + idWidth + "s  %s%s%n", r.runId(), r.limitsChange().describe(),
                        r.inputs().limitsSource() == null ? "" : "  " + r.inputs().limitsSource());
            }
        }
        if (view.filter().selectsResults()) {
            List<LimitResultRow> results = runs.stream().flatMap(r -> r.limitResults().stream()).toList();
            f(sb, "%n  limit results (%d)%n", results.size());
            int nameWidth = Math.max(5, results.stream().mapToInt(r -> r.name().length()).max().orElse(0));
            String resultRow = "  %-" + idWidth + "s  %-" + nameWidth + "s  %-6s %-4s %9s %9s %7s  %s%n";
            f(sb, resultRow, "run", "limit", "status", "", "value %", "limit %", "used %", "drivers");
            for (LimitResultRow r : results) {
                f(sb, resultRow, r.runId(), r.name(), r.status(), r.hard() ? "hard" : "soft", pct(r.value(), 4),
                        pct(r.limit(), 4), String.format(Locale.ROOT, "%.1f", 100 * r.utilisation()), drivers(r.drivers()));
                for (BreachAckRow a : r.acks()) {
                    f(sb, "  %" + idWidth + "s    reviewed #%d %s by %s: %s; action: %s%s%n", "", a.ackId(), a.ackedAt(),
                            a.reviewer(), a.classification().label(), a.action(),
                            a.comment() == null ? "" : "; comment: " + a.comment());
                }
                if (r.status() == LimitStatus.BREACH && r.acks().isEmpty()) {
                    f(sb, "  %" + idWidth + "s    not reviewed%n", "");
                }
            }
        }
        return sb.toString();
    }

    private static String describe(HistoryFilter filter) {
        var parts = new ArrayList<String>();
        if (filter.from() != null) {
            parts.add("from " + filter.from());
        }
        if (filter.to() != null) {
            parts.add("to " + filter.to());
        }
        if (filter.status() != null) {
            parts.add("status " + filter.status());
        }
        if (filter.limitName() != null) {
            parts.add("limit " + filter.limitName());
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String drivers(String json) {
        try {
            var parts = new ArrayList<String>();
            List<ReportDocument.Driver> drivers = JsonFormat.reader().forType(DRIVERS).readValue(json);
            for (ReportDocument.Driver d : drivers) {
                parts.add(String.format(Locale.ROOT, "%s (%.1f %% of risk)", d.ticker(), 100 * d.share()));
            }
            return String.join(", ", parts);
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    private static String pct(Double fraction, int decimals) {
        return fraction == null ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", 100 * fraction);
    }

    private static void f(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args));
    }
}
