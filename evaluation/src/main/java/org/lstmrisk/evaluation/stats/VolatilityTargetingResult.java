package org.lstmrisk.evaluation.stats;

import java.util.Arrays;
import java.util.Objects;

/**
 * A volatility-targeting backtest next to buy-and-hold over the same days. This class is immutable and thread-safe.
 *
 * @param targetAnnualisedVolatility the target daily volatility × √252, as a fraction, to compare with
 *                                   {@code strategy.annualisedVolatility()}
 * @param exposures                  exposure applied on each strategy day (fraction of capital, 1 = fully invested)
 * @param strategy                   performance of the volatility-targeted returns
 * @param buyAndHold                 performance of the unscaled returns on the same days
 */
public record VolatilityTargetingResult(double targetAnnualisedVolatility, double[] exposures,
        PerformanceSummary strategy, PerformanceSummary buyAndHold) {

    /** Validates a positive target, non-negative exposures, one per strategy day, and non-null summaries. */
    public VolatilityTargetingResult {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(buyAndHold, "buyAndHold");
        if (!(Double.isFinite(targetAnnualisedVolatility) && targetAnnualisedVolatility > 0)) {
            throw new IllegalArgumentException("target volatility must be positive and finite, was "
                    + targetAnnualisedVolatility);
        }
        if (exposures.length != strategy.days() || strategy.days() != buyAndHold.days()) {
            throw new IllegalArgumentException(exposures.length + " exposures for " + strategy.days()
                    + " strategy days and " + buyAndHold.days() + " buy-and-hold days");
        }
        exposures = exposures.clone();
        for (double e : exposures) {
            if (!(Double.isFinite(e) && e >= 0)) {
                throw new IllegalArgumentException("exposure must be finite and non-negative, was " + e);
            }
        }
    }

    /** The mean exposure over the strategy days. */
    public double meanExposure() {
        return Series.mean(exposures);
    }

    @Override
    public double[] exposures() {
        return exposures.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VolatilityTargetingResult r
                && Double.compare(targetAnnualisedVolatility, r.targetAnnualisedVolatility) == 0
                && Arrays.equals(exposures, r.exposures) && strategy.equals(r.strategy)
                && buyAndHold.equals(r.buyAndHold);
    }

    @Override
    public int hashCode() {
        return Objects.hash(targetAnnualisedVolatility, Arrays.hashCode(exposures), strategy, buyAndHold);
    }

    @Override
    public String toString() {
        return "VolatilityTargetingResult[target " + targetAnnualisedVolatility + ", strategy " + strategy
                + ", buy and hold " + buyAndHold + "]";
    }
}
