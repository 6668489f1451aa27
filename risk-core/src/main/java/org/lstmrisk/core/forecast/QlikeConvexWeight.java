package org.lstmrisk.core.forecast;

import java.util.Objects;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * The QLIKE-optimal convex weight of two log-variance forecasts with a level correction: the weight w in [0, 1] and
 * intercept a of the variance forecast exp(a + w·x_1 + (1 − w)·x_2) that minimise mean(v·e^(−u) + u). For a fixed w
 * the best intercept has the closed form a = log mean(v·e^(−z)), z = w·x_1 + (1 − w)·x_2; the remaining function of w
 * is convex and is minimised on [0, 1] with commons-math3's Brent optimiser. With one forecast, w = 1 and only the
 * level is corrected. Stateless and thread-safe.
 */
public final class QlikeConvexWeight {

    private QlikeConvexWeight() {
    }

    /**
     * The fitted (a, w).
     *
     * @param first    x_1 of each sample (log variance)
     * @param second   x_2 of each sample, or {@code null} for a level correction of {@code first} alone (w = 1)
     * @param variance realised variance of each sample, finite and positive
     * @return {a, w}
     * @throws IllegalArgumentException when lengths differ, there are fewer than 3 samples, or a value is not finite
     *                                  or a variance not positive
     */
    public static double[] fit(double[] first, double[] second, double[] variance) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(variance, "variance");
        int n = variance.length;
        if (first.length != n || (second != null && second.length != n) || n < 3) {
            throw new IllegalArgumentException("the weight fit needs at least 3 samples of equal length, had "
                    + first.length + " and " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!(variance[i] > 0) || !Double.isFinite(variance[i]) || !Double.isFinite(first[i])
                    || (second != null && !Double.isFinite(second[i]))) {
                throw new IllegalArgumentException("weight-fit sample " + i + " is not finite log variances with a "
                        + "positive realised variance");
            }
        }
        if (second == null) {
            return new double[] {intercept(first, null, variance, 1.0), 1.0};
        }
        var optimum = new BrentOptimizer(1e-10, 1e-12).optimize(new MaxEval(1000), GoalType.MINIMIZE,
                new SearchInterval(0.0, 1.0, 0.5),
                new UnivariateObjectiveFunction(w -> profile(first, second, variance, w)));
        double w = optimum.getPoint();
        // Brent stops inside the interval; a minimum on the boundary is taken exactly when it is no worse
        for (double edge : new double[] {0.0, 1.0}) {
            if (profile(first, second, variance, edge) <= profile(first, second, variance, w)) {
                w = edge;
            }
        }
        return new double[] {intercept(first, second, variance, w), w};
    }

    /** mean(v·e^(−u) + u) at the best intercept for weight w: the function of w that {@link #fit} minimises. */
    public static double profile(double[] first, double[] second, double[] variance, double w) {
        double a = intercept(first, second, variance, w);
        double sum = 0;
        for (int i = 0; i < variance.length; i++) {
            double u = a + mixed(first, second, w, i);
            sum += variance[i] * Math.exp(-u) + u;
        }
        return sum / variance.length;
    }

    /** log mean(v·e^(−z)): the intercept minimising the objective for weight w. */
    private static double intercept(double[] first, double[] second, double[] variance, double w) {
        // shifted by the mean of z so that e^(−z) neither under- nor overflows
        double shift = 0;
        for (int i = 0; i < variance.length; i++) {
            shift += mixed(first, second, w, i);
        }
        shift /= variance.length;
        double sum = 0;
        for (int i = 0; i < variance.length; i++) {
            sum += variance[i] * Math.exp(-(mixed(first, second, w, i) - shift));
        }
        return Math.log(sum / variance.length) - shift;
    }

    private static double mixed(double[] first, double[] second, double w, int i) {
        return second == null ? first[i] : w * first[i] + (1 - w) * second[i];
    }
}
