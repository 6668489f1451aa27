package org.lstmrisk.evaluation.stats;

import java.util.Objects;

/**
 * The Basel traffic-light assessment of a 99 % one-day VaR over the last 250 trading days. This class is immutable
 * and thread-safe.
 *
 * @param observations number of days assessed (250)
 * @param exceptions   number of exceptions in those days
 * @param zone         green (0–4), yellow (5–9) or red (≥ 10)
 * @param plusFactor   the Basel plus factor: 0 in green; 0.40, 0.50, 0.65, 0.75, 0.85 for 5 … 9; 1 in red
 * @param multiplier   the capital multiplier 3 + plus factor
 */
public record BaselTrafficLightResult(int observations, int exceptions, TrafficLightZone zone, double plusFactor,
        double multiplier) {

    /** Validates counts, a non-null zone and a multiplier of 3 + plus factor. */
    public BaselTrafficLightResult {
        Objects.requireNonNull(zone, "zone");
        if (observations < 1 || exceptions < 0 || exceptions > observations) {
            throw new IllegalArgumentException("invalid counts: " + exceptions + " exceptions in " + observations
                    + " days");
        }
        if (!(plusFactor >= 0 && plusFactor <= 1) || multiplier != 3 + plusFactor) {
            throw new IllegalArgumentException("invalid plus factor " + plusFactor + " or multiplier " + multiplier);
        }
    }
}
