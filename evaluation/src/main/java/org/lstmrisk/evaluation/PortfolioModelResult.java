package org.lstmrisk.evaluation;

import java.util.Objects;
import org.lstmrisk.evaluation.stats.DieboldMarianoResult;
import org.lstmrisk.evaluation.stats.ForecastAccuracy;
import org.lstmrisk.evaluation.stats.MincerZarnowitzResult;
import org.lstmrisk.evaluation.stats.VolatilityTargetingResult;

/**
 * One model's results on the equally weighted portfolio. This class is immutable and thread-safe.
 *
 * @param model           the model name
 * @param accuracy        σp (daily volatility) against the realised portfolio volatility proxy (root mean squared daily
 *                        portfolio log return over the horizon)
 * @param mincerZarnowitz realised portfolio variance on forecast σp², or {@code null} when undefined
 * @param dmQlike         Diebold–Mariano of the portfolio QLIKE losses against the best baseline, or {@code null}
 * @param valueAtRisk     the VaR backtests
 * @param targeting       the volatility-targeting backtest driven by this model's σp
 */
public record PortfolioModelResult(String model, ForecastAccuracy accuracy, MincerZarnowitzResult mincerZarnowitz,
        DieboldMarianoResult dmQlike, VarBacktestSummary valueAtRisk, VolatilityTargetingResult targeting) {

    /** Checks the required fields. */
    public PortfolioModelResult {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(accuracy, "accuracy");
        Objects.requireNonNull(valueAtRisk, "valueAtRisk");
        Objects.requireNonNull(targeting, "targeting");
    }
}
