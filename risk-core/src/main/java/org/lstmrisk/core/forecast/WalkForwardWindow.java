package org.lstmrisk.core.forecast;

/** Which past data a walk-forward refit sees. */
public enum WalkForwardWindow {
    /** Everything from the first date up to the as-of date. */
    EXPANDING,
    /** The last {@link WalkForwardConfig#rollingWindowDays()} prices up to the as-of date. */
    ROLLING
}
