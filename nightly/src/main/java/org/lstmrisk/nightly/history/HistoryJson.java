package org.lstmrisk.nightly.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The history as a JSON array of runs, fractions at full precision, each run with its {@code limitResults}
 * (and their {@code acks}) when results are selected. This class is immutable and thread-safe.
 */
final class HistoryJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static String render(HistoryView view) {
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
}
