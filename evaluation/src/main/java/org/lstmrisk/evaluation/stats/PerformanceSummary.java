package org.lstmrisk.evaluation.stats;

import org.lstmrisk.core.TradingCalendar;

/**
 * Performance of a series of daily simple returns. The Sharpe ratio is annualised with √252 and uses a constant
 * risk-free rate (annual, simple, spread evenly over 252 days). This class is immutable and thread-safe.
 *
 * @param days                  number of daily returns
 * @param cumulativeReturn      Π(1 + r_t) − 1, as a fraction
 * @param annualisedVolatility  sample standard deviation (n − 1) of daily returns × √252, as a fraction
 * @param maxDrawdown           largest peak-to-trough fall of wealth, 1 − W_t / max_{s≤t} W_s (wealth starting at 1),
 *                              as a positive fraction
 * @param sharpeRatio           (mean daily return − risk-free / 252) / daily standard deviation × √252
 * @param annualRiskFreeRate    the risk-free rate used (annual fraction)
 */
public record PerformanceSummary(int days, double cumulativeReturn, double annualisedVolatility, double maxDrawdown,
        double sharpeRatio, double annualRiskFreeRate) {

    /** Validates at least 2 days, finite figures, a non-negative volatility and a drawdown in [0, 1]. */
    public PerformanceSummary {
        if (days < 2) {
            throw new IllegalArgumentException("performance needs at least 2 days, got " + days);
        }
        if (!(Double.isFinite(cumulativeReturn) && cumulativeReturn >= -1)) {
            throw new IllegalArgumentException("cumulative return must be finite and at least -1, was " + cumulativeReturn);
        }
        if (!(Double.isFinite(annualisedVolatility) && annualisedVolatility >= 0)) {
            throw new IllegalArgumentException("volatility must be finite and non-negative, was " + annualisedVolatility);
        }
        if (!(maxDrawdown >= 0 && maxDrawdown <= 1)) {
            throw new IllegalArgumentException("maximum drawdown must be in [0, 1], was " + maxDrawdown);
        }
        if (!Double.isFinite(annualRiskFreeRate)) {
            throw new IllegalArgumentException("risk-free rate must be finite, was " + annualRiskFreeRate);
        }
    }

    /**
     * The summary of {@code dailyReturns} (simple returns, fractions, each ≥ −1). The Sharpe ratio is NaN when the
     * returns are constant.
     *
     * @throws IllegalArgumentException when there are fewer than 2 returns or one is below −1 or not finite
     */
    public static PerformanceSummary of(double[] dailyReturns, double annualRiskFreeRate) {
        Series.checkSingle("performance", dailyReturns, 2);
        double wealth = 1;
        double peak = 1;
        double drawdown = 0;
        for (int t = 0; t < dailyReturns.length; t++) {
            if (dailyReturns[t] < -1) {
                throw new IllegalArgumentException("a simple return cannot be below -1, but index " + t + " is "
                        + dailyReturns[t]);
            }
            wealth *= 1 + dailyReturns[t];
            peak = Math.max(peak, wealth);
            drawdown = Math.max(drawdown, 1 - wealth / peak);
        }
        double mean = Series.mean(dailyReturns);
        double ss = 0;
        for (double r : dailyReturns) {
            ss += (r - mean) * (r - mean);
        }
        double sd = Math.sqrt(ss / (dailyReturns.length - 1));
        double sharpe = (mean - annualRiskFreeRate / TradingCalendar.DAYS_PER_YEAR) / sd
                * TradingCalendar.SQRT_DAYS_PER_YEAR;
        return new PerformanceSummary(dailyReturns.length, wealth - 1, sd * TradingCalendar.SQRT_DAYS_PER_YEAR,
                drawdown, sharpe, annualRiskFreeRate);
    }
}
