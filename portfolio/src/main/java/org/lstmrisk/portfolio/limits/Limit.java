package org.lstmrisk.portfolio.limits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A risk limit: a named bound on one {@link LimitMetric}, with a warning level and optional dates. This class is
 * immutable and thread-safe.
 *
 * @param name   unique among the limits checked together; not blank and without ':' (position results are named
 *               {@code <name>:<TICKER>})
 * @param metric the figure limited
 * @param limit  the bound, in the metric's units (a fraction), finite and &gt; 0; a value above it is a breach
 * @param warn   the warning level as a fraction of {@code limit}, in (0, 1]; a value at or above
 *               {@code warn × limit} is a warning
 * @param hard   whether a breach is hard (makes the nightly run exit 3) or soft (reported only)
 * @param scope  tickers a {@code position.*} limit applies to; empty means every ticker of the portfolio; must be
 *               empty for other metrics; no blanks or duplicates
 * @param from   first as-of date on which the limit is checked (inclusive), or null for no start
 * @param to     last as-of date on which the limit is checked (inclusive), or null for no end
 */
public record Limit(String name, LimitMetric metric, double limit, double warn, boolean hard, List<String> scope,
                    LocalDate from, LocalDate to) {

    /** The warning level used when a limit does not give one: 0.8, i.e. warn from 80 % of the limit. */
    public static final double DEFAULT_WARN = 0.8;

    /** Validates every component as documented and copies the scope. */
    public Limit {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("limit name is null or blank: '" + name + "'");
        }
        if (name.indexOf(':') >= 0) {
            throw new IllegalArgumentException("limit name must not contain ':' (position results are named "
                    + "<name>:<TICKER>): '" + name + "'");
        }
        if (metric == null) {
            throw new IllegalArgumentException("limit '" + name + "' has no metric");
        }
        if (!Double.isFinite(limit) || limit <= 0.0) {
            throw new IllegalArgumentException("limit '" + name + "': limit must be finite and > 0: " + limit);
        }
        if (!(warn > 0.0 && warn <= 1.0)) {
            throw new IllegalArgumentException("limit '" + name + "': warn must be in (0, 1] (a fraction of the "
                    + "limit): " + warn);
        }
        if (scope == null) {
            throw new IllegalArgumentException("limit '" + name + "': scope is null (use an empty list for all tickers)");
        }
        if (!scope.isEmpty() && !metric.isPositionMetric()) {
            throw new IllegalArgumentException("limit '" + name + "': scope " + scope + " is only allowed for "
                    + "position.* metrics, not " + metric.configName());
        }
        Set<String> seen = new HashSet<>();
        for (String ticker : scope) {
            if (ticker == null || ticker.isBlank()) {
                throw new IllegalArgumentException("limit '" + name + "': scope has a null or blank ticker: " + scope);
            }
            if (!seen.add(ticker)) {
                throw new IllegalArgumentException("limit '" + name + "': scope lists " + ticker + " twice");
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("limit '" + name + "': from " + from + " is after to " + to);
        }
        scope = List.copyOf(scope);
    }

    /** A hard limit on every ticker (for position metrics), always active, warning at {@link #DEFAULT_WARN}. */
    public static Limit of(String name, LimitMetric metric, double limit) {
        return new Limit(name, metric, limit, DEFAULT_WARN, true, List.of(), null, null);
    }

    /** This limit with warning level {@code newWarn} (fraction of the limit, in (0, 1]). */
    public Limit withWarn(double newWarn) {
        return new Limit(name, metric, limit, newWarn, hard, scope, from, to);
    }

    /** This limit, hard or soft. */
    public Limit withHard(boolean newHard) {
        return new Limit(name, metric, limit, warn, newHard, scope, from, to);
    }

    /** This limit restricted to {@code tickers} (position metrics only; empty for all tickers). */
    public Limit withScope(List<String> tickers) {
        return new Limit(name, metric, limit, warn, hard, tickers, from, to);
    }

    /** This limit active from {@code newFrom} to {@code newTo}, both inclusive, either null for open-ended. */
    public Limit withDates(LocalDate newFrom, LocalDate newTo) {
        return new Limit(name, metric, limit, warn, hard, scope, newFrom, newTo);
    }

    /** True when {@code asOf} lies within [from, to] (inclusive; a missing end is open). */
    public boolean isActiveOn(LocalDate asOf) {
        if (asOf == null) {
            throw new IllegalArgumentException("as-of date is null");
        }
        return (from == null || !asOf.isBefore(from)) && (to == null || !asOf.isAfter(to));
    }

    /**
     * The value from which a check warns, warn × limit (metric units). It is the double nearest to the exact decimal
     * product of the two numbers as written (their shortest decimal forms), so warn 0.8 on limit 0.10 gives exactly
     * the double 0.08, not 0.08000000000000002.
     */
    public double warnThreshold() {
        return BigDecimal.valueOf(warn).multiply(BigDecimal.valueOf(limit)).doubleValue();
    }
}
