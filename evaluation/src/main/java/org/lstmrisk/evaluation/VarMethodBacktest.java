package org.lstmrisk.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * One VaR method's portfolio backtest, for every model. A method is scored on as-of date t only when the history it
 * reads can be built from data up to t: {@code windowDays} daily log returns ending at t (the price history before
 * the span counts) and, for {@code fhs} and {@code student-t}, the model's own one-step forecasts for each of those
 * days, made at the previous as-of date, all inside the evaluation span and (for {@code fhs}) positive. So with a
 * window of W days those two methods are scored from the (W+1)-th as-of date on; dates before are left out, not
 * filled. The normal method reads no history and is scored on every date. Arrays are not copied (package-internal
 * value; treat them as read-only).
 *
 * @param method      the method's name, e.g. {@code fhs}
 * @param windowDays  trailing days of history it reads (0 for {@code normal})
 * @param valueAtRisk [model][t] VaR over the horizon (positive fraction of value), NaN where not scored
 * @param scoredDays  [model] as-of dates scored
 * @param backtests   [model] the backtest on the scored dates, or {@code null} when fewer than 2 dates were scored
 */
record VarMethodBacktest(String method, int windowDays, double[][] valueAtRisk, int[] scoredDays,
        VarBacktestSummary[] backtests) {

    /** Size of the coverage tests reported as pass/fail: 5 %. */
    static final double TEST_SIZE = 0.05;

    /** Which as-of dates {@code method} is scored on, in words. */
    static String scoringRule(String method) {
        return switch (method) {
            case "normal" -> "every as-of date (no history read)";
            case "historical" -> "as-of dates t with windowDays daily log returns ending at t in the data";
            default -> "as-of dates t whose windowDays trailing days each have the model's forecast made at the "
                    + "previous as-of date of the span (the (windowDays+1)-th as-of date on)"
                    + (method.equals("fhs") ? ", all positive" : "");
        };
    }

    VarMethodBacktest {
        Objects.requireNonNull(method, "method");
    }

    /** The first scored as-of date index of model m, or −1 when none is. */
    int firstScored(int m) {
        double[] v = valueAtRisk[m];
        for (int t = 0; t < v.length; t++) {
            if (!Double.isNaN(v[t])) {
                return t;
            }
        }
        return -1;
    }

    /** The backtests as a list (entries may be null). */
    List<VarBacktestSummary> backtestList() {
        return java.util.Arrays.asList(backtests);
    }
}
