package org.lstmrisk.portfolio;

import java.util.List;

/**
 * Computes Σ = diag(σ)·ρ·diag(σ), σp = √(wᵀΣw), Euler risk contributions, and parametric (normal,
 * zero-mean) VaR and ES for the horizon. This class is immutable and thread-safe.
 *
 * @param varLevels confidence levels for VaR, each in (0, 1)
 * @param esLevels  confidence levels for ES, each in (0, 1)
 */
public record PortfolioRiskCalculator(List<Double> varLevels, List<Double> esLevels) {

    /** VaR at 95 % and 99 %, ES at 97.5 %. */
    public static final PortfolioRiskCalculator DEFAULT = new PortfolioRiskCalculator(List.of(0.95, 0.99), List.of(0.975));

    /** Trading days per year used to annualise. */
    public static final int TRADING_DAYS_PER_YEAR = 252;

    /**
     * Computes the risk of {@code inputs}.
     *
     * @throws IllegalArgumentException when the correlation matrix is not PSD (to 1e-10) or σp is zero
     */
    public PortfolioRisk compute(RiskInputs inputs) {
        throw new UnsupportedOperationException("TODO");
    }
}
