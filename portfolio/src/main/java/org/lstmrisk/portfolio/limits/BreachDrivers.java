package org.lstmrisk.portfolio.limits;

import java.util.Comparator;
import java.util.List;

import org.lstmrisk.portfolio.PortfolioRisk;
import org.lstmrisk.portfolio.RiskContribution;

/** Picks the positions that drove a breach of a portfolio-level limit. Stateless. */
final class BreachDrivers {

    /** How many drivers a portfolio-level breach names at most. */
    static final int MAX_DRIVERS = 3;

    private BreachDrivers() {
    }

    /**
     * For the risk metrics (volatility, VaR, ES: all proportional to σp) the positions with the largest positive
     * Euler components, largest first; for {@code gross.weight} the positions with the largest non-zero |w_i|.
     * Ties keep portfolio order. Hedges (component ≤ 0) never drive a risk breach.
     */
    static List<LimitDriver> forPortfolio(LimitMetric metric, PortfolioRisk risk) {
        boolean byWeight = metric == LimitMetric.GROSS_WEIGHT;
        Comparator<RiskContribution> largestFirst = byWeight
                ? Comparator.comparingDouble((RiskContribution c) -> Math.abs(c.weight())).reversed()
                : Comparator.comparingDouble(RiskContribution::component).reversed();
        return risk.contributions().stream()
                .filter(c -> byWeight ? c.weight() != 0.0 : c.component() > 0.0)
                .sorted(largestFirst)
                .limit(MAX_DRIVERS)
                .map(BreachDrivers::driver)
                .toList();
    }

    /** The position itself. */
    static List<LimitDriver> forPosition(RiskContribution position) {
        return List.of(driver(position));
    }

    private static LimitDriver driver(RiskContribution c) {
        return new LimitDriver(c.ticker(), c.weight(), c.share());
    }
}
