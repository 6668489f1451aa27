package org.lstmrisk.portfolio;

import java.util.List;
import java.util.SortedMap;

/**
 * Portfolio risk figures for a horizon of h trading days. Volatilities are daily (standard deviation of daily
 * log returns over the horizon); VaR and ES are for the whole horizon (scaled by √h), under a zero-mean
 * normal distribution, as positive fractions of portfolio value. This class is immutable and thread-safe.
 *
 * @param volatility           σp = √(wᵀΣw), daily
 * @param volatilityAnnualized σp·√252
 * @param horizonDays          h
 * @param valueAtRisk          confidence level (e.g. 0.99) → VaR over the horizon, z_α·σp·√h
 * @param expectedShortfall    confidence level (e.g. 0.975) → ES over the horizon, σp·√h·φ(z_α)/(1−α)
 * @param contributions        one per ticker, in input order
 * @param weightSum            Σ w_i
 * @param grossWeight          Σ |w_i|
 */
public record PortfolioRisk(double volatility, double volatilityAnnualized, int horizonDays,
                            SortedMap<Double, Double> valueAtRisk, SortedMap<Double, Double> expectedShortfall,
                            List<RiskContribution> contributions, double weightSum, double grossWeight) {
}
