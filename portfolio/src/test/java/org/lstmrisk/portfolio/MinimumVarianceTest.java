package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link MinimumVariance}: the two-asset closed form, a Gauss–Jordan inverse, optimality and the singular case. */
class MinimumVarianceTest {

    @Test
    void twoAssets_matchTheClosedForm() {
        double s1 = 0.02;
        double s2 = 0.01;
        double r = 0.3;
        var mv = MinimumVariance.of(CorrelationMatrix.of(new double[][] {{1, r}, {r, 1}})).orElseThrow();
        MinimumVariance.Portfolio p = mv.portfolio(new double[] {s1, s2});
        double c = r * s1 * s2;
        double w1 = (s2 * s2 - c) / (s1 * s1 + s2 * s2 - 2 * c);
        assertEquals(w1, p.weights()[0], 1e-14);
        assertEquals(1 - w1, p.weights()[1], 1e-14);
        double variance = w1 * w1 * s1 * s1 + (1 - w1) * (1 - w1) * s2 * s2 + 2 * w1 * (1 - w1) * c;
        assertEquals(Math.sqrt(variance), p.volatility(), 1e-15);
    }

    @Test
    void manyAssets_matchAGaussJordanInverse_andNoOtherFullyInvestedPortfolioHasLessVariance() {
        var rng = new SplittableRandom(5);
        int n = 12;
        double[][] returns = new double[60][n];
        for (double[] row : returns) {
            double market = rng.nextGaussian();
            for (int i = 0; i < n; i++) {
                row[i] = 0.6 * market + rng.nextGaussian();
            }
        }
        CorrelationMatrix rho = SampleCorrelation.DEFAULT.estimate(returns).matrix();
        double[] sigma = new double[n];
        for (int i = 0; i < n; i++) {
            sigma[i] = 0.005 + 0.02 * rng.nextDouble();
        }
        MinimumVariance.Portfolio p = MinimumVariance.of(rho).orElseThrow().portfolio(sigma);

        double[][] cov = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cov[i][j] = sigma[i] * sigma[j] * rho.get(i, j);
            }
        }
        double[][] inv = gaussJordanInverse(cov);
        double total = 0;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                z[i] += inv[i][j];
            }
            total += z[i];
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(z[i] / total, p.weights()[i], 1e-10, "weight " + i);
            sum += p.weights()[i];
        }
        assertEquals(1.0, sum, 1e-12);
        assertEquals(1 / Math.sqrt(total), p.volatility(), 1e-12 * p.volatility());
        assertEquals(Math.sqrt(variance(cov, p.weights())), p.volatility(), 1e-12 * p.volatility());
        for (int trial = 0; trial < 100; trial++) {
            double[] w = p.weights().clone();
            int a = rng.nextInt(n);
            int b = (a + 1 + rng.nextInt(n - 1)) % n;
            double step = 0.01 * rng.nextGaussian();
            w[a] += step;
            w[b] -= step; // still fully invested
            assertTrue(variance(cov, w) >= variance(cov, p.weights()), "a perturbed portfolio has less variance");
        }
    }

    @Test
    void aSingularCorrelation_hasNoMinimumVariancePortfolio() {
        var rng = new SplittableRandom(9);
        double[][] returns = new double[20][40]; // more names than days: the sample correlation is singular
        for (double[] row : returns) {
            for (int i = 0; i < row.length; i++) {
                row[i] = rng.nextGaussian();
            }
        }
        CorrelationMatrix rho = SampleCorrelation.DEFAULT.estimate(returns).matrix();
        assertTrue(MinimumVariance.of(rho).isEmpty());
        assertTrue(MinimumVariance.of(ShrunkCorrelation.DEFAULT.estimate(returns).matrix()).isPresent(),
                "the shrunk correlation is positive definite");
    }

    private static double variance(double[][] cov, double[] w) {
        double v = 0;
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                v += w[i] * w[j] * cov[i][j];
            }
        }
        return v;
    }

    private static double[][] gaussJordanInverse(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            double d = m[c][c];
            for (int k = 0; k < 2 * n; k++) {
                m[c][k] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = m[r][c];
                    for (int k = 0; k < 2 * n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], n, inv[i], 0, n);
        }
        return inv;
    }
}
