package org.lstmrisk.evaluation.stats;

import org.lstmrisk.core.TradingCalendar;

/**
 * A volatility-targeting backtest: at the close of day t the exposure is min(cap, target / σ̂_t), with σ̂_t the daily
 * volatility forecast made at t, and it earns the next day's return: strategy return_{t+1} = exposure_t · r_{t+1}.
 * Returns are daily simple returns of the portfolio (fractions; from log returns use exp(r) − 1). No trading costs,
 * and the uninvested part earns nothing. This class is immutable and thread-safe.
 *
 * @param targetDailyVolatility target daily volatility (fraction), e.g. 0.10 / √252 for 10 % a year
 * @param maxExposure           cap on the exposure (1 = no leverage)
 * @param annualRiskFreeRate    annual risk-free rate for the Sharpe ratios (fraction; 0 = Sharpe of raw returns)
 */
public record VolatilityTargeting(double targetDailyVolatility, double maxExposure, double annualRiskFreeRate) {

    /** Validates a positive target and cap and a finite risk-free rate. */
    public VolatilityTargeting {
        if (!(Double.isFinite(targetDailyVolatility) && targetDailyVolatility > 0)) {
            throw new IllegalArgumentException("target daily volatility must be positive and finite, was "
                    + targetDailyVolatility);
        }
        if (!(Double.isFinite(maxExposure) && maxExposure > 0)) {
            throw new IllegalArgumentException("maximum exposure must be positive and finite, was " + maxExposure);
        }
        if (!Double.isFinite(annualRiskFreeRate)) {
            throw new IllegalArgumentException("risk-free rate must be finite, was " + annualRiskFreeRate);
        }
    }

    /**
     * Runs the backtest. {@code forecastVolatility[t]} is the forecast made at the close of day t, so it scales
     * {@code dailyReturns[t + 1]}; the strategy and buy-and-hold both cover days 1 … n−1.
     *
     * @throws IllegalArgumentException when lengths differ, there are fewer than 3 days, a forecast is negative or a
     *                                  value is not finite
     */
    public VolatilityTargetingResult run(double[] dailyReturns, double[] forecastVolatility) {
        Series.checkPair("volatility targeting", dailyReturns, forecastVolatility, 3);
        int days = dailyReturns.length - 1;
        double[] exposure = new double[days];
        double[] strategy = new double[days];
        double[] hold = new double[days];
        for (int t = 0; t < days; t++) {
            double f = forecastVolatility[t];
            if (f < 0) {
                throw new IllegalArgumentException("forecast volatility must be non-negative, but index " + t + " is " + f);
            }
            exposure[t] = f == 0 ? maxExposure : Math.min(maxExposure, targetDailyVolatility / f);
            strategy[t] = exposure[t] * dailyReturns[t + 1];
            hold[t] = dailyReturns[t + 1];
        }
        return new VolatilityTargetingResult(targetDailyVolatility * TradingCalendar.SQRT_DAYS_PER_YEAR,
                exposure, PerformanceSummary.of(strategy, annualRiskFreeRate),
                PerformanceSummary.of(hold, annualRiskFreeRate));
    }
}
