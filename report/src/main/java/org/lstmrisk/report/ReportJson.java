package org.lstmrisk.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.lstmrisk.io.ExcludedTicker;
import org.lstmrisk.io.TickerCoverage;
import org.lstmrisk.portfolio.CorrelationEstimate;
import org.lstmrisk.portfolio.PortfolioRisk;
import org.lstmrisk.portfolio.RiskContribution;
import org.lstmrisk.portfolio.limits.LimitDriver;
import org.lstmrisk.portfolio.limits.LimitResult;

/**
 * Renders a {@link RiskReport} as {@code report.json}, schema version 1 (DESIGN.md). Numbers are written
 * with full double precision, so consumers can recompute σp from the file's own fields.
 * This class is immutable and thread-safe.
 */
public final class ReportJson {

    /** The schema version written. */
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The UTF-8 bytes of the report, ending with a newline. */
    public byte[] render(RiskReport report) {
        try {
            return (mapper.writeValueAsString(tree(report)) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render report.json", e);
        }
    }

    private ObjectNode tree(RiskReport r) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("asOf", r.asOf().toString());
        root.put("horizonDays", r.horizonDays());
        root.put("model", r.model());
        ArrayNode tickers = root.putArray("tickers");
        r.universe().tickers().forEach(tickers::add);
        ArrayNode weights = root.putArray("weights");
        for (double w : r.universe().weights()) {
            weights.add(w);
        }
        root.put("weightsSource", r.universe().weightsSource());
        ArrayNode vols = root.putArray("volatilities");
        for (double v : r.volatilities()) {
            vols.add(v);
        }
        CorrelationEstimate ce = r.correlation();
        ArrayNode corr = root.putArray("correlation");
        for (double[] row : ce.matrix().values()) {
            ArrayNode rowNode = corr.addArray();
            for (double x : row) {
                rowNode.add(x);
            }
        }
        root.put("correlationWindowDays", r.correlationWindowDays());
        ObjectNode repair = root.putObject("correlationRepair");
        repair.put("repaired", ce.repaired());
        repair.put("method", ce.repairMethod());
        repair.put("minEigenvalueBefore", ce.minEigenvalueBefore());
        repair.put("frobeniusDistance", ce.repairFrobeniusDistance());

        PortfolioRisk risk = r.risk();
        ObjectNode p = root.putObject("portfolio");
        p.put("volatility", risk.volatility());
        p.put("volatilityAnnualized", risk.volatilityAnnualized());
        levels(p.putObject("var"), risk.valueAtRisk());
        levels(p.putObject("es"), risk.expectedShortfall());
        p.put("weightSum", risk.weightSum());
        p.put("grossWeight", risk.grossWeight());

        ArrayNode contributions = root.putArray("contributions");
        for (RiskContribution c : risk.contributions()) {
            ObjectNode n = contributions.addObject();
            n.put("ticker", c.ticker());
            n.put("marginal", c.marginal());
            n.put("component", c.component());
            n.put("share", c.share());
        }
        ArrayNode limits = root.putArray("limits");
        for (LimitResult l : r.limits()) {
            ObjectNode n = limits.addObject();
            n.put("name", l.name());
            n.put("metric", l.metric().configName());
            n.put("value", l.value());
            n.put("warn", l.warnThreshold());
            n.put("limit", l.limit());
            n.put("utilisation", l.utilisation());
            n.put("status", l.status().name());
            n.put("hard", l.hard());
            ArrayNode drivers = n.putArray("drivers");
            for (LimitDriver d : l.drivers()) {
                drivers.addObject().put("ticker", d.ticker()).put("weight", d.weight()).put("share", d.share());
            }
        }

        if (!r.warnings().isEmpty()) { // only when there are any: the bytes of other reports stay as they were
            ArrayNode warnings = root.putArray("warnings");
            r.warnings().forEach(warnings::add);
        }
        ArrayNode excluded = root.putArray("excluded");
        for (ExcludedTicker e : r.universe().excluded()) {
            excluded.addObject().put("ticker", e.ticker()).put("reason", e.reason());
        }
        if (!r.state().isNone()) {
            ObjectNode state = root.putObject("state");
            state.put("model", r.state().model());
            state.put("persisted", r.state().persisted());
            ArrayNode carried = state.putArray("carried");
            for (var c : r.state().carried()) {
                carried.addObject().put("ticker", c.ticker()).put("lastDate", c.lastDate().toString())
                        .put("reason", c.reason());
            }
            ArrayNode retrained = state.putArray("retrained");
            r.state().retrained().forEach(retrained::add);
        }
        ObjectNode data = root.putObject("data");
        data.put("source", r.data().source());
        data.put("firstDate", r.data().firstDate().toString());
        data.put("lastDate", r.data().lastDate().toString());
        data.put("fingerprint", r.data().fingerprint());
        ArrayNode coverage = data.putArray("coverage");
        for (TickerCoverage c : r.data().coverage()) {
            coverage.addObject()
                    .put("ticker", c.ticker())
                    .put("firstDate", c.firstDate().toString())
                    .put("lastDate", c.lastDate().toString())
                    .put("rows", c.rows())
                    .put("filledValues", c.filledValues())
                    .put("priceColumn", c.priceColumn());
        }
        return root;
    }

    private static void levels(ObjectNode node, Map<Double, Double> byLevel) {
        byLevel.forEach((level, value) -> node.put(Double.toString(level), value));
    }
}
