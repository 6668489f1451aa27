package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class CovarianceMatrixTest {

    @Test
    void test_of_isDiagSigmaRhoDiagSigma() {
        Random random = new Random(11);
        int n = 7;
        double[] sigma = new double[n];
        for (int i = 0; i < n; i++) {
            sigma[i] = 0.005 + 0.03 * random.nextDouble();
        }
        CorrelationMatrix rho = TestData.randomCorrelation(random, n);
        CovarianceMatrix cov = CovarianceMatrix.of(sigma, rho);
        assertEquals(n, cov.size());
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(sigma[i] * rho.get(i, j) * sigma[j], cov.get(i, j), 1e-18);
                assertEquals(cov.get(i, j), cov.get(j, i));
            }
        }
    }

    @Test
    void test_quadraticForm_matchesTwoAssetClosedForm() {
        double s1 = 0.015;
        double s2 = 0.022;
        double r = -0.35;
        double w1 = 0.7;
        double w2 = 0.45;
        CovarianceMatrix cov = CovarianceMatrix.of(new double[] {s1, s2},
                CorrelationMatrix.of(new double[][] {{1, r}, {r, 1}}));
        double expected = w1 * w1 * s1 * s1 + w2 * w2 * s2 * s2 + 2 * w1 * w2 * r * s1 * s2;
        assertEquals(expected, cov.quadraticForm(new double[] {w1, w2}), 1e-18);
    }

    @Test
    void test_times_matchesPlainLoops() {
        Random random = new Random(5);
        int n = 10;
        double[] sigma = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            sigma[i] = 0.01 + 0.02 * random.nextDouble();
            w[i] = random.nextGaussian();
        }
        CovarianceMatrix cov = CovarianceMatrix.of(sigma, TestData.randomCorrelation(random, n));
        double[][] s = cov.values();
        double[] expected = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                expected[i] += s[i][j] * w[j];
            }
        }
        assertArrayEquals(expected, cov.times(w), 1e-16);
    }

    @Test
    void test_values_areDeepCopies() {
        double[][] in = {{0.04, 0.01}, {0.01, 0.09}};
        CovarianceMatrix cov = new CovarianceMatrix(in);
        in[0][0] = 1.0;
        double[][] out = cov.values();
        out[1][1] = 2.0;
        assertEquals(0.04, cov.get(0, 0));
        assertEquals(0.09, cov.get(1, 1));
        assertEquals(cov, new CovarianceMatrix(new double[][] {{0.04, 0.01}, {0.01, 0.09}}));
        assertEquals(cov.hashCode(), new CovarianceMatrix(new double[][] {{0.04, 0.01}, {0.01, 0.09}}).hashCode());
    }

    @Test
    void test_of_rejectsNegativeVolatility() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CovarianceMatrix.of(new double[] {0.01, -0.02}, CorrelationMatrix.identity(2)));
        assertTrue(e.getMessage().contains("-0.02"), e.getMessage());
    }

    @Test
    void test_of_rejectsNaNVolatility() {
        assertThrows(IllegalArgumentException.class,
                () -> CovarianceMatrix.of(new double[] {Double.NaN, 0.02}, CorrelationMatrix.identity(2)));
    }

    @Test
    void test_of_rejectsDimensionMismatch() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CovarianceMatrix.of(new double[] {0.01, 0.02, 0.03}, CorrelationMatrix.identity(2)));
        assertTrue(e.getMessage().contains("3 volatilities"), e.getMessage());
    }

    @Test
    void test_times_rejectsWrongLength() {
        CovarianceMatrix cov = CovarianceMatrix.of(new double[] {0.01, 0.02}, CorrelationMatrix.identity(2));
        assertThrows(IllegalArgumentException.class, () -> cov.times(new double[] {1.0}));
        assertThrows(IllegalArgumentException.class, () -> cov.quadraticForm(new double[] {1.0, 2.0, 3.0}));
    }

    @Test
    void test_new_rejectsNegativeVariance() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CovarianceMatrix(new double[][] {{0.04, 0.0}, {0.0, -0.01}}));
        assertTrue(e.getMessage().contains("(1, 1)") && e.getMessage().contains("-0.01"), e.getMessage());
    }

    @Test
    void test_new_rejectsAsymmetric() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CovarianceMatrix(new double[][] {{0.04, 0.01}, {0.02, 0.09}}));
        assertTrue(e.getMessage().contains("(0, 1)"), e.getMessage());
    }

    @Test
    void test_new_rejectsNonSquareAndNonFinite() {
        assertThrows(IllegalArgumentException.class, () -> new CovarianceMatrix(new double[][] {{0.04, 0.01}}));
        assertThrows(IllegalArgumentException.class,
                () -> new CovarianceMatrix(new double[][] {{0.04, Double.NaN}, {0.01, 0.09}}));
        assertThrows(IllegalArgumentException.class, () -> new CovarianceMatrix(new double[0][0]));
    }
}
