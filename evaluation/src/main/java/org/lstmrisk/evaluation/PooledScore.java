package org.lstmrisk.evaluation;

import java.util.Objects;
import org.lstmrisk.evaluation.stats.DieboldMarianoResult;

/**
 * One model's accuracy pooled over all scored ticker-days. QLIKE, MSE (daily variance), MAE, RMSE and MAPE (daily
 * volatility, fractions) are means over all ticker-days (RMSE the root of the mean squared error); direction accuracy
 * counts hits over all tickers' day-to-day changes; R² and R are the means of the per-ticker values (pooling them
 * would reward fitting the cross-section of volatility levels rather than its changes). This class is immutable and
 * thread-safe.
 *
 * @param model             the model name
 * @param baseline          true for a classical baseline
 * @param observations      scored ticker-days
 * @param qlike             mean QLIKE loss
 * @param mseVariance       mean squared error of daily variance
 * @param mae               mean absolute error of daily volatility
 * @param rmse              root mean squared error of daily volatility
 * @param meanRSquared      mean over tickers of the out-of-sample R² on volatility
 * @param meanCorrelation   mean over tickers of the correlation of forecast and realised volatility
 * @param mape              mean absolute percentage error of volatility, fraction
 * @param directionAccuracy fraction of day-to-day changes whose direction was forecast right
 * @param dmQlike           Diebold–Mariano on the daily cross-sectional mean QLIKE loss against the best baseline,
 *                          or {@code null} for the best baseline itself
 * @param dmMse             the same on MSE
 */
public record PooledScore(String model, boolean baseline, int observations, double qlike, double mseVariance,
        double mae, double rmse, double meanRSquared, double meanCorrelation, double mape, double directionAccuracy,
        DieboldMarianoResult dmQlike, DieboldMarianoResult dmMse) {

    /** Checks the name and a positive count. */
    public PooledScore {
        Objects.requireNonNull(model, "model");
        if (observations < 1) {
            throw new IllegalArgumentException(model + ": no scored ticker-days");
        }
    }
}
