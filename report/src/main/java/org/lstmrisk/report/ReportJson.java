package org.lstmrisk.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lstmrisk.portfolio.CorrelationEstimate;
import org.lstmrisk.portfolio.PortfolioRisk;
import org.lstmrisk.report.json.JsonFormat;
import org.lstmrisk.report.json.ReportDocument;

/**
 * Renders a {@link RiskReport} as {@code report.json}, schema version 2 (DESIGN.md's version 1 plus
 * {@code portfolio.varMethod}), through
 * {@link ReportDocument} and {@link JsonFormat}. Numbers are written with full double precision, so consumers
 * can recompute σp from the file's own fields. This class is immutable and thread-safe.
 */
public final class ReportJson {

    /** The schema version written. */
    public static final int SCHEMA_VERSION = 2;

    /** The UTF-8 bytes of the report, ending with a newline. */
    public byte[] render(RiskReport report) {
        return JsonFormat.document(document(report));
    }

    /** The report as the records of {@code report.json}. */
    public ReportDocument document(RiskReport r) {
        CorrelationEstimate ce = r.correlation();
        PortfolioRisk risk = r.risk();
        return new ReportDocument(
                SCHEMA_VERSION, r.asOf(), r.horizonDays(), r.model(),
                r.universe().tickers(), r.universe().weights(), r.universe().weightsSource(), r.volatilities(),
                ce.matrix().values(), r.correlationWindowDays(),
                new ReportDocument.CorrelationRepair(ce.repaired(), ce.repairMethod(), ce.minEigenvalueBefore(),
                        ce.repairFrobeniusDistance()),
                new ReportDocument.Portfolio(risk.volatility(), risk.volatilityAnnualized(),
                        levels(risk.valueAtRisk()), levels(risk.expectedShortfall()),
                        new ReportDocument.VarMethod(r.var().method(), r.var().windowDays(), r.var().horizonDays(),
                                new java.util.TreeMap<>(r.var().parameters())),
                        risk.weightSum(),
                        risk.grossWeight()),
                risk.contributions().stream().map(c -> new ReportDocument.Contribution(c.ticker(), c.marginal(),
                        c.component(), c.share())).toList(),
                r.limits().stream().map(l -> new ReportDocument.Limit(l.name(), l.metric().configName(), l.value(),
                        l.warnThreshold(), l.limit(), l.utilisation(), l.status().name(), l.hard(),
                        l.drivers().stream().map(d -> new ReportDocument.Driver(d.ticker(), d.weight(), d.share()))
                                .toList())).toList(),
                r.warnings(),
                r.universe().excluded().stream().map(e -> new ReportDocument.Excluded(e.ticker(), e.reason()))
                        .toList(),
                state(r.state()),
                new ReportDocument.Data(r.data().source(), r.data().firstDate(), r.data().lastDate(),
                        r.data().fingerprint(), r.data().coverage().stream().map(c -> new ReportDocument.Coverage(
                                c.ticker(), c.firstDate(), c.lastDate(), c.rows(), c.filledValues(), c.priceColumn(),
                                nonZero(c.nullRows()), nonZero(c.droppedSuspensions()), nonZero(c.keptSuspensions())))
                        .toList(), quality(r.data())));
    }

    private static Integer nonZero(int n) {
        return n == 0 ? null : n;
    }

    /** The data-quality section, or null when there is nothing to report (the report keeps its older bytes). */
    private static ReportDocument.Quality quality(RiskReport.DataSummary data) {
        if (data.quiet()) {
            return null;
        }
        DataQuality q = data.quality();
        var p = q.policy();
        int maxFill = p.gaps().maxForwardFillDays();
        return new ReportDocument.Quality(p.missingRows().optionValue(), p.suspensions().optionValue(),
                p.calendars().optionValue(), maxFill == Integer.MAX_VALUE ? null : maxFill, p.jumps().optionValue(),
                p.jumpThreshold(), q.calendarTreatment(),
                q.stale().stream().map(s -> new ReportDocument.Stale(s.ticker(), s.lastTradingDay())).toList(),
                q.jumps().stream().map(j -> new ReportDocument.Jump(j.ticker(), j.date(), j.logReturn(), j.reason(),
                        j.confirmedOn(), treatment(p.jumps()))).toList());
    }

    /** What a run does with a flagged jump under {@code policy}, in words. */
    public static String treatment(org.lstmrisk.io.DataPolicy.Jumps policy) {
        return switch (policy) {
            case KEEP -> "kept";
            case WINSORISE -> "winsorised";
            case MISSING -> "treated as missing";
        };
    }

    private static ReportDocument.State state(StateSection s) {
        if (s.isNone()) {
            return null;
        }
        List<ReportDocument.Carried> carried = s.carried().stream()
                .map(c -> new ReportDocument.Carried(c.ticker(), c.lastDate(), c.reason())).toList();
        return new ReportDocument.State(s.model(), s.persisted(), carried, s.retrained());
    }

    /** Levels keyed as {@link Double#toString} ({@code "0.99"}), in the map's order. */
    private static Map<String, Double> levels(Map<Double, Double> byLevel) {
        Map<String, Double> out = new LinkedHashMap<>();
        byLevel.forEach((level, value) -> out.put(Double.toString(level), value));
        return out;
    }
}
