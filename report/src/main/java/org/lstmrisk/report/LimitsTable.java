package org.lstmrisk.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lstmrisk.portfolio.limits.LimitResult;
import org.lstmrisk.portfolio.limits.LimitStatus;

/**
 * The limits part of the console summary: one line per result (values in percent, as every metric is a
 * fraction), then one line per breach naming what drove it. This class is immutable and thread-safe.
 */
public final class LimitsTable {

    /** The text for {@code results}; empty when there are none. */
    public String render(List<LimitResult> results) {
        if (results.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        f(sb, "%n  %-32s %9s %9s %9s %7s  %-6s %s%n", "limit", "value %", "warn %", "limit %", "used %", "status", "");
        for (LimitResult r : results) {
            f(sb, "  %-32s %9.4f %9.4f %9.4f %7.1f  %-6s %s%n", r.name(), 100 * r.value(), 100 * r.warnThreshold(),
                    100 * r.limit(), 100 * r.utilisation(), r.status(), r.hard() ? "hard" : "soft");
        }
        long breaches = results.stream().filter(r -> r.status() == LimitStatus.BREACH).count();
        long hard = results.stream().filter(LimitResult::isHardBreach).count();
        long warnings = results.stream().filter(r -> r.status() == LimitStatus.WARN).count();
        f(sb, "  %d limit result%s: %d breach%s (%d hard), %d warning%s%n", results.size(), results.size() == 1 ? "" : "s",
                breaches, breaches == 1 ? "" : "es", hard, warnings, warnings == 1 ? "" : "s");
        for (LimitResult r : results) {
            if (r.status() == LimitStatus.BREACH) {
                String drivers = r.drivers().stream()
                        .map(d -> String.format(Locale.ROOT, "%s (%.1f %% of risk)", d.ticker(), 100 * d.share()))
                        .collect(Collectors.joining(", "));
                f(sb, "  %s BREACH %s: %.4f %% > limit %.4f %%%s%n", r.hard() ? "HARD" : "soft", r.name(),
                        100 * r.value(), 100 * r.limit(), drivers.isEmpty() ? "" : "; driven by " + drivers);
            }
        }
        return sb.toString();
    }

    private static void f(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args));
    }
}
