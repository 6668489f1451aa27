package org.lstmrisk.core.forecast;

import org.lstmrisk.core.LogReturns;
import org.lstmrisk.core.PriceSeries;

/**
 * RiskMetrics exponentially weighted moving average of squared daily log returns:
 * σ²_{t+1|t} = λ σ²_{t|t−1} + (1 − λ) r_t². The forecast is flat over the horizon.
 *
 * <p>Which returns go where: with prices p_0 … p_n and returns r_1 … r_n (r_k = ln p_k − ln p_{k−1}, the return
 * into day k), the first {@code seedDays} returns r_1 … r_s seed the forecast variance for day s + 1:
 * σ²_{s+1|s} = mean(r_1², …, r_s²). The recursion then runs over the remaining returns r_{s+1} … r_n, each used
 * exactly once, giving σ²_{n+1|n}, the daily variance forecast for the day after the last date. A seed return
 * never enters the recursion. With exactly {@code seedDays + 1} prices the model is the seed alone.
 * {@link EwmaModel#update} continues the same recursion, so fitting once on a long history and fitting on a
 * prefix then updating give bit-identical models.
 *
 * <p>This class is immutable and thread-safe.
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

    /**
     * Fits on {@code history}: seeds with its first {@code seedDays} returns and runs the recursion over the
     * rest, as described on this class. The model's state is the daily variance forecast for the day after
     * {@code history.lastDate()}.
     *
     * @throws IllegalArgumentException when {@code history} has fewer than {@link #minimumHistory()} prices
     */
    @Override
    public EwmaModel fit(PriceSeries history) {
        if (history.size() < minimumHistory()) {
            throw new IllegalArgumentException("EWMA with " + seedDays + " seed days needs at least "
                    + minimumHistory() + " prices, but " + history.ticker() + " has " + history.size());
        }
        double[] returns = LogReturns.of(history);
        double sumSquares = 0;
        for (int k = 0; k < seedDays; k++) {
            sumSquares += returns[k] * returns[k];
        }
        double variance = sumSquares / seedDays;
        for (int k = seedDays; k < returns.length; k++) {
            variance = EwmaModel.step(lambda, variance, returns[k]);
        }
        int last = history.size() - 1;
        return new EwmaModel(history.ticker(), history.lastDate(), history.close(last), lambda, variance);
    }
}
