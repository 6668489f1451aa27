package org.lstmrisk.core.forecast;

import java.util.Objects;
import org.lstmrisk.core.volatility.CloseToCloseEstimator;
import org.lstmrisk.core.volatility.RealisedVolatilityEstimator;

/**
 * Settings of a walk-forward evaluation. This class is immutable and thread-safe.
 *
 * @param horizonDays       forecast horizon h in trading days (the forecast at t is for t+1 … t+h), at least 1
 * @param refitEveryDays    refit the model every this many forecast dates (1 = every date); in between the model is
 *                          {@link VolatilityModel#update updated}
 * @param window            expanding or rolling estimation window for refits
 * @param rollingWindowDays number of prices in a rolling window (ignored when expanding), at least 2
 * @param targetEstimator   estimator of the realised daily volatility over t+1 … t+h, the target
 */
public record WalkForwardConfig(int horizonDays, int refitEveryDays, WalkForwardWindow window, int rollingWindowDays,
        RealisedVolatilityEstimator targetEstimator) implements java.io.Serializable {

    /** One-day horizon, refit every 20 days on an expanding window, close-to-close target (|r_{t+1}| at h = 1). */
    public static final WalkForwardConfig DEFAULT =
            new WalkForwardConfig(1, 20, WalkForwardWindow.EXPANDING, 0, new CloseToCloseEstimator());

    /** Validates positive horizon and refit interval, and a rolling window of at least 2 prices when rolling. */
    public WalkForwardConfig {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(targetEstimator, "targetEstimator");
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 day, was " + horizonDays);
        }
        if (refitEveryDays < 1) {
            throw new IllegalArgumentException("refit interval must be at least 1 day, was " + refitEveryDays);
        }
        if (window == WalkForwardWindow.ROLLING && rollingWindowDays < 2) {
            throw new IllegalArgumentException("a rolling window needs at least 2 prices, was " + rollingWindowDays);
        }
    }
}
