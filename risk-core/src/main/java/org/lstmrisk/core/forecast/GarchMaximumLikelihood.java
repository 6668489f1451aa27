package org.lstmrisk.core.forecast;

import java.util.Objects;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.lstmrisk.core.LogReturns;
import org.lstmrisk.core.PriceSeries;

/**
 * Maximises the GARCH(1,1) or GJR-GARCH(1,1) log-likelihood ({@link GarchLikelihood}, filtered from the mean squared
 * return V̂ of the returns fitted) with BOBYQA over an unconstrained reparametrisation that keeps ω &gt; 0, α ≥ 0,
 * α + γ ≥ 0, β ≥ 0 and φ = α + γ/2 + β &lt; 1: x = (ln(ω/V̂), logit φ, logit s, logit u, ln(ν−2)) with s the share
 * (α + γ/2)/φ of the persistence that reacts to returns and u = α/(2α + γ) the share of that reaction that positive
 * returns get, so α = 2φsu, α + γ = 2φs(1 − u), β = φ(1 − s). Without leverage u = ½ (γ = 0) and its coordinate is
 * dropped; with variance targeting ω = V̂(1 − φ) and the first coordinate is dropped; for Gaussian innovations the
 * last is dropped.
 */
final class GarchMaximumLikelihood {

    private static final int MAX_EVALUATIONS = 20_000;
    private static final double PENALTY = -1e300;

    private final GarchInnovations innovations;
    private final boolean varianceTargeting;
    private final boolean leverage;

    GarchMaximumLikelihood(GarchInnovations innovations, boolean varianceTargeting, boolean leverage) {
        this.innovations = Objects.requireNonNull(innovations, "innovations");
        this.varianceTargeting = varianceTargeting;
        this.leverage = leverage;
    }

    /**
     * Estimates the parameters on all returns of {@code history} and filters the variance up to its last date, from
     * the presample level of those returns; {@code model} names the model in errors.
     */
    GarchModel fit(String model, int minimumHistory, PriceSeries history) {
        Objects.requireNonNull(history, "history");
        if (history.size() < minimumHistory) {
            throw new IllegalArgumentException(model + " needs at least " + minimumHistory + " prices, but "
                    + history.ticker() + " has " + history.size());
        }
        double[] returns = LogReturns.of(history);
        double presample = GarchLikelihood.meanSquare(returns);
        return GarchModel.filter(history, estimate(returns), presample);
    }

    GarchParameters estimate(double[] returns) {
        final double scale = GarchLikelihood.meanSquare(returns);
        if (!(scale > 0)) {
            throw new IllegalArgumentException("GARCH needs returns that are not all zero");
        }
        MultivariateFunction objective = x -> {
            GarchParameters p = toParameters(x, scale);
            if (p == null) {
                return PENALTY;
            }
            double ll = GarchLikelihood.logLikelihood(returns, p, scale);
            return Double.isFinite(ll) ? ll : PENALTY;
        };
        int n = (varianceTargeting ? 2 : 3) + (leverage ? 1 : 0) + (innovations == GarchInnovations.STUDENT_T ? 1 : 0);
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] start = new double[n];
        int k = 0;
        if (!varianceTargeting) {
            lower[k] = -25;
            upper[k] = 1;
            start[k++] = Math.log(0.05);
        }
        lower[k] = -8;
        upper[k] = 12;
        start[k++] = logit(0.95);
        lower[k] = -10;
        upper[k] = 10;
        start[k++] = logit(0.05 / 0.95);
        if (leverage) {
            lower[k] = -20;
            upper[k] = 20;
            start[k++] = 0;
        }
        if (innovations == GarchInnovations.STUDENT_T) {
            lower[k] = Math.log(0.01);
            upper[k] = Math.log(500);
            start[k] = Math.log(6);
        }
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, 0.5, 1e-9);
        PointValuePair best;
        try {
            best = optimizer.optimize(new MaxEval(MAX_EVALUATIONS), new ObjectiveFunction(objective),
                    GoalType.MAXIMIZE, new InitialGuess(start), new SimpleBounds(lower, upper));
        } catch (TooManyEvaluationsException e) {
            throw new IllegalStateException("GARCH estimation did not converge in " + MAX_EVALUATIONS
                    + " likelihood evaluations", e);
        }
        GarchParameters p = toParameters(best.getPoint(), scale);
        if (p == null) {
            throw new IllegalStateException("GARCH estimation did not converge to valid parameters");
        }
        return p;
    }

    private GarchParameters toParameters(double[] x, double meanSquare) {
        int k = 0;
        double omegaRatio = varianceTargeting ? Double.NaN : Math.exp(x[k++]);
        double persistence = logistic(x[k++]);
        double reactionShare = logistic(x[k++]);
        double nu = Double.POSITIVE_INFINITY;
        double omega = varianceTargeting ? meanSquare * (1 - persistence) : meanSquare * omegaRatio;
        double reaction = persistence * reactionShare;
        double alpha = reaction;
        double gamma = 0;
        if (leverage) {
            double positiveShare = logistic(x[k++]);
            alpha = 2 * reaction * positiveShare;
            gamma = 2 * reaction * (1 - positiveShare) - alpha;
        }
        if (innovations == GarchInnovations.STUDENT_T) {
            nu = 2 + Math.exp(x[k]);
        }
        double beta = persistence - reaction;
        if (!(omega > 0 && Double.isFinite(omega) && beta >= 0 && alpha + gamma >= 0
                && alpha + gamma / 2 + beta < 1 && nu > 2)) {
            return null;
        }
        return new GarchParameters(omega, alpha, gamma, beta, nu);
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
