package org.lstmrisk.core.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QlikeConvexWeightTest {

    private static final int N = 500;

    private static double[] x1() {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = -9.0 + 0.8 * Math.sin(0.05 * i) + 0.3 * Math.cos(0.31 * i);
        }
        return x;
    }

    private static double[] x2() {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = -9.2 + 0.6 * Math.cos(0.07 * i) + 0.2 * Math.sin(0.53 * i);
        }
        return x;
    }

    /** Realised variances exp(a + w·x1 + (1 − w)·x2) times a noise factor with mean one. */
    private static double[] variance(double a, double w, boolean noisy) {
        double[] x1 = x1();
        double[] x2 = x2();
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            double s = Math.sin(1.7 * i);
            v[i] = Math.exp(a + w * x1[i] + (1 - w) * x2[i]) * (noisy ? 0.2 + 1.6 * s * s : 1.0);
        }
        return v;
    }

    /** The raw objective mean(v·e^(−u) + u), written out here. */
    private static double objective(double[] v, double a, double w) {
        double[] x1 = x1();
        double[] x2 = x2();
        double sum = 0;
        for (int i = 0; i < N; i++) {
            double u = a + w * x1[i] + (1 - w) * x2[i];
            sum += v[i] * Math.exp(-u) + u;
        }
        return sum / N;
    }

    /** The objective's minimum over a for a fixed w, by golden-section search (no closed form used). */
    private static double minimumOverIntercept(double[] v, double w) {
        double lo = -5;
        double hi = 5;
        double g = (Math.sqrt(5) - 1) / 2;
        for (int k = 0; k < 80; k++) {
            double c = hi - g * (hi - lo);
            double d = lo + g * (hi - lo);
            if (objective(v, c, w) < objective(v, d, w)) {
                hi = d;
            } else {
                lo = c;
            }
        }
        return objective(v, (lo + hi) / 2, w);
    }

    @Test
    void recoversAnExactMixture() {
        double[] aw = QlikeConvexWeight.fit(x1(), x2(), variance(0.3, 0.7, false));
        assertEquals(0.3, aw[0], 1e-6);
        assertEquals(0.7, aw[1], 1e-7);
    }

    @Test
    void matchesAGridOfTheRawObjective() {
        double[] v = variance(0.1, 0.35, true);
        double[] aw = QlikeConvexWeight.fit(x1(), x2(), v);
        double bestW = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= 200; k++) {
            double w = k / 200.0;
            double f = minimumOverIntercept(v, w);
            if (f < best) {
                best = f;
                bestW = w;
            }
        }
        assertEquals(bestW, aw[1], 0.005 + 1e-9);
        assertTrue(objective(v, aw[0], aw[1]) <= best + 1e-12);
        // the intercept is optimal for the weight: the objective's derivative in a vanishes
        double h = 1e-6;
        assertEquals(0.0, (objective(v, aw[0] + h, aw[1]) - objective(v, aw[0] - h, aw[1])) / (2 * h), 1e-8);
    }

    @Test
    void stopsAtTheBoundsOfTheSimplex() {
        // the unconstrained optimum is w = 1.5 (and −0.5 for the mirror case): the fit stays at 1 (and 0)
        double[] above = QlikeConvexWeight.fit(x1(), x2(), variance(0.0, 1.5, false));
        assertEquals(1.0, above[1], 0.0);
        double[] below = QlikeConvexWeight.fit(x1(), x2(), variance(0.0, -0.5, false));
        assertEquals(0.0, below[1], 0.0);
    }

    @Test
    void oneModelHasItsLevelCorrected() {
        double[] x = x1();
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            v[i] = 1.44 * Math.exp(x[i]);
        }
        double[] aw = QlikeConvexWeight.fit(x, null, v);
        assertEquals(Math.log(1.44), aw[0], 1e-12);
        assertEquals(1.0, aw[1], 0.0);
    }

    @Test
    void refusesBadSamples() {
        assertThrows(IllegalArgumentException.class, () -> QlikeConvexWeight.fit(new double[] {1, 2},
                new double[] {1, 2}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> QlikeConvexWeight.fit(new double[] {1, 2, 3},
                null, new double[] {1, 0, 1}));
    }
}
