package org.lstmrisk.core.forecast;

import java.util.Objects;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealVector;

/**
 * The log-linear variance regression that minimises QLIKE: given regressors x_1 … x_k (for example the log variance
 * forecasts of k models) and realised variances v of the same days, the coefficients β = (β_0, β_1, …, β_k) of the
 * variance forecast exp(β_0 + Σ β_j x_j) that minimise mean(v·e^(−u) + u), u = β_0 + Σ β_j x_j, which is the mean
 * QLIKE loss up to terms free of β. The objective is convex; it is solved by Newton's method (the Hessian factored by
 * commons-math3's Cholesky decomposition) with step halving, started at β = (0, 1, 0, …, 0), the identity map of the
 * first regressor. Stateless and thread-safe.
 */
public final class QlikeRegression {

    private static final int MAX_ITERATIONS = 100;
    private static final double STEP_TOLERANCE = 1e-12;
    private static final double GRADIENT_TOLERANCE = 1e-9;

    private QlikeRegression() {
    }

    /**
     * The QLIKE-minimising coefficients.
     *
     * @param regressors [j][i]: regressor j of sample i (no intercept column; it is added), at least one regressor
     * @param variance   realised variance of sample i, finite and positive
     * @return β_0 (the intercept), β_1 … β_k
     * @throws IllegalArgumentException when a length differs, there are no more samples than coefficients, a value is
     *                                  not finite, a variance is not positive or the regressors are collinear
     * @throws IllegalStateException    when Newton's method does not converge
     */
    public static double[] fit(double[][] regressors, double[] variance) {
        Objects.requireNonNull(regressors, "regressors");
        Objects.requireNonNull(variance, "variance");
        int k = regressors.length;
        int n = variance.length;
        if (k < 1) {
            throw new IllegalArgumentException("the QLIKE regression needs at least one regressor");
        }
        if (n <= k + 1) {
            throw new IllegalArgumentException("the QLIKE regression of " + (k + 1) + " coefficients needs more than "
                    + (k + 1) + " samples, had " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!(variance[i] > 0) || !Double.isFinite(variance[i])) {
                throw new IllegalArgumentException("realised variance " + i + " must be finite and positive, was "
                        + variance[i]);
            }
        }
        for (int j = 0; j < k; j++) {
            if (regressors[j].length != n) {
                throw new IllegalArgumentException("regressor " + j + " has " + regressors[j].length + " samples, "
                        + "the variances " + n);
            }
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(regressors[j][i])) {
                    throw new IllegalArgumentException("regressor " + j + " of sample " + i + " is not finite: "
                            + regressors[j][i]);
                }
            }
        }
        double[] beta = new double[k + 1];
        beta[1] = 1.0;
        double f = objective(regressors, variance, beta);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            Derivatives d = derivatives(regressors, variance, beta);
            RealVector step;
            try {
                step = new CholeskyDecomposition(new Array2DRowRealMatrix(d.hessian(), false), 1e-14, 1e-14)
                        .getSolver().solve(new ArrayRealVector(d.gradient(), false));
            } catch (NonPositiveDefiniteMatrixException e) {
                throw new IllegalArgumentException("the QLIKE regression's regressors are collinear", e);
            }
            double t = 1.0;
            double[] next = moved(beta, step, t);
            double fNext = objective(regressors, variance, next);
            while (!(fNext <= f) && t > 1e-10) {
                t /= 2;
                next = moved(beta, step, t);
                fNext = objective(regressors, variance, next);
            }
            if (!(fNext <= f)) {
                break;
            }
            beta = next;
            f = fNext;
            if (step.getLInfNorm() * t < STEP_TOLERANCE * Math.max(1.0, maxAbs(beta))) {
                return beta;
            }
        }
        double[] gradient = derivatives(regressors, variance, beta).gradient();
        if (maxAbs(gradient) < GRADIENT_TOLERANCE) {
            return beta;
        }
        throw new IllegalStateException("the QLIKE regression did not converge (largest gradient component "
                + maxAbs(gradient) + ")");
    }

    /** mean(v·e^(−u) + u), u = β_0 + Σ β_j x_j: the objective {@link #fit} minimises. */
    public static double objective(double[][] regressors, double[] variance, double[] beta) {
        double sum = 0;
        for (int i = 0; i < variance.length; i++) {
            double u = linear(regressors, beta, i);
            sum += variance[i] * Math.exp(-u) + u;
        }
        return sum / variance.length;
    }

    /** β_0 + Σ β_j x_j of sample i. */
    private static double linear(double[][] regressors, double[] beta, int i) {
        double u = beta[0];
        for (int j = 0; j < regressors.length; j++) {
            u += beta[j + 1] * regressors[j][i];
        }
        return u;
    }

    private static double[] moved(double[] beta, RealVector step, double t) {
        double[] next = new double[beta.length];
        for (int j = 0; j < beta.length; j++) {
            next[j] = beta[j] - t * step.getEntry(j);
        }
        return next;
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** The gradient Σ x(1 − w)/n and the Hessian Σ x xᵀ w/n of the objective, w = v·e^(−u), x = (1, x_1, …). */
    private static Derivatives derivatives(double[][] regressors, double[] variance, double[] beta) {
        int p = beta.length;
        double[] gradient = new double[p];
        double[][] hessian = new double[p][p];
        double[] x = new double[p];
        x[0] = 1.0;
        for (int i = 0; i < variance.length; i++) {
            for (int j = 1; j < p; j++) {
                x[j] = regressors[j - 1][i];
            }
            double w = variance[i] * Math.exp(-linear(regressors, beta, i));
            for (int a = 0; a < p; a++) {
                gradient[a] += (1 - w) * x[a];
                for (int b = 0; b <= a; b++) {
                    hessian[a][b] += w * x[a] * x[b];
                }
            }
        }
        int n = variance.length;
        for (int a = 0; a < p; a++) {
            gradient[a] /= n;
            for (int b = 0; b <= a; b++) {
                hessian[a][b] /= n;
                hessian[b][a] = hessian[a][b];
            }
        }
        return new Derivatives(gradient, hessian);
    }

    private record Derivatives(double[] gradient, double[][] hessian) {
    }
}
