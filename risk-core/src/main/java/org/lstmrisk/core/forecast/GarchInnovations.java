package org.lstmrisk.core.forecast;

/** The distribution of the standardised GARCH innovation z_t = r_t / σ_t (zero mean, unit variance). */
public enum GarchInnovations {
    /** Standard normal innovations. */
    GAUSSIAN,
    /** Student-t innovations with ν &gt; 2 degrees of freedom, rescaled to unit variance; ν is estimated. */
    STUDENT_T
}
