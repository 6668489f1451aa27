package org.lstmrisk.app.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lstmrisk.portfolio.limits.LimitStatus;

/**
 * Renders a {@link HistoryView}. The table is for a terminal: runs (figures in percent), the limits-file
 * changes, and the selected limit results, each breach with its reviews or "not reviewed". CSV has a header
 * row: one row per run, or, when limit results are selected, one row per result and review. JSON is an
 * array of runs with full-precision fractions, each with its {@code limitResults} (and their {@code acks})
 * when results are selected. This class is immutable and thread-safe.
 */
public final class HistoryFormatter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** {@code view} in {@code format}, ending with a newline. */
    public String render(HistoryView view, HistoryFormat format) {
        return switch (format) {
            case TABLE -> table(view);
            case CSV -> csv(view);
            case JSON -> json(view);
        };
    }

    // ---- table

    private static String table(HistoryView view) {
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
            for (JsonNode d : JSON.readTree(json)) {
                parts.add(String.format(Locale.ROOT, "%s (%.1f %% of risk)", d.get("ticker").asText(),
                        100 * d.get("share").asDouble()));
            }
            return String.join(", ", parts);
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    private static String pct(Double fraction, int decimals) {
        return fraction == null ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", 100 * fraction);
    }

    // ---- CSV

    private static final List<String> RUN_COLUMNS = List.of("run_id", "as_of", "started_at", "finished_at",
            "exit_code", "model", "model_versions", "horizon_days", "positions", "portfolio_volatility",
            "volatility_annualized", "var95", "var99", "es975", "weight_sum", "gross_weight", "limit_results",
            "warnings", "breaches", "hard_breaches", "data_source", "data_fingerprint", "config_fingerprint",
            "limits_source", "limits_fingerprint", "limits_changed", "report_path");

    private static final List<String> RESULT_COLUMNS = List.of("run_id", "as_of", "limit_name", "metric", "value",
            "warn", "limit", "utilisation", "status", "hard", "drivers", "ack_id", "acked_at", "reviewer",
            "classification", "action", "comment", "limits_changed");

    private static String csv(HistoryView view) {
        StringBuilder sb = new StringBuilder();
        if (!view.filter().selectsResults()) {
            line(sb, RUN_COLUMNS);
            for (RunRow r : view.runs()) {
                RunRow.Figures g = r.figures();
                line(sb, List.of(r.runId(), r.asOf().toString(), r.startedAt().toString(), r.finishedAt().toString(),
                        Integer.toString(r.exitCode()), r.model(), r.inputs().modelVersions(),
                        Integer.toString(r.horizonDays()), Integer.toString(r.positions()), num(g.volatility()),
                        num(g.volatilityAnnualized()), num(g.var95()), num(g.var99()), num(g.es975()),
                        num(g.weightSum()), num(g.grossWeight()), Integer.toString(r.counts().results()),
                        Integer.toString(r.counts().warnings()), Integer.toString(r.counts().breaches()),
                        Integer.toString(r.counts().hardBreaches()), r.inputs().dataSource(),
                        r.inputs().dataFingerprint(), r.inputs().configFingerprint(), text(r.inputs().limitsSource()),
                        text(r.inputs().limitsFingerprint()), Boolean.toString(r.limitsChange() != null),
                        r.reportPath()));
            }
            return sb.toString();
        }
        line(sb, RESULT_COLUMNS);
        for (RunRow run : view.runs()) {
            for (LimitResultRow r : run.limitResults()) {
                List<String> result = List.of(r.runId(), run.asOf().toString(), r.name(), r.metric(), num(r.value()),
                        num(r.warn()), num(r.limit()), num(r.utilisation()), r.status().name(), Boolean.toString(r.hard()),
                        r.drivers());
                String changed = Boolean.toString(run.limitsChange() != null);
                if (r.acks().isEmpty()) {
                    line(sb, concat(result, List.of("", "", "", "", "", "", changed)));
                }
                for (BreachAckRow a : r.acks()) {
                    line(sb, concat(result, List.of(Long.toString(a.ackId()), a.ackedAt().toString(), a.reviewer(),
                            a.classification().label(), a.action(), text(a.comment()), changed)));
                }
            }
        }
        return sb.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(csvField(fields.get(i)));
        }
        sb.append('\n');
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String num(Double d) {
        return d == null ? "" : Double.toString(d);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    // ---- JSON

    private static String json(HistoryView view) {
        ArrayNode array = JSON.createArrayNode();
        for (RunRow r : view.runs()) {
            ObjectNode n = array.addObject();
            n.put("runId", r.runId());
            n.put("asOf", r.asOf().toString());
            n.put("startedAt", r.startedAt().toString());
            n.put("finishedAt", r.finishedAt().toString());
            n.put("exitCode", r.exitCode());
            n.put("model", r.model());
            n.put("modelVersions", r.inputs().modelVersions());
            n.put("horizonDays", r.horizonDays());
            n.put("positions", r.positions());
            ObjectNode p = n.putObject("portfolio");
            RunRow.Figures g = r.figures();
            p.put("volatility", g.volatility());
            p.put("volatilityAnnualized", g.volatilityAnnualized());
            p.putObject("var").put("0.95", g.var95()).put("0.99", g.var99());
            p.putObject("es").put("0.975", g.es975());
            p.put("weightSum", g.weightSum());
            p.put("grossWeight", g.grossWeight());
            ObjectNode counts = n.putObject("limitCounts");
            counts.put("results", r.counts().results());
            counts.put("warnings", r.counts().warnings());
            counts.put("breaches", r.counts().breaches());
            counts.put("hardBreaches", r.counts().hardBreaches());
            ObjectNode inputs = n.putObject("inputs");
            inputs.put("dataSource", r.inputs().dataSource());
            inputs.put("dataFingerprint", r.inputs().dataFingerprint());
            inputs.put("configFingerprint", r.inputs().configFingerprint());
            try {
                inputs.set("config", JSON.readTree(r.inputs().config()));
            } catch (JsonProcessingException e) {
                inputs.put("config", r.inputs().config());
            }
            inputs.put("limitsSource", r.inputs().limitsSource());
            inputs.put("limitsFingerprint", r.inputs().limitsFingerprint());
            if (r.limitsChange() == null) {
                n.putNull("limitsChange");
            } else {
                n.putObject("limitsChange")
                        .put("previousRunId", r.limitsChange().previousRunId())
                        .put("previousFingerprint", r.limitsChange().previousFingerprint())
                        .put("fingerprint", r.limitsChange().fingerprint());
            }
            n.put("reportPath", r.reportPath());
            if (view.filter().selectsResults()) {
                ArrayNode results = n.putArray("limitResults");
                for (LimitResultRow l : r.limitResults()) {
                    ObjectNode ln = results.addObject();
                    ln.put("name", l.name());
                    ln.put("metric", l.metric());
                    ln.put("value", l.value());
                    ln.put("warn", l.warn());
                    ln.put("limit", l.limit());
                    ln.put("utilisation", l.utilisation());
                    ln.put("status", l.status().name());
                    ln.put("hard", l.hard());
                    try {
                        ln.set("drivers", JSON.readTree(l.drivers()));
                    } catch (JsonProcessingException e) {
                        ln.put("drivers", l.drivers());
                    }
                    ArrayNode acks = ln.putArray("acks");
                    for (BreachAckRow a : l.acks()) {
                        acks.addObject()
                                .put("ackId", a.ackId())
                                .put("ackedAt", a.ackedAt().toString())
                                .put("reviewer", a.reviewer())
                                .put("classification", a.classification().label())
                                .put("action", a.action())
                                .put("comment", a.comment());
                    }
                }
            }
        }
        try {
            return JSON.writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the history as JSON", e);
        }
    }

    private static void f(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args));
    }
}
