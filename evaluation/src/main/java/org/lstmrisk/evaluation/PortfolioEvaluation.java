package org.lstmrisk.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.lstmrisk.evaluation.stats.PerformanceSummary;

/**
 * The portfolio part of an evaluation: the daily series it was computed from and each model's results. Index t of
 * the per-forecast arrays is the as-of date {@code dates.get(t)}; the realised values are over t+1 … t+h. Arrays are
 * not copied (package-internal value; treat them as read-only).
 *
 * @param dates                as-of dates
 * @param realisedReturn       realised portfolio log return over t+1 … t+h (fraction; daily log return of the
 *                             fixed-weight portfolio, ln(1 + Σ w_i R_i), summed over the horizon)
 * @param realisedVolatility   root mean squared daily portfolio log return over t+1 … t+h (fraction)
 * @param sigma                [model][t] forecast portfolio daily volatility σp = √(wᵀΣw)
 * @param valueAtRisk          [model][t] VaR over the horizon, z·σp·√h, positive fraction of value
 * @param exceptions           [model][t] true when −realisedReturn &gt; VaR
 * @param returnDates          the days d_0 … d_T of {@code simpleReturns}: the as-of dates and the next trading day
 * @param simpleReturns        daily simple return of the fixed-weight portfolio Σ w_i R_i into each of
 *                             {@code returnDates} (the volatility-targeting input; element 0 is not traded)
 * @param correlationRepairs   as-of dates whose sample correlation had to be repaired to be PSD
 * @param zeroRealisedDays     forecast days left out of the portfolio accuracy because the realised proxy was zero
 * @param models               one result per model, in lineup order
 * @param buyAndHold           the fixed-weight portfolio, fully invested, over the targeting days
 * @param varMethods           the backtest of each VaR method of the settings, in their order
 */
record PortfolioEvaluation(List<LocalDate> dates, double[] realisedReturn, double[] realisedVolatility,
        double[][] sigma, double[][] valueAtRisk, boolean[][] exceptions, List<LocalDate> returnDates,
        double[] simpleReturns, int correlationRepairs, int zeroRealisedDays, List<PortfolioModelResult> models,
        PerformanceSummary buyAndHold, List<VarMethodBacktest> varMethods,
        List<MinimumVarianceResult> minimumVariance) {

    /** Copies the lists. */
    PortfolioEvaluation {
        dates = List.copyOf(dates);
        returnDates = List.copyOf(returnDates);
        models = List.copyOf(models);
        varMethods = List.copyOf(varMethods);
        minimumVariance = List.copyOf(minimumVariance);
    }
}
