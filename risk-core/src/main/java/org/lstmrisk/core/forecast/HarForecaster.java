package org.lstmrisk.core.forecast;

import java.util.Objects;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.volatility.CloseToCloseEstimator;
import org.lstmrisk.core.volatility.RealisedVolatilityEstimator;

/**
 * HAR-RV (Corsi 2009) on daily realised <em>variance</em>: RV_{t+1} = b0 + b_d RV_t + b_w RV_t^(5) + b_m RV_t^(22),
 * estimated by least squares ({@link HarRegression}). The daily realised variance of day t is the square of
 * {@code dailyEstimator}'s one-day volatility: r_t² for close-to-close, the day's Garman–Klass term for
 * {@code garman-klass}. Daily variances are taken for days 1 … n−1 of the history (day 0 has no previous close).
 * Multi-step forecasts iterate the regression (see {@link HarModel#forecastVolatility}). This class is immutable
 * and thread-safe.
 *
 * @param dailyEstimator estimator whose one-day volatility, squared, is the daily realised variance
 */
public record HarForecaster(RealisedVolatilityEstimator dailyEstimator) implements VolatilityForecaster {

    /** HAR on squared daily close-to-close log returns. */
    public static final HarForecaster CLOSE_TO_CLOSE = new HarForecaster(new CloseToCloseEstimator());

    /** Validates a non-null estimator. */
    public HarForecaster {
        Objects.requireNonNull(dailyEstimator, "dailyEstimator");
    }

    @Override
    public String name() {
        return "har";
    }

    /** Enough prices for {@link HarRegression#MINIMUM_ROWS} regression rows: 122 daily variances, 123 prices. */
    @Override
    public int minimumHistory() {
        return HarRegression.MINIMUM_ROWS + HarRegression.MONTH + 1;
    }

    /**
     * Estimates the coefficients on all daily realised variances of {@code history} and keeps the last 22.
     *
     * @throws IllegalArgumentException when the history is too short, lacks prices the estimator needs, or the
     *                                  regressors are collinear
     */
    @Override
    public HarModel fit(PriceSeries history) {
        Objects.requireNonNull(history, "history");
        if (history.size() < minimumHistory()) {
            throw new IllegalArgumentException("HAR needs at least " + minimumHistory() + " prices, but "
                    + history.ticker() + " has " + history.size());
        }
        double[] rv = dailyVariances(history, 1, history.size() - 1);
        return HarModel.of(history, dailyEstimator, HarRegression.estimate(rv));
    }

    /** The daily realised variances of days {@code from … to} (inclusive) of {@code series}. */
    double[] dailyVariances(PriceSeries series, int from, int to) {
        double[] rv = new double[to - from + 1];
        for (int t = from; t <= to; t++) {
            double v = dailyEstimator.volatility(series, t, 1);
            rv[t - from] = v * v;
        }
        return rv;
    }
}
