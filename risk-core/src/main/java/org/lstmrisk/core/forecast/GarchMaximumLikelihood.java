package org.lstmrisk.core.forecast;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximises the GARCH(1,1) log-likelihood with BOBYQA over an unconstrained reparametrisation that keeps
 * ω &gt; 0, α ≥ 0, β ≥ 0 and α + β &lt; 1: x = (ln(ω/V̂), logit(α+β), logit(α/(α+β)), ln(ν−2)), where V̂ is the
 * sample mean squared return. With variance targeting ω = V̂(1 − α − β) and the first coordinate is dropped; for
 * Gaussian innovations the last is dropped.
 */
final class GarchMaximumLikelihood {

    private static final int MAX_EVALUATIONS = 20_000;
    private static final double PENALTY = -1e300;

    private final GarchInnovations innovations;
    private final boolean varianceTargeting;

    GarchMaximumLikelihood(GarchInnovations innovations, boolean varianceTargeting) {
        this.innovations = innovations;
        this.varianceTargeting = varianceTargeting;
    }

    GarchParameters estimate(double[] returns) {
        double meanSquare = 0;
        for (double r : returns) {
            meanSquare += r * r;
        }
        meanSquare /= returns.length;
        if (!(meanSquare > 0)) {
            throw new IllegalArgumentException("GARCH needs returns that are not all zero");
        }
        final double scale = meanSquare;
        MultivariateFunction objective = x -> {
            GarchParameters p = toParameters(x, scale);
            if (p == null) {
                return PENALTY;
            }
            double ll = GarchLikelihood.logLikelihood(returns, p);
            return Double.isFinite(ll) ? ll : PENALTY;
        };
        int n = (varianceTargeting ? 2 : 3) + (innovations == GarchInnovations.STUDENT_T ? 1 : 0);
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
        double alphaShare = logistic(x[k++]);
        double nu = innovations == GarchInnovations.STUDENT_T ? 2 + Math.exp(x[k]) : Double.POSITIVE_INFINITY;
        double omega = varianceTargeting ? meanSquare * (1 - persistence) : meanSquare * omegaRatio;
        double alpha = persistence * alphaShare;
        double beta = persistence - alpha;
        if (!(omega > 0 && Double.isFinite(omega) && alpha + beta < 1 && beta >= 0 && nu > 2)) {
            return null;
        }
        return new GarchParameters(omega, alpha, beta, nu);
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
