package org.lstmrisk.portfolio;

import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.core.TradingCalendar;

/**
 * Computes Σ = diag(σ)·ρ·diag(σ), σp = √(wᵀΣw), Euler risk contributions, and VaR and ES for the horizon:
 * parametric (normal, zero-mean) by default, or by any {@link VarMethod} given the past. Stateless. This class
 * is immutable and thread-safe.
 *
 * @param varLevels confidence levels for VaR, each in (0, 1), no duplicates
 * @param esLevels  confidence levels for ES, each in (0, 1), no duplicates
 */
public record PortfolioRiskCalculator(List<Double> varLevels, List<Double> esLevels) {

    /** VaR at 95 % and 99 %, ES at 97.5 %. */
    public static final PortfolioRiskCalculator DEFAULT = new PortfolioRiskCalculator(List.of(0.95, 0.99), List.of(0.975));


    /** Smallest eigenvalue of the correlation matrix accepted as PSD: −1e-10. */
    static final double PSD_TOLERANCE = 1e-10;

    /**
     * σp is treated as zero when σp ≤ this × Σ|w_i|σ_i (the undiversified volatility): below it, σp is rounding
     * noise and the contributions, divided by σp, would be meaningless.
     */
    static final double RELATIVE_ZERO_VOLATILITY = 1e-12;

    /** Validates and copies the confidence levels. */
    public PortfolioRiskCalculator {
        varLevels = VarEstimate.checkLevels(varLevels, "VaR");
        esLevels = VarEstimate.checkLevels(esLevels, "ES");
    }

    /**
     * Computes the risk of {@code inputs}: daily σp and its annualised value, Euler contributions, and zero-mean
     * normal VaR and ES ({@link NormalVar}) over the horizon as positive fractions of portfolio value.
     *
     * @throws IllegalArgumentException when the correlation matrix is not PSD (smallest eigenvalue below −1e-10) or
     *                                  σp is zero (to rounding: σp ≤ 1e-12·Σ|w_i|σ_i), where contributions are undefined
     */
    public PortfolioRisk compute(RiskInputs inputs) {
        return compute(inputs, new NormalVar(), VarHistory.NONE);
    }

    /**
     * As {@link #compute(RiskInputs)}, with VaR and ES from {@code method} given the past in {@code history}
     * ({@link VarHistory#NONE} suffices for {@link NormalVar}). To see the method's fitted parameters or window,
     * use {@link #estimateVar}.
     *
     * @throws IllegalArgumentException as {@link #compute(RiskInputs)}, or when the method cannot work with
     *                                  {@code history} (the message says why)
     */
    public PortfolioRisk compute(RiskInputs inputs, VarMethod method, VarHistory history) {
        return compute(inputs, method, history, true);
    }

    private PortfolioRisk compute(RiskInputs inputs, VarMethod method, VarHistory history, boolean checkPsd) {
        Volatility v = volatility(inputs, checkPsd);
        VarEstimate estimate = estimate(inputs, v.sigmaP(), method, history);
        List<String> tickers = inputs.tickers();
        double[] w = inputs.weights();
        double[] sigma = inputs.volatilities();
        int n = w.length;
        double weightSum = 0.0;
        double grossWeight = 0.0;
        for (int i = 0; i < n; i++) {
            weightSum += w[i];
            grossWeight += Math.abs(w[i]);
        }
        double sigmaP = v.sigmaP();
        List<RiskContribution> contributions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double marginal = v.sigmaW()[i] / sigmaP;
            double component = w[i] * marginal;
            contributions.add(new RiskContribution(tickers.get(i), w[i], sigma[i], marginal, component, component / sigmaP));
        }
        return new PortfolioRisk(sigmaP, sigmaP * TradingCalendar.SQRT_DAYS_PER_YEAR, inputs.horizonDays(),
                estimate.valueAtRisk(), estimate.expectedShortfall(), contributions, weightSum, grossWeight);
    }

    /**
     * As {@link #compute(RiskInputs)}, for inputs whose correlation is {@code estimate}'s matrix (the same instance):
     * its estimator already checked it (sample: one eigen decomposition, repaired if needed) or made it PSD by
     * construction (shrinkage, factor model), so it is not decomposed a second time; the rest is O(n²).
     *
     * @throws IllegalArgumentException when the correlation is not {@code estimate.matrix()}, or σp is zero
     */
    public PortfolioRisk compute(RiskInputs inputs, CorrelationEstimate estimate) {
        return compute(inputs, estimate, new NormalVar(), VarHistory.NONE);
    }

    /**
     * As {@link #compute(RiskInputs, CorrelationEstimate)}, with VaR and ES from {@code method} given {@code history}.
     *
     * @throws IllegalArgumentException as {@link #compute(RiskInputs, CorrelationEstimate)}, or when the method
     *                                  cannot work with {@code history}
     */
    public PortfolioRisk compute(RiskInputs inputs, CorrelationEstimate estimate, VarMethod method,
                                 VarHistory history) {
        requireEstimated(inputs, estimate);
        return compute(inputs, method, history, false);
    }

    /**
     * As {@link #estimateVar(RiskInputs, VarMethod, VarHistory)}, for inputs whose correlation is {@code estimate}'s
     * matrix (not decomposed a second time).
     */
    public VarEstimate estimateVar(RiskInputs inputs, CorrelationEstimate estimate, VarMethod method,
                                   VarHistory history) {
        requireEstimated(inputs, estimate);
        return estimate(inputs, volatility(inputs, false).sigmaP(), method, history);
    }

    private static void requireEstimated(RiskInputs inputs, CorrelationEstimate estimate) {
        if (inputs == null || estimate == null || inputs.correlation() != estimate.matrix()) {
            throw new IllegalArgumentException("the inputs' correlation must be the estimate's matrix");
        }
    }

    /**
     * VaR and ES of {@code inputs} at this calculator's levels by {@code method}, with its window and fitted
     * parameters, as positive fractions of portfolio value over the horizon.
     *
     * @throws IllegalArgumentException as {@link #compute(RiskInputs, VarMethod, VarHistory)}
     */
    public VarEstimate estimateVar(RiskInputs inputs, VarMethod method, VarHistory history) {
        return estimate(inputs, volatility(inputs, true).sigmaP(), method, history);
    }

    /**
     * The loss distribution over the horizon that {@code method} assumes for {@code inputs} given {@code history}
     * (its VaR and ES are {@link #estimateVar}'s), e.g. to simulate a backtest statistic under the method.
     *
     * @throws IllegalArgumentException as {@link #compute(RiskInputs, VarMethod, VarHistory)}
     */
    public LossDistribution lossDistribution(RiskInputs inputs, VarMethod method, VarHistory history) {
        if (method == null || history == null) {
            throw new IllegalArgumentException("the VaR method and the history must not be null (use VarHistory.NONE)");
        }
        double sigmaP = volatility(inputs, true).sigmaP();
        return method.distribution(new VarInputs(inputs.weights(), inputs.volatilities(), sigmaP, inputs.horizonDays(),
                history));
    }

    private VarEstimate estimate(RiskInputs inputs, double sigmaP, VarMethod method, VarHistory history) {
        if (method == null || history == null) {
            throw new IllegalArgumentException("the VaR method and the history must not be null (use VarHistory.NONE)");
        }
        VarInputs varInputs = new VarInputs(inputs.weights(), inputs.volatilities(), sigmaP, inputs.horizonDays(), history);
        return method.estimate(varInputs, varLevels, esLevels);
    }

    /** σp and Σw, after checking that the correlation is PSD and σp is not zero. */
    private static Volatility volatility(RiskInputs inputs, boolean checkPsd) {
        if (inputs == null) {
            throw new IllegalArgumentException("inputs are null");
        }
        double minEigenvalue = checkPsd ? inputs.correlation().minEigenvalue() : 0.0;
        if (minEigenvalue < -PSD_TOLERANCE) {
            throw new IllegalArgumentException("the correlation matrix is not positive semi-definite: its smallest "
                    + "eigenvalue is " + minEigenvalue + " (< -" + PSD_TOLERANCE + "); repair it with NearestCorrelation");
        }
        double[] w = inputs.weights();
        double[] sigma = inputs.volatilities();
        CovarianceMatrix covariance = CovarianceMatrix.of(sigma, inputs.correlation());
        double[] sigmaW = covariance.times(w);
        double variance = 0.0;
        double undiversified = 0.0;
        for (int i = 0; i < w.length; i++) {
            variance += w[i] * sigmaW[i];
            undiversified += Math.abs(w[i]) * sigma[i];
        }
        double sigmaP = Math.sqrt(Math.max(variance, 0.0));
        if (!(sigmaP > RELATIVE_ZERO_VOLATILITY * undiversified)) {
            throw new IllegalArgumentException("the portfolio volatility is zero (σp = " + sigmaP + ", variance "
                    + variance + ", undiversified Σ|w_i|σ_i = " + undiversified
                    + "), so risk contributions are undefined; check for zero weights, zero volatilities or a perfect hedge");
        }
        return new Volatility(sigmaP, sigmaW);
    }

    private record Volatility(double sigmaP, double[] sigmaW) {
    }
}
