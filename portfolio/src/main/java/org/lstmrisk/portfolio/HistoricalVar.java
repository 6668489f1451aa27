package org.lstmrisk.portfolio;

import java.util.List;
import java.util.TreeMap;

/**
 * Plain historical simulation: today's weights applied to each of the trailing {@code windowDays} days of past
 * daily log returns, P&amp;L<sub>t</sub> = Σ w<sub>i</sub> r<sub>i,t</sub> (fraction of portfolio value; the weighted
 * sum of log returns, the same first-order approximation as σp). One-day VaR is the negated ⌈n(1−α)⌉-th smallest
 * P&amp;L (the inverse empirical distribution function, Hyndman and Fan type 1) and ES the expected shortfall of the
 * n equally likely days, the negated mean of the n(1−α) smallest with a fractional last day counted in part
 * ({@link EmpiricalTail}); over h days both are multiplied by √h, an approximation. Positive fractions of portfolio
 * value. Today's volatility forecasts are not used. This class is immutable and thread-safe.
 *
 * @param windowDays trailing days of returns used, at least 1
 */
public record HistoricalVar(int windowDays) implements VarMethod {

    /** {@value}. */
    public static final String NAME = "historical";

    /** Validates a window of at least one day. */
    public HistoricalVar {
        if (windowDays < 1) {
            throw new IllegalArgumentException("the historical window must be at least 1 day: " + windowDays);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @throws IllegalArgumentException when the history is shorter than the window */
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
        double[][] returns = inputs.history().returnsView();
        if (returns.length < windowDays) {
            throw new IllegalArgumentException("historical needs " + windowDays + " days of returns, got " + returns.length);
        }
        double[] w = inputs.weightsView();
        double[] pnl = new double[windowDays];
        int start = returns.length - windowDays;
        for (int t = 0; t < windowDays; t++) {
            double sum = 0.0;
            for (int i = 0; i < w.length; i++) {
                sum += w[i] * returns[start + t][i];
            }
            pnl[t] = sum;
        }
        return new EmpiricalLoss(pnl, inputs.horizonDays());
    }
}
