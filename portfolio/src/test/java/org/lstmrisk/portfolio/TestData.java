package org.lstmrisk.portfolio;

import java.util.Random;

/** Seeded random inputs for tests, built with plain loops (no code under test except the final validation). */
final class TestData {

    private TestData() {
    }

    /**
     * A random positive definite correlation matrix: normalise B·Bᵀ + 0.1·I where B has Gaussian entries.
     */
    static CorrelationMatrix randomCorrelation(Random random, int n) {
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                b[i][k] = random.nextGaussian();
            }
        }
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = i == j ? 0.1 : 0.0;
                for (int k = 0; k < n; k++) {
                    s += b[i][k] * b[j][k];
                }
                c[i][j] = s;
            }
        }
        double[][] rho = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rho[i][j] = i == j ? 1.0 : c[i][j] / Math.sqrt(c[i][i] * c[j][j]);
            }
        }
        return CorrelationMatrix.of(rho);
    }

    /** √(wᵀΣw) with Σ_ij = σ_i ρ_ij σ_j, by plain loops. */
    static double portfolioVolatility(double[] w, double[] sigma, double[][] rho) {
        double variance = 0.0;
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                variance += w[i] * sigma[i] * rho[i][j] * sigma[j] * w[j];
            }
        }
        return Math.sqrt(variance);
    }
}
