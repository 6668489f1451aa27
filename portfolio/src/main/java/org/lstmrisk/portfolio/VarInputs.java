package org.lstmrisk.portfolio;

import java.util.Arrays;

/**
 * What a {@link VarMethod} needs on the as-of date: today's weights (fractions of portfolio value, negative for
 * shorts), each stock's daily volatility forecast for the horizon σ<sub>i</sub> (fraction), the portfolio's daily
 * volatility σp = √(wᵀΣw) (fraction), the horizon h in trading days, and the {@link VarHistory} (use
 * {@link VarHistory#NONE} for the normal method). Arrays are copied in and out; equality is by value. This class
 * is immutable and thread-safe.
 */
public record VarInputs(double[] weights, double[] sigmaToday, double portfolioSigma, int horizonDays,
                        VarHistory history) {

    /** Validates finite weights, finite non-negative volatilities, h ≥ 1 and a history with as many assets. */
    public VarInputs {
        if (weights == null || sigmaToday == null || history == null) {
            throw new IllegalArgumentException("weights, sigmaToday and history must not be null");
        }
        int n = weights.length;
        if (n == 0) {
            throw new IllegalArgumentException("there are no weights");
        }
        if (sigmaToday.length != n) {
            throw new IllegalArgumentException("there are " + sigmaToday.length + " volatilities for " + n + " weights");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " is not finite: " + weights[i]);
            }
            if (!Double.isFinite(sigmaToday[i]) || sigmaToday[i] < 0.0) {
                throw new IllegalArgumentException("sigmaToday " + i + " must be finite and non-negative: " + sigmaToday[i]);
            }
        }
        if (!Double.isFinite(portfolioSigma) || portfolioSigma < 0.0) {
            throw new IllegalArgumentException("portfolioSigma must be finite and non-negative: " + portfolioSigma);
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizonDays must be at least 1: " + horizonDays);
        }
        if (history.days() > 0 && history.assets() != n) {
            throw new IllegalArgumentException("the history has " + history.assets() + " assets for " + n + " weights");
        }
        weights = weights.clone();
        sigmaToday = sigmaToday.clone();
    }

    /** Same as the constructor. */
    public static VarInputs of(double[] weights, double[] sigmaToday, double portfolioSigma, int horizonDays,
                               VarHistory history) {
        return new VarInputs(weights, sigmaToday, portfolioSigma, horizonDays, history);
    }

    /** The weights (fractions of portfolio value), a copy. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** Today's daily volatility forecasts (fractions), a copy. */
    @Override
    public double[] sigmaToday() {
        return sigmaToday.clone();
    }

    double[] weightsView() {
        return weights;
    }

    double[] sigmaTodayView() {
        return sigmaToday;
    }

    /** Equal when every component is equal by value. */
    @Override
    public boolean equals(Object other) {
        return other instanceof VarInputs that
                && Arrays.equals(weights, that.weights)
                && Arrays.equals(sigmaToday, that.sigmaToday)
                && Double.compare(portfolioSigma, that.portfolioSigma) == 0
                && horizonDays == that.horizonDays
                && history.equals(that.history);
    }

    @Override
    public int hashCode() {
        int h = Arrays.hashCode(weights);
        h = 31 * h + Arrays.hashCode(sigmaToday);
        h = 31 * h + Double.hashCode(portfolioSigma);
        h = 31 * h + horizonDays;
        return 31 * h + history.hashCode();
    }

    @Override
    public String toString() {
        return "VarInputs[weights=" + Arrays.toString(weights) + ", sigmaToday=" + Arrays.toString(sigmaToday)
                + ", portfolioSigma=" + portfolioSigma + ", horizonDays=" + horizonDays + ", history=" + history + "]";
    }
}
