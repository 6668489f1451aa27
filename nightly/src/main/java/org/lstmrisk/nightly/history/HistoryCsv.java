package org.lstmrisk.nightly.history;

import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.io.CsvOutput;

/**
 * The history as CSV with a header row: one row per run, or, when limit results are selected, one row per
 * result and review (a result without review has empty review fields). Fractions at full precision. Written
 * through {@link CsvOutput} (RFC 4180 quoting; text that would run as a spreadsheet formula gets a leading quote).
 * This class is immutable and thread-safe.
 */
final class HistoryCsv {

    private static final List<String> RUN_COLUMNS = List.of("run_id", "as_of", "started_at", "finished_at",
            "exit_code", "model", "model_versions", "horizon_days", "positions", "portfolio_volatility",
            "volatility_annualized", "var95", "var99", "es975", "weight_sum", "gross_weight", "limit_results",
            "warnings", "breaches", "hard_breaches", "data_source", "data_fingerprint", "config_fingerprint",
            "limits_source", "limits_fingerprint", "limits_changed", "report_path", "var_method", "var_window_days",
            "var_parameters");

    private static final List<String> RESULT_COLUMNS = List.of("run_id", "as_of", "limit_name", "metric", "value",
            "warn", "limit", "utilisation", "status", "hard", "drivers", "ack_id", "acked_at", "reviewer",
            "classification", "action", "comment", "limits_changed");

    static String render(HistoryView view) {
        CsvOutput csv = new CsvOutput();
        if (!view.filter().selectsResults()) {
            csv.row(RUN_COLUMNS);
            for (RunRow r : view.runs()) {
                RunRow.Figures g = r.figures();
                csv.row(List.of(r.runId(), r.asOf().toString(), r.startedAt().toString(), r.finishedAt().toString(),
                        Integer.toString(r.exitCode()), r.model(), r.inputs().modelVersions(),
                        Integer.toString(r.horizonDays()), Integer.toString(r.positions()), num(g.volatility()),
                        num(g.volatilityAnnualized()), num(g.var95()), num(g.var99()), num(g.es975()),
                        num(g.weightSum()), num(g.grossWeight()), Integer.toString(r.counts().results()),
                        Integer.toString(r.counts().warnings()), Integer.toString(r.counts().breaches()),
                        Integer.toString(r.counts().hardBreaches()), r.inputs().dataSource(),
                        r.inputs().dataFingerprint(), r.inputs().configFingerprint(), text(r.inputs().limitsSource()),
                        text(r.inputs().limitsFingerprint()), Boolean.toString(r.limitsChange() != null),
                        r.reportPath(), r.var() == null ? "" : r.var().name(),
                        r.var() == null ? "" : Integer.toString(r.var().windowDays()),
                        r.var() == null ? "" : r.var().parameters()));
            }
            return csv.text();
        }
        csv.row(RESULT_COLUMNS);
        for (RunRow run : view.runs()) {
            for (LimitResultRow r : run.limitResults()) {
                List<String> result = List.of(r.runId(), run.asOf().toString(), r.name(), r.metric(), num(r.value()),
                        num(r.warn()), num(r.limit()), num(r.utilisation()), r.status().name(), Boolean.toString(r.hard()),
                        r.drivers());
                String changed = Boolean.toString(run.limitsChange() != null);
                if (r.acks().isEmpty()) {
                    csv.row(concat(result, List.of("", "", "", "", "", "", changed)));
                }
                for (BreachAckRow a : r.acks()) {
                    csv.row(concat(result, List.of(Long.toString(a.ackId()), a.ackedAt().toString(), a.reviewer(),
                            a.classification().label(), a.action(), text(a.comment()), changed)));
                }
            }
        }
        return csv.text();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String num(Double d) {
        return d == null ? "" : Double.toString(d);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
