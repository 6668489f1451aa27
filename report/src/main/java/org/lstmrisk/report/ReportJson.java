package org.lstmrisk.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.PriorityQueue;
import org.lstmrisk.portfolio.CorrelationMatrix;
import org.lstmrisk.portfolio.EstimatorDetails;
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

    /** Above this many positions the full correlation matrix is written only when asked. */
    public static final int FULL_CORRELATION_MAX_NAMES = 100;

    /** How many of the largest correlations a report without the full matrix lists. */
    public static final int TOP_CORRELATIONS = 200;

    /** The UTF-8 bytes of the report, ending with a newline. */
    public byte[] render(RiskReport report) {
        return render(report, false);
    }

    /**
     * The UTF-8 bytes of the report, with the whole correlation matrix when {@code fullCorrelation} or at most
     * {@link #FULL_CORRELATION_MAX_NAMES} positions, else the {@link #TOP_CORRELATIONS} largest |ρ_ij| instead.
     */
    public byte[] render(RiskReport report, boolean fullCorrelation) {
        return JsonFormat.document(document(report, fullCorrelation));
    }

    /** The report as the records of {@code report.json}. */
    public ReportDocument document(RiskReport r) {
        return document(r, false);
    }

    /** The report as the records of {@code report.json}, with the matrix as {@link #render(RiskReport, boolean)}. */
    public ReportDocument document(RiskReport r, boolean fullCorrelation) {
        CorrelationEstimate ce = r.correlation();
        boolean full = fullCorrelation || ce.matrix().size() <= FULL_CORRELATION_MAX_NAMES;
        PortfolioRisk risk = r.risk();
        return new ReportDocument(
                SCHEMA_VERSION, r.asOf(), r.horizonDays(), r.model(),
                r.universe().tickers(), r.universe().weights(), r.universe().weightsSource(), r.volatilities(),
                full ? ce.matrix().values() : null, r.correlationWindowDays(),
                new ReportDocument.CorrelationRepair(ce.repaired(), ce.repairMethod(), ce.minEigenvalueBefore(),
                        ce.repairFrobeniusDistance()),
                estimator(ce.estimator()),
                full ? null : topCorrelations(r.universe().tickers(), ce.matrix()),
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

    private static ReportDocument.Estimator estimator(EstimatorDetails d) {
        if (d.isSample()) {
            return null;
        }
        return new ReportDocument.Estimator(d.name(), finite(d.shrinkageIntensity()), finite(d.targetCorrelation()),
                d.name().equals("factor") ? d.factors() : null, finite(d.explainedVariance()));
    }

    private static Double finite(double x) {
        return Double.isNaN(x) ? null : x;
    }

    /** The {@link #TOP_CORRELATIONS} largest |ρ_ij| (i &lt; j), largest first, ties in ticker order; O(n² log K). */
    static List<ReportDocument.Pair> topCorrelations(List<String> tickers, CorrelationMatrix rho) {
        int n = rho.size();
        var heap = new PriorityQueue<long[]>(Comparator.comparingDouble(
                (long[] e) -> Math.abs(rho.get((int) e[0], (int) e[1]))).thenComparing(e -> -e[0]).thenComparing(e -> -e[1]));
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (heap.size() == TOP_CORRELATIONS
                        && Math.abs(rho.get(i, j)) < Math.abs(rho.get((int) heap.peek()[0], (int) heap.peek()[1]))) {
                    continue;
                }
                heap.add(new long[] {i, j});
                if (heap.size() > TOP_CORRELATIONS) {
                    heap.poll();
                }
            }
        }
        var out = new ArrayList<ReportDocument.Pair>(heap.size());
        while (!heap.isEmpty()) {
            long[] e = heap.poll();
            out.add(new ReportDocument.Pair(tickers.get((int) e[0]), tickers.get((int) e[1]),
                    rho.get((int) e[0], (int) e[1])));
        }
        Collections.reverse(out);
        return out;
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
