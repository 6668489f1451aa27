package org.lstmrisk.portfolio;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Portfolio risk figures for a horizon of h trading days. Volatilities are daily (standard deviation of daily
 * log returns over the horizon); VaR and ES are for the whole horizon (scaled by √h), under a zero-mean
 * normal distribution unless the calculator was given another {@link VarMethod}, as positive fractions of
 * portfolio value. The maps and the list are unmodifiable copies. This class is immutable and thread-safe.
 *
 * @param volatility           σp = √(wᵀΣw), daily
 * @param volatilityAnnualized σp·√252
 * @param horizonDays          h
 * @param valueAtRisk          confidence level (e.g. 0.99) → VaR over the horizon (normal: z_α·σp·√h)
 * @param expectedShortfall    confidence level (e.g. 0.975) → ES over the horizon (normal: σp·√h·φ(z_α)/(1−α))
 * @param contributions        one per ticker, in input order
 * @param weightSum            Σ w_i
 * @param grossWeight          Σ |w_i|
 */
public record PortfolioRisk(double volatility, double volatilityAnnualized, int horizonDays,
                            SortedMap<Double, Double> valueAtRisk, SortedMap<Double, Double> expectedShortfall,
                            List<RiskContribution> contributions, double weightSum, double grossWeight) {

    /** Validates finite, non-negative volatilities, a horizon ≥ 1 and non-null collections; copies them. */
    public PortfolioRisk {
        if (!Double.isFinite(volatility) || volatility < 0.0) {
            throw new IllegalArgumentException("volatility must be finite and non-negative: " + volatility);
        }
        if (!Double.isFinite(volatilityAnnualized) || volatilityAnnualized < 0.0) {
            throw new IllegalArgumentException("volatilityAnnualized must be finite and non-negative: "
                    + volatilityAnnualized);
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizonDays must be at least 1: " + horizonDays);
        }
        if (valueAtRisk == null || expectedShortfall == null || contributions == null) {
            throw new IllegalArgumentException("valueAtRisk, expectedShortfall and contributions must not be null");
        }
        if (!Double.isFinite(weightSum) || !Double.isFinite(grossWeight) || grossWeight < 0.0) {
            throw new IllegalArgumentException("weightSum must be finite and grossWeight finite and non-negative: "
                    + weightSum + ", " + grossWeight);
        }
        valueAtRisk = unmodifiableCopy(valueAtRisk, "valueAtRisk");
        expectedShortfall = unmodifiableCopy(expectedShortfall, "expectedShortfall");
        contributions = List.copyOf(contributions);
    }

    private static SortedMap<Double, Double> unmodifiableCopy(SortedMap<Double, Double> map, String name) {
        TreeMap<Double, Double> copy = new TreeMap<>();
        for (Map.Entry<Double, Double> e : map.entrySet()) {
            if (e.getKey() == null || e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException(name + " has a null or non-finite entry: " + e);
            }
            copy.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableSortedMap(copy);
    }
}
