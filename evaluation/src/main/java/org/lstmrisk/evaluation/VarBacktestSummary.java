package org.lstmrisk.evaluation;

import java.util.Objects;
import org.lstmrisk.evaluation.stats.BaselTrafficLightResult;
import org.lstmrisk.evaluation.stats.DurationTest;
import org.lstmrisk.evaluation.stats.LikelihoodRatioTest;

/**
 * The backtest of one model's portfolio VaR series. VaR is a positive fraction of portfolio value; an exception is a
 * day whose realised portfolio log return over the horizon is below −VaR. This class is immutable and thread-safe.
 *
 * @param level               VaR confidence level, e.g. 0.99
 * @param days                forecast days tested
 * @param exceptions          exceptions counted
 * @param expectedExceptions  days × (1 − level)
 * @param kupiec              Kupiec unconditional coverage, χ²(1)
 * @param independence        Christoffersen independence, χ²(1)
 * @param conditionalCoverage Christoffersen conditional coverage, χ²(2)
 * @param trafficLight        Basel traffic light on the last 250 days, or {@code null} when it does not apply (level
 *                            other than 0.99, horizon other than 1 day, or fewer than 250 days)
 * @param duration            Christoffersen–Pelletier duration-based independence test, or {@code null} with fewer
 *                            than two exceptions
 */
public record VarBacktestSummary(double level, int days, int exceptions, double expectedExceptions,
        LikelihoodRatioTest kupiec, LikelihoodRatioTest independence, LikelihoodRatioTest conditionalCoverage,
        BaselTrafficLightResult trafficLight, DurationTest.Result duration) {

    /** Checks the tests are present and the counts consistent. */
    public VarBacktestSummary {
        Objects.requireNonNull(kupiec, "kupiec");
        Objects.requireNonNull(independence, "independence");
        Objects.requireNonNull(conditionalCoverage, "conditionalCoverage");
        if (exceptions < 0 || exceptions > days) {
            throw new IllegalArgumentException(exceptions + " exceptions in " + days + " days");
        }
    }
}
