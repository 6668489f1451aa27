package org.lstmrisk.core.features;

import java.util.Arrays;
import org.lstmrisk.core.LogReturns;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.forecast.EwmaForecaster;
import org.lstmrisk.core.forecast.EwmaModel;

/**
 * The RiskMetrics EWMA forecast of tomorrow's daily volatility (fraction) as known at each day's close: seeded
 * with the mean square of the first 20 close-to-close log returns (as the RiskMetrics forecaster), then
 * σ²_{i+1|i} = λ σ²_{i|i−1} + (1 − λ) r_i². It feeds a classical forecast into a neural network (a hybrid model).
 * Day i's value equals {@code new EwmaForecaster(λ, 20).fit(prices up to i)}'s forecast. This class is immutable
 * and thread-safe.
 *
 * @param lambda decay factor in (0, 1)
 */
public record EwmaVolatilityFeature(double lambda) implements DailyFeature {

    /** Returns whose mean square seeds the recursion: the RiskMetrics forecaster's. */
    public static final int SEED_DAYS = EwmaForecaster.RISKMETRICS.seedDays();

    /** Validates λ in (0, 1). */
    public EwmaVolatilityFeature {
        if (!(lambda > 0 && lambda < 1)) {
            throw new IllegalArgumentException("EWMA lambda must be in (0, 1), was " + lambda);
        }
    }

    @Override
    public String spec() {
        return "ewma(" + lambda + ")";
    }

    @Override
    public int warmUpDays() {
        return SEED_DAYS;
    }

    @Override
    public double[] compute(FeatureInputs inputs) {
        PriceSeries s = inputs.prices();
        double[] out = new double[s.size()];
        Arrays.fill(out, Double.NaN);
        if (s.size() <= SEED_DAYS) {
            return out;
        }
        double sum = 0;
        for (int i = 1; i <= SEED_DAYS; i++) {
            double r = LogReturns.between(s.close(i - 1), s.close(i));
            sum += r * r;
        }
        double variance = sum / SEED_DAYS;
        out[SEED_DAYS] = Math.sqrt(variance);
        for (int i = SEED_DAYS + 1; i < out.length; i++) {
            double r = LogReturns.between(s.close(i - 1), s.close(i));
            variance = EwmaModel.step(lambda, variance, r);
            out[i] = Math.sqrt(variance);
        }
        return out;
    }
}
