package org.lstmrisk.portfolio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.lstmrisk.core.TradingCalendar;

/**
 * Computes Σ = diag(σ)·ρ·diag(σ), σp = √(wᵀΣw), Euler risk contributions, and parametric (normal,
 * zero-mean) VaR and ES for the horizon. Stateless. This class is immutable and thread-safe.
 *
 * @param varLevels confidence levels for VaR, each in (0, 1), no duplicates
 * @param esLevels  confidence levels for ES, each in (0, 1), no duplicates
 */
public record PortfolioRiskCalculator(List<Double> varLevels, List<Double> esLevels) {

    /** VaR at 95 % and 99 %, ES at 97.5 %. */
    public static final PortfolioRiskCalculator DEFAULT = new PortfolioRiskCalculator(List.of(0.95, 0.99), List.of(0.975));

    /** Smallest eigenvalue of the correlation matrix accepted as PSD: −1e-10. */
    static final double PSD_TOLERANCE = 1e-10;

    /**
     * σp is treated as zero when σp ≤ this × Σ|w_i|σ_i (the undiversified volatility): below it, σp is rounding
     * noise and the contributions, divided by σp, would be meaningless.
     */
    static final double RELATIVE_ZERO_VOLATILITY = 1e-12;

    /** Validates and copies the confidence levels. */
    public PortfolioRiskCalculator {
        varLevels = validLevels(varLevels, "VaR");
        esLevels = validLevels(esLevels, "ES");
    }

    /**
     * Computes the risk of {@code inputs}: daily σp and its annualised value, Euler contributions, and VaR and ES
     * over the horizon as positive fractions of portfolio value.
     *
     * @throws IllegalArgumentException when the correlation matrix is not PSD (smallest eigenvalue below −1e-10) or
     *                                  σp is zero (to rounding: σp ≤ 1e-12·Σ|w_i|σ_i), where contributions are undefined
     */
    public PortfolioRisk compute(RiskInputs inputs) {
        if (inputs == null) {
            throw new IllegalArgumentException("inputs are null");
        }
        double minEigenvalue = inputs.correlation().minEigenvalue();
        if (minEigenvalue < -PSD_TOLERANCE) {
            throw new IllegalArgumentException("the correlation matrix is not positive semi-definite: its smallest "
                    + "eigenvalue is " + minEigenvalue + " (< -" + PSD_TOLERANCE + "); repair it with NearestCorrelation");
        }
        List<String> tickers = inputs.tickers();
        double[] w = inputs.weights();
        double[] sigma = inputs.volatilities();
        int n = w.length;
        CovarianceMatrix covariance = CovarianceMatrix.of(sigma, inputs.correlation());
        double[] sigmaW = covariance.times(w);
        double variance = 0.0;
        double undiversified = 0.0;
        double weightSum = 0.0;
        double grossWeight = 0.0;
        for (int i = 0; i < n; i++) {
            variance += w[i] * sigmaW[i];
            undiversified += Math.abs(w[i]) * sigma[i];
            weightSum += w[i];
            grossWeight += Math.abs(w[i]);
        }
        double sigmaP = Math.sqrt(Math.max(variance, 0.0));
        if (!(sigmaP > RELATIVE_ZERO_VOLATILITY * undiversified)) {
            throw new IllegalArgumentException("the portfolio volatility is zero (σp = " + sigmaP + ", variance "
                    + variance + ", undiversified Σ|w_i|σ_i = " + undiversified
                    + "), so risk contributions are undefined; check for zero weights, zero volatilities or a perfect hedge");
        }
        List<RiskContribution> contributions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double marginal = sigmaW[i] / sigmaP;
            double component = w[i] * marginal;
            contributions.add(new RiskContribution(tickers.get(i), w[i], sigma[i], marginal, component, component / sigmaP));
        }
        double horizonVolatility = sigmaP * Math.sqrt(inputs.horizonDays());
        NormalDistribution standardNormal = new NormalDistribution(null, 0.0, 1.0);
        SortedMap<Double, Double> valueAtRisk = new TreeMap<>();
        for (double level : varLevels) {
            valueAtRisk.put(level, standardNormal.inverseCumulativeProbability(level) * horizonVolatility);
        }
        SortedMap<Double, Double> expectedShortfall = new TreeMap<>();
        for (double level : esLevels) {
            double z = standardNormal.inverseCumulativeProbability(level);
            expectedShortfall.put(level, horizonVolatility * standardNormal.density(z) / (1.0 - level));
        }
        return new PortfolioRisk(sigmaP, sigmaP * TradingCalendar.SQRT_DAYS_PER_YEAR, inputs.horizonDays(),
                valueAtRisk, expectedShortfall, contributions, weightSum, grossWeight);
    }

    private static List<Double> validLevels(List<Double> levels, String what) {
        if (levels == null) {
            throw new IllegalArgumentException(what + " levels are null");
        }
        HashSet<Double> seen = new HashSet<>();
        for (Double level : levels) {
            if (level == null || !(level > 0.0 && level < 1.0)) {
                throw new IllegalArgumentException(what + " confidence level must be in (0, 1): " + level);
            }
            if (!seen.add(level)) {
                throw new IllegalArgumentException("duplicate " + what + " confidence level: " + level);
            }
        }
        return List.copyOf(levels);
    }
}
