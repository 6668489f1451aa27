package org.lstmrisk.evaluation.stats;

/**
 * Accuracy of daily volatility forecasts against realised daily volatility, as reported in the literature. QLIKE and
 * MSE are on variance (the squares); the others are on volatility (fractions). This class is immutable and
 * thread-safe.
 *
 * @param observations      number of forecast/realised pairs
 * @param qlike             mean QLIKE on daily variance (dimensionless)
 * @param mseVariance       mean squared error on daily variance (squared variance units)
 * @param mae               mean absolute error on daily volatility (fraction)
 * @param rmse              root mean squared error on daily volatility (fraction)
 * @param rSquared          out-of-sample R² = 1 − SSE/SST on volatility, SST around the mean realised volatility
 *                          (may be negative)
 * @param correlation       Pearson correlation R of forecast and realised volatility
 * @param mape              mean absolute percentage error mean(|σ̂ − σ| / σ) on volatility, as a fraction (0.2 = 20 %)
 * @param directionAccuracy fraction of days t ≥ 1 on which the forecast change σ̂_t − σ_{t−1} and the realised change
 *                          σ_t − σ_{t−1}, both from the previous realised value, have the same sign (a zero realised
 *                          change counts as a hit only when the forecast change is zero too)
 */
public record ForecastAccuracy(int observations, double qlike, double mseVariance, double mae, double rmse,
        double rSquared, double correlation, double mape, double directionAccuracy) {

    /** Validates at least two observations and finite values (R and R² may be NaN for constant series). */
    public ForecastAccuracy {
        if (observations < 2) {
            throw new IllegalArgumentException("accuracy needs at least 2 observations, got " + observations);
        }
        for (double v : new double[] {qlike, mseVariance, mae, rmse, mape, directionAccuracy}) {
            if (!(Double.isFinite(v) && v >= 0)) {
                throw new IllegalArgumentException("losses and rates must be finite and non-negative, got " + v);
            }
        }
    }

    /**
     * The accuracy of {@code forecastVolatility} against {@code realisedVolatility} (daily volatilities, fractions).
     *
     * @throws IllegalArgumentException when lengths differ, there are fewer than 2 pairs, or a value is not positive
     *                                  and finite (QLIKE and MAPE need positive realised values)
     */
    public static ForecastAccuracy of(double[] forecastVolatility, double[] realisedVolatility) {
        Series.checkPair("forecast accuracy", forecastVolatility, realisedVolatility, 2);
        Series.checkPositive("forecast volatility", forecastVolatility);
        Series.checkPositive("realised volatility", realisedVolatility);
        int n = forecastVolatility.length;
        double[] fv = new double[n];
        double[] rv = new double[n];
        for (int i = 0; i < n; i++) {
            fv[i] = forecastVolatility[i] * forecastVolatility[i];
            rv[i] = realisedVolatility[i] * realisedVolatility[i];
        }
        double meanF = Series.mean(forecastVolatility);
        double meanR = Series.mean(realisedVolatility);
        double abs = 0;
        double sse = 0;
        double ape = 0;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        int hits = 0;
        for (int i = 0; i < n; i++) {
            double f = forecastVolatility[i];
            double r = realisedVolatility[i];
            double e = f - r;
            abs += Math.abs(e);
            sse += e * e;
            ape += Math.abs(e) / r;
            sxy += (f - meanF) * (r - meanR);
            sxx += (f - meanF) * (f - meanF);
            syy += (r - meanR) * (r - meanR);
            if (i > 0) {
                double predicted = Math.signum(f - realisedVolatility[i - 1]);
                double actual = Math.signum(r - realisedVolatility[i - 1]);
                hits += predicted == actual ? 1 : 0;
            }
        }
        return new ForecastAccuracy(n, VarianceLoss.QLIKE.mean(fv, rv), VarianceLoss.MSE.mean(fv, rv), abs / n,
                Math.sqrt(sse / n), 1 - sse / syy, sxy / Math.sqrt(sxx * syy), ape / n, hits / (double) (n - 1));
    }
}
