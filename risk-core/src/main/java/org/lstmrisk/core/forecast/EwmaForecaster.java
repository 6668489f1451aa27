package org.lstmrisk.core.forecast;

import org.lstmrisk.core.PriceSeries;

/**
 * RiskMetrics exponentially weighted moving average of squared daily log returns:
 * σ²_{t+1|t} = λ σ²_{t|t−1} + (1 − λ) r_t². The recursion is seeded with the mean squared return of the
 * first {@code seedDays} returns. The forecast is flat over the horizon. This class is immutable and thread-safe.
 *
 * @param lambda   decay factor in (0, 1); RiskMetrics uses 0.94 for daily data
 * @param seedDays number of initial returns whose mean square seeds the recursion
 */
public record EwmaForecaster(double lambda, int seedDays) implements VolatilityForecaster {

    /** RiskMetrics daily: λ = 0.94, seeded from 20 returns. */
    public static final EwmaForecaster RISKMETRICS = new EwmaForecaster(0.94, 20);

    /** Validates λ in (0, 1) and a positive seed. */
    public EwmaForecaster {
        if (!(lambda > 0 && lambda < 1)) {
            throw new IllegalArgumentException("EWMA lambda must be in (0, 1), was " + lambda);
        }
        if (seedDays < 1) {
            throw new IllegalArgumentException("EWMA seed days must be positive, was " + seedDays);
        }
    }

    @Override
    public String name() {
        return "ewma";
    }

    @Override
    public int minimumHistory() {
        return seedDays + 1;
    }

    @Override
    public VolatilityModel fit(PriceSeries history) {
        throw new UnsupportedOperationException("TODO");
    }
}
