package org.lstmrisk.portfolio.limits;

/** The outcome of checking one value against one limit. */
public enum LimitStatus {

    /** The value is below the warning threshold. */
    OK,
    /** The value is at or above the warning threshold and at or below the limit. */
    WARN,
    /** The value is strictly above the limit. */
    BREACH;

    /**
     * Classifies {@code value}: BREACH when value &gt; limit, else WARN when value ≥ warnThreshold, else OK. The
     * comparisons are on the doubles as given (not on value / limit), so a value exactly at the limit is WARN and a
     * value exactly at the threshold is WARN.
     *
     * @throws IllegalArgumentException when a number is not finite, or the threshold is not in (0, limit]
     */
    public static LimitStatus classify(double value, double warnThreshold, double limit) {
        if (!Double.isFinite(value) || !Double.isFinite(warnThreshold) || !Double.isFinite(limit)) {
            throw new IllegalArgumentException("value, warn threshold and limit must be finite: " + value + ", "
                    + warnThreshold + ", " + limit);
        }
        if (!(warnThreshold > 0.0 && warnThreshold <= limit)) {
            throw new IllegalArgumentException("warn threshold must be in (0, limit " + limit + "]: " + warnThreshold);
        }
        if (value > limit) {
            return BREACH;
        }
        return value >= warnThreshold ? WARN : OK;
    }
}
