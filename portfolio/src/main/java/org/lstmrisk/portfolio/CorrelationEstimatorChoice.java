package org.lstmrisk.portfolio;

import java.util.Locale;

/**
 * The {@code --correlation-estimator} choice (config key {@code correlation_estimator}): one estimator, or
 * {@link #AUTO}, which picks by the ratio q = n / W of names to days in the correlation window. <b>The auto rule:</b>
 * the sample correlation when n ≤ W/4 (q ≤ 0.25), else the Ledoit–Wolf shrinkage. Why 1/4: for independent series the
 * sample correlation's eigenvalues spread over the Marchenko–Pastur interval [(1 − √q)², (1 + √q)²]; at q = 0.25 that
 * is [0.25, 2.25], a condition number of 9 from noise alone, which σp and the contributions still tolerate, and
 * beyond it the smallest eigenvalues fall fast towards 0 (singular at q = 1). So 30 names over 252 days (q = 0.12,
 * the djia30 book) keep the sample correlation and their figures, and 500 names over 252 days (q ≈ 2) are shrunk.
 * Shrinkage rather than the factor model is the large-book default because it needs no eigen decomposition
 * (O(n²·W) per estimate, PSD by construction) and it keeps the sample's sector structure in proportion 1 − δ.
 */
public enum CorrelationEstimatorChoice {
    /** The sample correlation (Higham repair if needed). */
    SAMPLE,
    /** Ledoit–Wolf shrinkage towards constant correlation. */
    SHRINKAGE,
    /** The principal-component factor model. */
    FACTOR,
    /** Sample when n ≤ W/4, else shrinkage. */
    AUTO;

    /** The name on the command line and in the configuration file. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice named {@code name} (case-insensitive). */
    public static CorrelationEstimatorChoice parse(String name) {
        for (CorrelationEstimatorChoice c : values()) {
            if (c.configName().equalsIgnoreCase(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown correlation estimator '" + name
                + "'; expected sample, shrinkage, factor or auto");
    }

    /** The estimator for {@code names} positions and a window of {@code windowDays} returns. */
    public CorrelationEstimator estimatorFor(int names, int windowDays) {
        return switch (this) {
            case SAMPLE -> SampleCorrelation.DEFAULT;
            case SHRINKAGE -> ShrunkCorrelation.DEFAULT;
            case FACTOR -> FactorCorrelation.DEFAULT;
            case AUTO -> 4L * names <= windowDays ? SampleCorrelation.DEFAULT : ShrunkCorrelation.DEFAULT;
        };
    }
}
