package org.lstmrisk.core.features;

/** How a {@link Scaler} maps a column: to [0, 1] over the fitting slice, or to zero mean and unit variance. */
public enum ScalerKind {
    /** (x − min) / (max − min) over the fitting slice. */
    MIN_MAX,
    /** (x − mean) / sd (population sd) over the fitting slice. */
    Z_SCORE
}
