package org.lstmrisk.portfolio.limits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lstmrisk.portfolio.PortfolioRisk;
import org.lstmrisk.portfolio.RiskContribution;

/**
 * Checks limits against a {@link PortfolioRisk} on an as-of date. A limit whose dates do not contain the as-of
 * date is inactive: it is skipped, yields no result and its scope is not checked. A {@code position.*} limit yields
 * one result per ticker in scope, named {@code <name>:<TICKER>}, in portfolio order. Stateless. This class is
 * immutable and thread-safe.
 */
public final class LimitChecker {

    /** The checker. */
    public static final LimitChecker DEFAULT = new LimitChecker();

    /** A checker; it has no configuration. */
    public LimitChecker() {
    }

    /**
     * Checks every limit active on {@code asOf}. Results come in the order of {@code limits}; within a position
     * limit, in the order of the portfolio's tickers.
     *
     * @throws IllegalArgumentException on null arguments, duplicate limit names, a scope naming a ticker that is
     *                                  not in the portfolio (the message names the limit and the ticker), or a
     *                                  VaR/ES level the risk does not have
     */
    public List<LimitResult> check(List<Limit> limits, PortfolioRisk risk, LocalDate asOf) {
        if (limits == null || risk == null || asOf == null) {
            throw new IllegalArgumentException("limits, risk and as-of date must not be null");
        }
        Set<String> names = new HashSet<>();
        for (Limit limit : limits) {
            if (limit == null) {
                throw new IllegalArgumentException("limits contain null: " + limits);
            }
            if (!names.add(limit.name())) {
                throw new IllegalArgumentException("duplicate limit name '" + limit.name() + "'");
            }
        }
        Map<String, RiskContribution> positions = new LinkedHashMap<>();
        for (RiskContribution c : risk.contributions()) {
            if (positions.put(c.ticker(), c) != null) {
                throw new IllegalArgumentException("the portfolio risk lists ticker " + c.ticker() + " twice");
            }
        }
        List<LimitResult> results = new ArrayList<>();
        for (Limit limit : limits) {
            if (!limit.isActiveOn(asOf)) {
                continue;
            }
            if (limit.metric().isPositionMetric()) {
                for (RiskContribution position : inScope(limit, positions)) {
                    double value = limit.metric().positionValue(position);
                    results.add(result(limit, limit.name() + ":" + position.ticker(), value,
                            BreachDrivers.forPosition(position)));
                }
            } else {
                double value = limit.metric().portfolioValue(risk, limit.name());
                results.add(result(limit, limit.name(), value, BreachDrivers.forPortfolio(limit.metric(), risk)));
            }
        }
        return List.copyOf(results);
    }

    /** True when some result is a breach of a hard limit (the nightly run then exits 3). */
    public boolean anyHardBreach(List<LimitResult> results) {
        if (results == null) {
            throw new IllegalArgumentException("results are null");
        }
        return results.stream().anyMatch(LimitResult::isHardBreach);
    }

    private static List<RiskContribution> inScope(Limit limit, Map<String, RiskContribution> positions) {
        if (limit.scope().isEmpty()) {
            return List.copyOf(positions.values());
        }
        Set<String> wanted = new HashSet<>();
        for (String ticker : limit.scope()) {
            if (!positions.containsKey(ticker)) {
                throw new IllegalArgumentException("limit '" + limit.name() + "' names ticker " + ticker
                        + " which is not in the portfolio " + positions.keySet());
            }
            wanted.add(ticker);
        }
        return positions.values().stream().filter(c -> wanted.contains(c.ticker())).toList();
    }

    private static LimitResult result(Limit limit, String name, double value, List<LimitDriver> breachDrivers) {
        double threshold = limit.warnThreshold();
        LimitStatus status = LimitStatus.classify(value, threshold, limit.limit());
        List<LimitDriver> drivers = status == LimitStatus.BREACH ? breachDrivers : List.of();
        return new LimitResult(name, limit.metric(), value, limit.limit(), threshold, value / limit.limit(),
                status, limit.hard(), drivers);
    }
}
