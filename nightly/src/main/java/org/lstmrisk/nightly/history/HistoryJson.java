package org.lstmrisk.nightly.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lstmrisk.nightly.history.json.HistoryEntry;
import org.lstmrisk.report.json.JsonFormat;

/**
 * The history as a JSON array of {@link HistoryEntry}, fractions at full precision, each run with its
 * {@code limitResults} (and their {@code acks}) when results are selected. The stored settings and drivers are
 * passed through as the JSON they were stored as. This class is immutable and thread-safe.
 */
final class HistoryJson {

    private HistoryJson() {
    }

    static String render(HistoryView view) {
        boolean results = view.filter().selectsResults();
        return JsonFormat.documentText(view.runs().stream().map(r -> entry(r, results)).toList());
    }

    private static HistoryEntry entry(RunRow r, boolean withResults) {
        RunRow.Figures g = r.figures();
        Map<String, Double> var = new LinkedHashMap<>();
        var.put("0.95", g.var95());
        var.put("0.99", g.var99());
        Map<String, Double> es = new LinkedHashMap<>();
        es.put("0.975", g.es975());
        RunRow.Inputs in = r.inputs();
        List<HistoryEntry.LimitResult> results = !withResults ? null : r.limitResults().stream()
                .map(l -> new HistoryEntry.LimitResult(l.name(), l.metric(), l.value(), l.warn(), l.limit(),
                        l.utilisation(), l.status().name(), l.hard(), stored(l.drivers()),
                        l.acks().stream().map(a -> new HistoryEntry.Ack(a.ackId(), a.ackedAt(), a.reviewer(),
                                a.classification().label(), a.action(), a.comment())).toList()))
                .toList();
        return new HistoryEntry(r.runId(), r.asOf(), r.startedAt(), r.finishedAt(), r.exitCode(), r.model(),
                in.modelVersions(), r.horizonDays(), r.positions(),
                new HistoryEntry.Portfolio(g.volatility(), g.volatilityAnnualized(), var, es,
                        r.var() == null ? null : new HistoryEntry.VarMethod(r.var().name(), r.var().windowDays(),
                                stored(r.var().parameters())),
                        g.weightSum(), g.grossWeight()),
                new HistoryEntry.LimitCounts(r.counts().results(), r.counts().warnings(), r.counts().breaches(),
                        r.counts().hardBreaches()),
                new HistoryEntry.Inputs(in.dataSource(), in.dataFingerprint(), in.configFingerprint(),
                        stored(in.config()), in.limitsSource(), in.limitsFingerprint()),
                r.limitsChange() == null ? null : new HistoryEntry.LimitsChange(r.limitsChange().previousRunId(),
                        r.limitsChange().previousFingerprint(), r.limitsChange().fingerprint()),
                r.reportPath(), results);
    }

    /** JSON text stored in the history, read back as it was stored; the text itself when it is not JSON. */
    private static Object stored(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JsonFormat.reader().forType(Object.class).readValue(json);
        } catch (JsonProcessingException e) {
            return json;
        }
    }
}
