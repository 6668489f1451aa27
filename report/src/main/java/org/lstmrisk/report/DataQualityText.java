package org.lstmrisk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.lstmrisk.io.SuspectJump;
import org.lstmrisk.io.TickerCoverage;

/**
 * The data-quality facts of a run as plain sentences, one per line, for the console summary and the HTML report: the
 * policy, the calendar treatment, and every count and flag per ticker. Empty when the summary is quiet
 * ({@link RiskReport.DataSummary#quiet}). Stateless.
 */
public final class DataQualityText {

    private DataQualityText() {
    }

    /** The lines for {@code data}; empty when there is nothing to report. */
    public static List<String> lines(RiskReport.DataSummary data) {
        if (data.quiet()) {
            return List.of();
        }
        DataQuality q = data.quality();
        var out = new ArrayList<String>();
        out.add("policy: " + q.policy().describe());
        if (q.severalCalendars() || q.policy().calendars() != org.lstmrisk.io.DataPolicy.Calendars.SEPARATE) {
            out.add(q.calendarTreatment());
        }
        add(out, data.coverage(), TickerCoverage::filledValues, "dates of the union calendar lacked (last close "
                + "carried" + (q.policy().calendars() == org.lstmrisk.io.DataPolicy.Calendars.SEPARATE
                ? " for the correlation and portfolio returns only)" : ", seen by the volatility model)"));
        add(out, data.coverage(), TickerCoverage::nullRows, "null rows skipped");
        add(out, data.coverage(), TickerCoverage::droppedSuspensions, "suspension rows dropped");
        add(out, data.coverage(), TickerCoverage::keptSuspensions, "suspension rows kept as zero-return days");
        if (!q.stale().isEmpty()) {
            out.add("no price on the as-of date, forecast of the last trading day used: " + q.stale().stream()
                    .map(s -> s.ticker() + " (" + s.lastTradingDay() + ")").collect(Collectors.joining(", ")));
        }
        if (!q.jumps().isEmpty()) {
            out.add(q.jumps().size() + " suspect jump" + (q.jumps().size() == 1 ? "" : "s") + " (|log return| > "
                    + q.policy().jumpThreshold() + "), " + ReportJson.treatment(q.policy().jumps()) + ": "
                    + q.jumps().stream().map(DataQualityText::jump).collect(Collectors.joining(", ")));
        }
        return out;
    }

    /** {@code AAPL 2020-03-16 -0.2300 (reversed, seen 2020-03-17)}. */
    public static String jump(SuspectJump j) {
        return String.format(Locale.ROOT, "%s %s %+.4f (%s%s)", j.ticker(), j.date(), j.logReturn(), j.reason(),
                j.confirmedOn().equals(j.date()) ? "" : ", seen " + j.confirmedOn());
    }

    private static void add(List<String> out, List<TickerCoverage> coverage, ToIntFunction<TickerCoverage> count,
                            String what) {
        int total = coverage.stream().mapToInt(count).sum();
        if (total > 0) {
            out.add(what + ": " + total + " (" + coverage.stream().filter(c -> count.applyAsInt(c) > 0)
                    .map(c -> c.ticker() + " " + count.applyAsInt(c)).collect(Collectors.joining(", ")) + ")");
        }
    }
}
