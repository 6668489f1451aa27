package org.lstmrisk.portfolio;

/**
 * One position's contribution to portfolio volatility (Euler allocation). This class is immutable and thread-safe.
 *
 * @param ticker     the position
 * @param weight     its weight (fraction of portfolio value)
 * @param volatility its forecast daily volatility (fraction)
 * @param marginal   ∂σp/∂w_i = (Σw)_i / σp, daily volatility per unit weight
 * @param component  w_i·(Σw)_i / σp; the components sum to σp (daily volatility)
 * @param share      component / σp; the shares sum to 1 (may be negative for hedges)
 */
public record RiskContribution(String ticker, double weight, double volatility, double marginal,
                               double component, double share) {

    /** Validates a non-blank ticker, finite numbers and a non-negative volatility. */
    public RiskContribution {
        if (ticker == null || ticker.isBlank()) {
            throw new IllegalArgumentException("ticker is null or blank: " + ticker);
        }
        if (!Double.isFinite(volatility) || volatility < 0.0) {
            throw new IllegalArgumentException("volatility of " + ticker + " must be finite and non-negative: " + volatility);
        }
        if (!Double.isFinite(weight) || !Double.isFinite(marginal) || !Double.isFinite(component)
                || !Double.isFinite(share)) {
            throw new IllegalArgumentException("contribution of " + ticker + " is not finite: weight " + weight
                    + ", marginal " + marginal + ", component " + component + ", share " + share);
        }
    }
}
