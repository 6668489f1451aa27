package org.lstmrisk.portfolio;

import java.util.SplittableRandom;

/** Return windows for the estimator tests. */
final class EstimatorFixtures {

    private EstimatorFixtures() {
    }

    /**
     * The deterministic returns of {@code src/test/resources/estimators/reference.py} (an LCG both languages compute
     * exactly): x[t][j] = 0.01·(m_t·(0.5 + j/n) + 0.7·s_t,(j mod 3) + e_tj).
     */
    static double[][] lcgReturns(int days, int n, long seed) {
        long[] state = {seed};
        double[][] x = new double[days][n];
        for (int t = 0; t < days; t++) {
            double m = next(state);
            double[] s = {next(state), next(state), next(state)};
            for (int j = 0; j < n; j++) {
                double e = next(state);
                x[t][j] = 0.01 * (m * (0.5 + (double) j / n) + 0.7 * s[j % 3] + e);
            }
        }
        return x;
    }

    private static double next(long[] state) {
        state[0] = (1103515245L * state[0] + 12345L) % (1L << 31);
        return state[0] / (double) (1L << 31) - 0.5;
    }

    /** Returns with a market factor and fat-ish tails, seeded. */
    static double[][] factorReturns(int days, int n, long seed) {
        var rng = new SplittableRandom(seed);
        double[] beta = new double[n];
        for (int j = 0; j < n; j++) {
            beta[j] = 0.5 + rng.nextDouble();
        }
        double[][] x = new double[days][n];
        for (int t = 0; t < days; t++) {
            double scale = rng.nextDouble() < 0.1 ? 2.5 : 1.0;
            double m = 0.01 * scale * rng.nextGaussian();
            for (int j = 0; j < n; j++) {
                x[t][j] = beta[j] * m + 0.015 * scale * rng.nextGaussian() + 0.0003;
            }
        }
        return x;
    }

    /** An estimator that only estimates, so its path is the interface's default (one estimate per day). */
    static CorrelationEstimator dailyEstimates(CorrelationEstimator e) {
        return new CorrelationEstimator() {
            @Override
            public String name() {
                return e.name();
            }

            @Override
            public CorrelationEstimate estimate(double[][] returns) {
                return e.estimate(returns);
            }
        };
    }
}
