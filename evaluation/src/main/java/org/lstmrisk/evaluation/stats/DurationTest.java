package org.lstmrisk.evaluation.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Christoffersen and Pelletier's (2004) duration-based independence test of VaR exceptions ("Backtesting
 * Value-at-Risk: A Duration-Based Approach", Journal of Financial Econometrics 2(1), 84–108). Under correct
 * independent exceptions the days between them are memoryless (exponential, Weibull shape b = 1); clustered exceptions
 * give a decreasing hazard (b &lt; 1). The durations are the days between consecutive exceptions, with the days up to
 * the first exception and after the last one as right-censored durations when the series does not start or end with
 * an exception (as rugarch's {@code VaRDurTest}). The Weibull scale a has a closed form given b,
 * a = (uncensored durations / Σ d^b)^(1/b); the log-likelihood is maximised over b in [0.001, 10] with commons-math3's
 * Brent optimiser, and LR = 2 [ln L(â, b̂) − ln L(ã, 1)] is χ²(1). Stateless and thread-safe.
 */
public final class DurationTest {

    /** The shape's search interval, as rugarch's. */
    static final double MIN_SHAPE = 0.001;
    static final double MAX_SHAPE = 10;

    private DurationTest() {
    }

    /**
     * The test result: the fitted Weibull shape b̂ and the likelihood-ratio test of b = 1.
     *
     * @param shape the maximum-likelihood Weibull shape (below 1: exceptions cluster)
     * @param test  LR statistic, 1 degree of freedom, p-value
     */
    public record Result(double shape, LikelihoodRatioTest test) {
    }

    /**
     * The duration test of {@code exceptions} (true on the days the loss exceeded the VaR), or null when there are
     * fewer than two exceptions (no complete duration to fit).
     */
    public static Result of(boolean[] exceptions) {
        Durations d = Durations.of(exceptions);
        if (d == null) {
            return null;
        }
        UnivariatePointValuePair best = new BrentOptimizer(1e-10, 1e-12).optimize(new MaxEval(10_000),
                GoalType.MAXIMIZE, new SearchInterval(MIN_SHAPE, MAX_SHAPE, 1.0),
                new UnivariateObjectiveFunction(d::logLikelihood));
        double shape = best.getPoint();
        double unrestricted = best.getValue();
        for (double edge : new double[] {MIN_SHAPE, MAX_SHAPE}) {
            double value = d.logLikelihood(edge);
            if (value > unrestricted) {
                unrestricted = value;
                shape = edge;
            }
        }
        double restricted = d.logLikelihood(1.0);
        return new Result(shape, LikelihoodRatioTest.chiSquared(2 * (unrestricted - restricted), 1));
    }

    /** The durations, with the first and last flagged when censored. */
    private record Durations(double[] days, boolean firstCensored, boolean lastCensored) {

        static Durations of(boolean[] exceptions) {
            var at = new ArrayList<Integer>();
            for (int t = 0; t < exceptions.length; t++) {
                if (exceptions[t]) {
                    at.add(t + 1);
                }
            }
            if (at.size() < 2) {
                return null;
            }
            List<Double> d = new ArrayList<>();
            boolean first = !exceptions[0];
            boolean last = !exceptions[exceptions.length - 1];
            if (first) {
                d.add((double) at.get(0));
            }
            for (int i = 1; i < at.size(); i++) {
                d.add((double) (at.get(i) - at.get(i - 1)));
            }
            if (last) {
                d.add((double) (exceptions.length - at.get(at.size() - 1)));
            }
            return new Durations(d.stream().mapToDouble(Double::doubleValue).toArray(), first, last);
        }

        /** ln L at shape b with the scale at its maximum for b. */
        double logLikelihood(double b) {
            int n = days.length;
            int uncensored = n - (firstCensored ? 1 : 0) - (lastCensored ? 1 : 0);
            double sum = 0;
            for (double x : days) {
                sum += Math.pow(x, b);
            }
            double logA = (Math.log(uncensored) - Math.log(sum)) / b;
            double ll = 0;
            for (int i = 0; i < n; i++) {
                double z = Math.pow(Math.exp(logA) * days[i], b);
                boolean censored = (i == 0 && firstCensored) || (i == n - 1 && lastCensored);
                ll += censored ? -z : Math.log(b) + b * logA + (b - 1) * Math.log(days[i]) - z;
            }
            return ll;
        }
    }
}
