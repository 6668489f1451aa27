package org.lstmrisk.portfolio.limits;

import java.util.Arrays;
import java.util.List;

import org.lstmrisk.portfolio.PortfolioRisk;
import org.lstmrisk.portfolio.RiskContribution;

/**
 * A figure of the risk engine that a limit can be set on, with its name in the limits file. All values are
 * fractions: volatilities of daily log returns (or annualised with √252 where the name says so), VaR and ES as
 * positive fractions of portfolio value over the horizon of the {@link PortfolioRisk}, weights as fractions of
 * portfolio value. The {@code position.*} metrics are evaluated once per ticker in the limit's scope.
 */
public enum LimitMetric {

    /** σp, daily volatility of the portfolio ({@link PortfolioRisk#volatility()}). */
    PORTFOLIO_VOLATILITY("portfolio.volatility"),
    /** σp·√252, annualised volatility of the portfolio ({@link PortfolioRisk#volatilityAnnualized()}). */
    PORTFOLIO_VOLATILITY_ANNUALIZED("portfolio.volatilityAnnualized"),
    /** VaR at 99 % over the horizon, the 0.99 entry of {@link PortfolioRisk#valueAtRisk()}. */
    PORTFOLIO_VAR99("portfolio.var99"),
    /** ES at 97.5 % over the horizon, the 0.975 entry of {@link PortfolioRisk#expectedShortfall()}. */
    PORTFOLIO_ES975("portfolio.es975"),
    /** A position's forecast daily volatility σ_i ({@link RiskContribution#volatility()}). */
    POSITION_VOLATILITY("position.volatility"),
    /**
     * A position's share of portfolio risk, component_i / σp ({@link RiskContribution#share()}), signed: a hedge
     * has a negative share, which is below any (positive) limit.
     */
    POSITION_SHARE("position.share"),
    /** A position's absolute weight |w_i|. */
    POSITION_WEIGHT("position.weight"),
    /** The gross weight Σ|w_i| ({@link PortfolioRisk#grossWeight()}). */
    GROSS_WEIGHT("gross.weight");

    /** VaR confidence level read by {@link #PORTFOLIO_VAR99}. */
    static final double VAR_LEVEL = 0.99;
    /** ES confidence level read by {@link #PORTFOLIO_ES975}. */
    static final double ES_LEVEL = 0.975;

    private final String configName;

    LimitMetric(String configName) {
        this.configName = configName;
    }

    /** The name used in limits files and reports, e.g. {@code portfolio.var99}. */
    public String configName() {
        return configName;
    }

    /** True for the {@code position.*} metrics, which are checked once per ticker in scope. */
    public boolean isPositionMetric() {
        return configName.startsWith("position.");
    }

    /** Every config name, in declaration order. */
    public static List<String> configNames() {
        return Arrays.stream(values()).map(LimitMetric::configName).toList();
    }

    /**
     * The metric with config name {@code name} (exact, case-sensitive).
     *
     * @throws IllegalArgumentException naming the bad name and listing the valid ones
     */
    public static LimitMetric parse(String name) {
        for (LimitMetric metric : values()) {
            if (metric.configName.equals(name)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("unknown limit metric '" + name + "'; valid metrics are "
                + String.join(", ", configNames()));
    }

    /** Returns the config name. */
    @Override
    public String toString() {
        return configName;
    }

    /** The value of this portfolio-level metric (fraction). */
    double portfolioValue(PortfolioRisk risk, String limitName) {
        return switch (this) {
            case PORTFOLIO_VOLATILITY -> risk.volatility();
            case PORTFOLIO_VOLATILITY_ANNUALIZED -> risk.volatilityAnnualized();
            case PORTFOLIO_VAR99 -> level(risk.valueAtRisk().get(VAR_LEVEL), "VaR", VAR_LEVEL,
                    risk.valueAtRisk().keySet(), limitName);
            case PORTFOLIO_ES975 -> level(risk.expectedShortfall().get(ES_LEVEL), "ES", ES_LEVEL,
                    risk.expectedShortfall().keySet(), limitName);
            case GROSS_WEIGHT -> risk.grossWeight();
            default -> throw new IllegalStateException(configName + " is a position metric");
        };
    }

    /** The value of this position metric for one position (fraction). */
    double positionValue(RiskContribution position) {
        return switch (this) {
            case POSITION_VOLATILITY -> position.volatility();
            case POSITION_SHARE -> position.share();
            case POSITION_WEIGHT -> Math.abs(position.weight());
            default -> throw new IllegalStateException(configName + " is a portfolio metric");
        };
    }

    private static double level(Double value, String what, double level, Object available, String limitName) {
        if (value == null) {
            throw new IllegalArgumentException("limit '" + limitName + "' needs " + what + " at " + level
                    + " but the portfolio risk has " + what + " only at " + available);
        }
        return value;
    }
}
