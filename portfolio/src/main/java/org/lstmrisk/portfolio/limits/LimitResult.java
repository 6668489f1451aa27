package org.lstmrisk.portfolio.limits;

import java.util.List;

/**
 * The check of one limit (or of one ticker of a {@code position.*} limit) on one as-of date. All numbers are in
 * the metric's units (fractions) except the utilisation. This class is immutable and thread-safe.
 *
 * @param name          the limit's name, or {@code <name>:<TICKER>} for a position limit
 * @param metric        the figure checked
 * @param value         its value (for {@code position.share} signed: a hedge is negative)
 * @param limit         the limit; above it is a breach
 * @param warnThreshold warn × limit; at or above it is a warning
 * @param utilisation   value / limit (1.0 = at the limit; negative for a hedge's share)
 * @param status        OK, WARN or BREACH, see {@link LimitStatus#classify}
 * @param hard          whether a breach is hard
 * @param drivers       on a BREACH, what drove it (the largest contributors, largest first, at most three, for a
 *                      portfolio limit; the ticker itself for a position limit); empty otherwise
 */
public record LimitResult(String name, LimitMetric metric, double value, double limit, double warnThreshold,
                          double utilisation, LimitStatus status, boolean hard, List<LimitDriver> drivers) {

    /** Validates a non-blank name, non-null metric, status and drivers, finite numbers and 0 &lt; threshold ≤ limit. */
    public LimitResult {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("result name is null or blank: '" + name + "'");
        }
        if (metric == null || status == null || drivers == null) {
            throw new IllegalArgumentException("result '" + name + "' has a null metric, status or drivers");
        }
        if (!Double.isFinite(value) || !Double.isFinite(utilisation)) {
            throw new IllegalArgumentException("result '" + name + "' has a non-finite value or utilisation: "
                    + value + ", " + utilisation);
        }
        if (!Double.isFinite(limit) || limit <= 0.0) {
            throw new IllegalArgumentException("result '" + name + "': limit must be finite and > 0: " + limit);
        }
        if (!(warnThreshold > 0.0 && warnThreshold <= limit)) {
            throw new IllegalArgumentException("result '" + name + "': warn threshold must be in (0, " + limit
                    + "]: " + warnThreshold);
        }
        drivers = List.copyOf(drivers);
    }

    /** True when this is a breach of a hard limit. */
    public boolean isHardBreach() {
        return hard && status == LimitStatus.BREACH;
    }
}
