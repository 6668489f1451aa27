package org.lstmrisk.portfolio;

import java.util.List;

/**
 * What a portfolio risk calculation needs: tickers, weights (fractions of portfolio value; negative for
 * shorts; need not sum to one), each ticker's forecast daily volatility over the horizon (fraction), their
 * correlation, and the horizon in trading days. All vectors and the matrix follow the order of
 * {@code tickers}. This class is immutable and thread-safe.
 */
public record RiskInputs(List<String> tickers, double[] weights, double[] volatilities,
                         CorrelationMatrix correlation, int horizonDays) {

    /** Validates matching dimensions, unique tickers, finite weights, finite non-negative volatilities, horizon ≥ 1. */
    public RiskInputs {
        throw new UnsupportedOperationException("TODO");
    }

    /** Same as the constructor. */
    public static RiskInputs of(List<String> tickers, double[] weights, double[] volatilities,
                                CorrelationMatrix correlation, int horizonDays) {
        return new RiskInputs(tickers, weights, volatilities, correlation, horizonDays);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] volatilities() {
        return volatilities.clone();
    }
}
