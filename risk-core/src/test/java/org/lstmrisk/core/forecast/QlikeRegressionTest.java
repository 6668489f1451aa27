package org.lstmrisk.core.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QlikeRegressionTest {

    private static final int N = 400;

    /** The regressors and variances of the scipy reference below: closed formulas of the sample index. */
    private static double[][] data() {
        double[] x1 = new double[N];
        double[] x2 = new double[N];
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            x1[i] = -9.0 + 0.8 * Math.sin(0.05 * i) + 0.3 * Math.cos(0.31 * i);
            x2[i] = -9.2 + 0.6 * Math.cos(0.07 * i) + 0.2 * Math.sin(0.53 * i);
            double s = Math.sin(1.7 * i);
            v[i] = Math.exp(-9.1 + 0.5 * Math.sin(0.05 * i + 0.4)) * (0.2 + 1.6 * s * s);
        }
        return new double[][] {x1, x2, v};
    }

    /**
     * Reference values from scipy 1.10's BFGS with the analytic gradient (a quasi-Newton method started at zero,
     * gradient below 1e-10 at its end), made with:
     * <pre>
     * import numpy as np; from scipy.optimize import minimize
     * n = 400; i = np.arange(n)
     * x1 = -9.0 + 0.8*np.sin(0.05*i) + 0.3*np.cos(0.31*i); x2 = -9.2 + 0.6*np.cos(0.07*i) + 0.2*np.sin(0.53*i)
     * v = np.exp(-9.1 + 0.5*np.sin(0.05*i + 0.4)) * (0.2 + 1.6*np.sin(1.7*i)**2)
     * for cols in ([x1], [x1, x2]):
     *     X = np.column_stack([np.ones(n)] + cols)
     *     f = lambda b: np.mean(v*np.exp(-X @ b) + X @ b); g = lambda b: X.T @ (1 - v*np.exp(-X @ b)) / n
     *     print(minimize(f, np.zeros(X.shape[1]), jac=g, method='BFGS', options={'gtol': 1e-14}).x)
     * </pre>
     */
    @Test
    void matchesScipysMinimiser() {
        double[][] d = data();
        assertArrayEquals(new double[] {-4.4757872731336725, 0.5109297268480963},
                QlikeRegression.fit(new double[][] {d[0]}, d[2]), 1e-6);
        assertArrayEquals(new double[] {-4.277911506412851, 0.5122260452268009, 0.02026612950809544},
                QlikeRegression.fit(new double[][] {d[0], d[1]}, d[2]), 1e-6);
    }

    @Test
    void recoversAnExactLogLinearVariance() {
        double[][] d = data();
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            v[i] = Math.exp(0.7 + 1.3 * d[0][i] - 0.25 * d[1][i]);
        }
        assertArrayEquals(new double[] {0.7, 1.3, -0.25}, QlikeRegression.fit(new double[][] {d[0], d[1]}, v), 1e-9);
    }

    @Test
    void theFitIsAMinimumOfTheObjective() {
        double[][] d = data();
        double[][] x = {d[0], d[1]};
        double[] beta = QlikeRegression.fit(x, d[2]);
        double best = QlikeRegression.objective(x, d[2], beta);
        for (int j = 0; j < beta.length; j++) {
            for (double h : new double[] {-1e-3, 1e-3}) {
                double[] moved = beta.clone();
                moved[j] += h;
                assertTrue(QlikeRegression.objective(x, d[2], moved) > best, "coefficient " + j + " moved by " + h);
            }
            // the central finite-difference gradient vanishes at the minimum
            double h = 1e-5;
            double[] up = beta.clone();
            double[] down = beta.clone();
            up[j] += h;
            down[j] -= h;
            double gradient = (QlikeRegression.objective(x, d[2], up) - QlikeRegression.objective(x, d[2], down)) / (2 * h);
            assertEquals(0.0, gradient, 1e-7, "coefficient " + j);
        }
    }

    @Test
    void refusesCollinearRegressorsAndBadSamples() {
        double[][] d = data();
        assertThrows(IllegalArgumentException.class, () -> QlikeRegression.fit(new double[][] {d[0], d[0]}, d[2]));
        double[] constant = new double[N];
        java.util.Arrays.fill(constant, -9.0);
        assertThrows(IllegalArgumentException.class, () -> QlikeRegression.fit(new double[][] {constant}, d[2]));
        double[] zero = d[2].clone();
        zero[5] = 0.0;
        assertThrows(IllegalArgumentException.class, () -> QlikeRegression.fit(new double[][] {d[0]}, zero));
        assertThrows(IllegalArgumentException.class,
                () -> QlikeRegression.fit(new double[][] {{1, 2}}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> QlikeRegression.fit(new double[][] {{1, 2, 3, 4}}, new double[] {1, 2, 3}));
    }
}
