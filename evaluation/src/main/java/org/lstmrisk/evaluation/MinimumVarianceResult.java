package org.lstmrisk.evaluation;

/**
 * One model's minimum-variance backtest ({@link MinimumVarianceBacktest}). Volatilities are daily fractions.
 *
 * @param model               the model
 * @param days                as-of dates on which the portfolio was formed and scored
 * @param singularDays        as-of dates on which ρ was singular, so no minimum-variance portfolio exists
 * @param realisedVolatility  root mean square of the portfolio's realised daily log returns (per day of horizon)
 * @param predictedVolatility root mean square of its predicted daily volatility σp
 * @param var                 its normal VaR backtest, or null with fewer than 2 days
 */
public record MinimumVarianceResult(String model, int days, int singularDays, double realisedVolatility,
                                    double predictedVolatility, VarBacktestSummary var) {

    /** Realised over predicted volatility: 1 when the estimate is right on average, above 1 when it under-predicts. */
    public double ratio() {
        return realisedVolatility / predictedVolatility;
    }
}
