package org.lstmrisk.evaluation.stats;

import java.util.Objects;

/**
 * Backtests of a daily value-at-risk series: Kupiec (1995) proportion of failures, Christoffersen (1998) independence
 * and conditional coverage. Exceptions are days on which the loss exceeds the VaR. In the likelihoods 0·ln 0 = 0, so
 * zero counts (no exceptions, no consecutive exceptions, all exceptions) are handled.
 */
public final class VarBacktest {

    private VarBacktest() {
    }

    /**
     * The exception indicators: day t is an exception when −returns[t] &gt; var[t], with VaR a positive fraction of
     * portfolio value made before day t and returns the day's portfolio returns (fractions).
     *
     * @throws IllegalArgumentException when lengths differ or a value is not finite
     */
    public static boolean[] exceptions(double[] returns, double[] valueAtRisk) {
        Series.checkPair("VaR exceptions", returns, valueAtRisk, 1);
        boolean[] hits = new boolean[returns.length];
        for (int t = 0; t < hits.length; t++) {
            hits[t] = -returns[t] > valueAtRisk[t];
        }
        return hits;
    }

    /**
     * Kupiec's unconditional-coverage (proportion of failures) test: LR = −2 ln[(1−p)^{n−x} p^x / (1−π̂)^{n−x} π̂^x]
     * with p = 1 − {@code confidenceLevel}, π̂ = x/n; χ²(1).
     *
     * @throws IllegalArgumentException when there are no days or the confidence level is not in (0, 1)
     */
    public static LikelihoodRatioTest kupiec(boolean[] exceptions, double confidenceLevel) {
        int n = checked(exceptions).length;
        double p = exceptionProbability(confidenceLevel);
        int x = count(exceptions);
        double pi = x / (double) n;
        double lr = -2 * (bernoulliLogLikelihood(n - x, x, p) - bernoulliLogLikelihood(n - x, x, pi));
        return LikelihoodRatioTest.chiSquared(lr, 1);
    }

    /**
     * Christoffersen's independence test against a first-order Markov alternative: with transition counts n_ij
     * (state i on day t−1, j on day t), LR = −2 [ln L(π) − ln L(π_01, π_11)]; χ²(1).
     *
     * @throws IllegalArgumentException when there are fewer than 2 days
     */
    public static LikelihoodRatioTest independence(boolean[] exceptions) {
        if (checked(exceptions).length < 2) {
            throw new IllegalArgumentException("the independence test needs at least 2 days, got " + exceptions.length);
        }
        long[][] n = transitions(exceptions);
        long n0 = n[0][0] + n[0][1];
        long n1 = n[1][0] + n[1][1];
        double pi = (n[0][1] + n[1][1]) / (double) (n0 + n1);
        double pi01 = n0 == 0 ? 0 : n[0][1] / (double) n0;
        double pi11 = n1 == 0 ? 0 : n[1][1] / (double) n1;
        double restricted = bernoulliLogLikelihood(n[0][0] + n[1][0], n[0][1] + n[1][1], pi);
        double unrestricted = bernoulliLogLikelihood(n[0][0], n[0][1], pi01) + bernoulliLogLikelihood(n[1][0], n[1][1], pi11);
        return LikelihoodRatioTest.chiSquared(-2 * (restricted - unrestricted), 1);
    }

    /**
     * Christoffersen's conditional-coverage test LR_cc = LR_pof + LR_ind (Kupiec on all days plus independence);
     * χ²(2).
     */
    public static LikelihoodRatioTest conditionalCoverage(boolean[] exceptions, double confidenceLevel) {
        double lr = kupiec(exceptions, confidenceLevel).statistic() + independence(exceptions).statistic();
        return LikelihoodRatioTest.chiSquared(lr, 2);
    }

    /** The number of exceptions. */
    public static int count(boolean[] exceptions) {
        int x = 0;
        for (boolean e : checked(exceptions)) {
            x += e ? 1 : 0;
        }
        return x;
    }

    /** Transition counts n[i][j] of consecutive days (i on day t−1, j on day t; 1 = exception). */
    static long[][] transitions(boolean[] exceptions) {
        long[][] n = new long[2][2];
        for (int t = 1; t < exceptions.length; t++) {
            n[exceptions[t - 1] ? 1 : 0][exceptions[t] ? 1 : 0]++;
        }
        return n;
    }

    /** (n0) ln(1 − p) + (n1) ln p with 0·ln 0 = 0. */
    private static double bernoulliLogLikelihood(long zeros, long ones, double p) {
        return xLogY(zeros, 1 - p) + xLogY(ones, p);
    }

    private static double xLogY(double x, double y) {
        return x == 0 ? 0 : x * Math.log(y);
    }

    private static double exceptionProbability(double confidenceLevel) {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("VaR confidence level must be in (0, 1), was " + confidenceLevel);
        }
        return 1 - confidenceLevel;
    }

    private static boolean[] checked(boolean[] exceptions) {
        Objects.requireNonNull(exceptions, "exceptions");
        if (exceptions.length == 0) {
            throw new IllegalArgumentException("a VaR backtest needs at least one day");
        }
        return exceptions;
    }
}
