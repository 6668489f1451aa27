package org.lstmrisk.evaluation;

import java.util.List;
import java.util.Objects;
import org.lstmrisk.evaluation.stats.EsBacktest;

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
 * @param esLevel     the ES level of the ES backtests, e.g. 0.975
 * @param mcNeilFrey  [model] McNeil–Frey's test of ES on the scored dates, or {@code null} when fewer than 2
 * @param z2          [model] Acerbi–Szekely's Z2 test of ES on the scored dates, or {@code null} when fewer than 2
 * @param commonSet   true when several methods were compared: each model is then scored only on the dates every
 *                    method has a VaR for (the common set), so that the methods' tables count the same days
 */
record VarMethodBacktest(String method, int windowDays, double[][] valueAtRisk, int[] scoredDays,
        VarBacktestSummary[] backtests, double esLevel, EsBacktest.Result[] mcNeilFrey, EsBacktest.Result[] z2,
        boolean commonSet) {

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

    /** The scoring rule of {@code method} in a comparison of several methods: the common set. */
    static String scoringRule(String method, boolean commonSet) {
        return commonSet ? "the common set: as-of dates on which every compared method is scored for the model "
                + "(this method alone: " + scoringRule(method) + ")" : scoringRule(method);
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

    /**
     * Whether model m passes every test at 5 %: Kupiec and conditional coverage of the VaR, McNeil–Frey and Z2 of
     * the ES (a test whose p-value is undefined, e.g. McNeil–Frey with fewer than 2 exceedances, does not reject);
     * null when the model was not backtested.
     */
    Boolean passesAll(int m) {
        VarBacktestSummary v = backtests[m];
        if (v == null) {
            return null;
        }
        return notRejected(v.kupiec().pValue()) && notRejected(v.conditionalCoverage().pValue())
                && notRejected(mcNeilFrey[m].pValue()) && notRejected(z2[m].pValue());
    }

    /** Whether both ES tests of model m do not reject at 5 %, or null without them. */
    Boolean passesEs(int m) {
        return mcNeilFrey[m] == null ? null : notRejected(mcNeilFrey[m].pValue()) && notRejected(z2[m].pValue());
    }

    static boolean notRejected(double p) {
        return Double.isNaN(p) || p >= TEST_SIZE;
    }

    /** The backtests as a list (entries may be null). */
    List<VarBacktestSummary> backtestList() {
        return java.util.Arrays.asList(backtests);
    }
}
