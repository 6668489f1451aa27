package org.lstmrisk.portfolio;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a portfolio risk calculation needs: tickers, weights (fractions of portfolio value; negative for
 * shorts; need not sum to one), each ticker's forecast daily volatility over the horizon (fraction), their
 * correlation, and the horizon in trading days. All vectors and the matrix follow the order of
 * {@code tickers}. Arrays are copied in and out; equality is by value. This class is immutable and thread-safe.
 */
public record RiskInputs(List<String> tickers, double[] weights, double[] volatilities,
                         CorrelationMatrix correlation, int horizonDays) {

    /** Validates matching dimensions, unique tickers, finite weights, finite non-negative volatilities, horizon ≥ 1. */
    public RiskInputs {
        if (tickers == null || weights == null || volatilities == null || correlation == null) {
            throw new IllegalArgumentException("tickers, weights, volatilities and correlation must not be null");
        }
        if (tickers.isEmpty()) {
            throw new IllegalArgumentException("there are no tickers");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < tickers.size(); i++) {
            String ticker = tickers.get(i);
            if (ticker == null || ticker.isBlank()) {
                throw new IllegalArgumentException("ticker " + i + " is null or blank: " + ticker);
            }
            Integer first = seen.putIfAbsent(ticker, i);
            if (first != null) {
                throw new IllegalArgumentException("duplicate ticker " + ticker + " at positions " + first + " and " + i);
            }
        }
        int n = tickers.size();
        if (weights.length != n) {
            throw new IllegalArgumentException("there are " + weights.length + " weights for " + n + " tickers");
        }
        if (volatilities.length != n) {
            throw new IllegalArgumentException("there are " + volatilities.length + " volatilities for " + n + " tickers");
        }
        if (correlation.size() != n) {
            throw new IllegalArgumentException("the correlation matrix is " + correlation.size() + " x "
                    + correlation.size() + " for " + n + " tickers");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("weight of " + tickers.get(i) + " is not finite: " + weights[i]);
            }
            if (!Double.isFinite(volatilities[i]) || volatilities[i] < 0.0) {
                throw new IllegalArgumentException("volatility of " + tickers.get(i)
                        + " must be finite and non-negative: " + volatilities[i]);
            }
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizonDays must be at least 1: " + horizonDays);
        }
        tickers = List.copyOf(tickers);
        weights = weights.clone();
        volatilities = volatilities.clone();
    }

    /** Same as the constructor. */
    public static RiskInputs of(List<String> tickers, double[] weights, double[] volatilities,
                                CorrelationMatrix correlation, int horizonDays) {
        return new RiskInputs(tickers, weights, volatilities, correlation, horizonDays);
    }

    /** The weights (fractions of portfolio value), a copy. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The daily volatilities (fractions), a copy. */
    @Override
    public double[] volatilities() {
        return volatilities.clone();
    }

    /** Equal when every component is equal by value. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RiskInputs that
                && tickers.equals(that.tickers)
                && Arrays.equals(weights, that.weights)
                && Arrays.equals(volatilities, that.volatilities)
                && correlation.equals(that.correlation)
                && horizonDays == that.horizonDays;
    }

    @Override
    public int hashCode() {
        int h = tickers.hashCode();
        h = 31 * h + Arrays.hashCode(weights);
        h = 31 * h + Arrays.hashCode(volatilities);
        h = 31 * h + correlation.hashCode();
        return 31 * h + horizonDays;
    }

    @Override
    public String toString() {
        return "RiskInputs[tickers=" + tickers + ", weights=" + Arrays.toString(weights) + ", volatilities="
                + Arrays.toString(volatilities) + ", correlation=" + correlation + ", horizonDays=" + horizonDays + "]";
    }
}
