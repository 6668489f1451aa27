package org.lstmrisk.portfolio.limits;

/**
 * A position named as a driver of a breach. This class is immutable and thread-safe.
 *
 * @param ticker the position
 * @param weight its weight (fraction of portfolio value, negative for shorts)
 * @param share  its share of portfolio risk, component / σp (Euler; the shares sum to 1, hedges are negative)
 */
public record LimitDriver(String ticker, double weight, double share) {

    /** Validates a non-blank ticker and finite numbers. */
    public LimitDriver {
        if (ticker == null || ticker.isBlank()) {
            throw new IllegalArgumentException("driver ticker is null or blank: '" + ticker + "'");
        }
        if (!Double.isFinite(weight) || !Double.isFinite(share)) {
            throw new IllegalArgumentException("driver " + ticker + " has a non-finite weight or share: "
                    + weight + ", " + share);
        }
    }
}
