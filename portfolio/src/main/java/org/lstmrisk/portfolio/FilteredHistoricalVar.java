package org.lstmrisk.portfolio;

import java.util.List;
import java.util.TreeMap;

/**
 * Filtered historical simulation: each stock's daily log return of each of the trailing {@code windowDays} days is
 * divided by the volatility forecast made for that day before it began, z<sub>i,t</sub> =
 * r<sub>i,t</sub>/σ<sub>i,t|t−1</sub> ({@link VarHistory#sigmaForecasts()}), rescaled by today's forecast
 * σ<sub>i</sub> and combined with today's weights day by day, r̃<sub>t</sub> = Σ w<sub>i</sub> σ<sub>i</sub>
 * z<sub>i,t</sub>; keeping whole days keeps the cross-sectional dependence of the shocks. VaR and ES are read off
 * the r̃<sub>t</sub> as in {@link HistoricalVar} (negated ⌈n(1−α)⌉-th smallest; the negated mean of the n(1−α) smallest, a fractional last one in part) and
 * multiplied by √h for h days, an approximation. Positive fractions of portfolio value. This class is immutable and
 * thread-safe.
 *
 * @param windowDays trailing days used, at least 1
 */
public record FilteredHistoricalVar(int windowDays) implements VarMethod {

    /** {@value}. */
    public static final String NAME = "fhs";

    /** Validates a window of at least one day. */
    public FilteredHistoricalVar {
        if (windowDays < 1) {
            throw new IllegalArgumentException("the fhs window must be at least 1 day: " + windowDays);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @throws IllegalArgumentException when the history is shorter than the window or lacks the forecasts */
    @Override
    public VarEstimate estimate(VarInputs inputs, List<Double> varLevels, List<Double> esLevels) {
        EmpiricalLoss loss = distribution(inputs);
        return VarEstimate.tabulate(NAME, windowDays, inputs.horizonDays(), new TreeMap<>(), varLevels, esLevels,
                loss::valueAtRisk, loss::expectedShortfall);
    }

    /** The scenarios' empirical distribution scaled by √h. */
    @Override
    public EmpiricalLoss distribution(VarInputs inputs) {
        if (inputs == null) {
            throw new IllegalArgumentException("inputs are null");
        }
        VarHistory history = inputs.history();
        double[][] forecasts = history.sigmaForecastsView();
        if (forecasts == null) {
            throw new IllegalArgumentException("fhs needs the volatility forecast made for each past day "
                    + "(VarHistory.sigmaForecasts)");
        }
        double[][] returns = history.returnsView();
        if (returns.length < windowDays) {
            throw new IllegalArgumentException("fhs needs " + windowDays + " days of history, got " + returns.length);
        }
        double[] w = inputs.weightsView();
        double[] sigma = inputs.sigmaTodayView();
        double[] pnl = new double[windowDays];
        int start = returns.length - windowDays;
        for (int t = 0; t < windowDays; t++) {
            double sum = 0.0;
            for (int i = 0; i < w.length; i++) {
                sum += w[i] * sigma[i] * (returns[start + t][i] / forecasts[start + t][i]);
            }
            pnl[t] = sum;
        }
        return new EmpiricalLoss(pnl, inputs.horizonDays());
    }
}
