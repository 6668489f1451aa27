package org.lstmrisk.portfolio;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * VaR and ES from a variance-standardised Student t with the portfolio's daily volatility σp (fraction). Its
 * degrees of freedom ν are fitted by maximum likelihood (location 0 and unit variance fixed; ν in [2.05, 200]) to
 * the standardised portfolio returns of the trailing {@code windowDays} days of the history:
 * z<sub>t</sub> = (Σ w<sub>i</sub> r<sub>i,t</sub>) / σ<sub>p,t|t−1</sub>, today's weights w, past daily log
 * returns r and the portfolio volatility forecast made for each day ({@link VarHistory#portfolioSigmaForecasts()}).
 * With σ<sub>h</sub> = σp·√h: VaR<sub>α</sub> = σ<sub>h</sub>·t<sub>ν</sub><sup>−1</sup>(α)·√((ν−2)/ν) and
 * ES<sub>α</sub> = σ<sub>h</sub>·√((ν−2)/ν)·f<sub>ν</sub>(t<sub>α</sub>)/(1−α)·(ν + t<sub>α</sub>²)/(ν−1), positive
 * fractions of portfolio value over h days (√h scaling of a fat-tailed one-day figure is an approximation). The
 * estimate reports ν as parameter {@code nu}. This class is immutable and thread-safe.
 *
 * @param windowDays trailing days used for the fit, at least 30
 */
public record StudentTVar(int windowDays) implements VarMethod {

    /** {@value}. */
    public static final String NAME = "student-t";

    /** Validates a window of at least 30 days. */
    public StudentTVar {
        if (windowDays < StandardizedT.MIN_OBSERVATIONS) {
            throw new IllegalArgumentException("the student-t window must be at least " + StandardizedT.MIN_OBSERVATIONS
                    + " days to estimate ν: " + windowDays);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * @throws IllegalArgumentException when the history is shorter than the window, lacks the portfolio volatility
     *                                  forecasts, or ν cannot be estimated (e.g. all standardised returns equal)
     */
    @Override
    public VarEstimate estimate(VarInputs inputs, List<Double> varLevels, List<Double> esLevels) {
        StudentTLoss loss = distribution(inputs);
        SortedMap<String, Double> parameters = new TreeMap<>();
        parameters.put("nu", loss.nu());
        return VarEstimate.tabulate(NAME, windowDays, inputs.horizonDays(), parameters, varLevels, esLevels,
                loss::valueAtRisk, loss::expectedShortfall);
    }

    /**
     * The unit-variance t with ν fitted on the window, scaled by σp·√h.
     *
     * @throws IllegalArgumentException as {@link #estimate}
     */
    @Override
    public StudentTLoss distribution(VarInputs inputs) {
        if (inputs == null) {
            throw new IllegalArgumentException("inputs are null");
        }
        VarHistory history = inputs.history();
        double[] portfolioSigmas = history.portfolioSigmaForecastsView();
        if (portfolioSigmas == null) {
            throw new IllegalArgumentException("student-t needs the portfolio volatility forecast of each past day "
                    + "(VarHistory.portfolioSigmaForecasts; see withPortfolioSigmaForecasts)");
        }
        double[][] returns = history.returnsView();
        if (returns.length < windowDays) {
            throw new IllegalArgumentException("student-t needs " + windowDays + " days of history, got " + returns.length);
        }
        double[] w = inputs.weightsView();
        double[] z = new double[windowDays];
        int start = returns.length - windowDays;
        for (int t = 0; t < windowDays; t++) {
            double pnl = 0.0;
            for (int i = 0; i < w.length; i++) {
                pnl += w[i] * returns[start + t][i];
            }
            z[t] = pnl / portfolioSigmas[start + t];
        }
        double nu = StandardizedT.fitDegreesOfFreedom(z);
        return new StudentTLoss(inputs.portfolioSigma() * Math.sqrt(inputs.horizonDays()), nu);
    }
}
