package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FactorCorrelationTest {

    /** numpy's eigh of the sample correlation, {@code src/test/resources/estimators/reference.py}. */
    @Test
    void estimate_matchesNumpy_inBothTheCorrelationAndTheGramForm() {
        check(EstimatorFixtures.lcgReturns(60, 8, 42), 1, 0.3007656906967162, 0.41952178604793067,
                0.31114945227930835, 0.5129457647425633, 0.2607010857200969);
        check(EstimatorFixtures.lcgReturns(40, 90, 7), 2, -0.011237642570139992, 0.2408958047298338,
                0.23981251833055683, 0.5397422378571594, 0.16984453290378712);
    }

    private static void check(double[][] x, int k, double rho01, double rho25, double minPsi, double explained,
                              double wRw) {
        CorrelationEstimate e = FactorCorrelation.DEFAULT.estimate(x);
        int n = x[0].length;
        assertEquals(k, e.estimator().factors());
        assertEquals(rho01, e.matrix().get(0, 1), 1e-10);
        assertEquals(rho25, e.matrix().get(2, 5), 1e-10);
        assertEquals(minPsi, e.minEigenvalueBefore(), 1e-10);
        assertEquals(explained, e.estimator().explainedVariance(), 1e-10);
        double[] w = new double[n];
        double[][] ones = new double[1][n];
        for (int j = 0; j < n; j++) {
            w[j] = (j % 4 != 0 ? 1.0 : -0.5) / n;
            ones[0][j] = 1.0;
        }
        double q = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                q += w[i] * e.matrix().get(i, j) * w[j];
            }
        }
        assertEquals(wRw, q, 1e-10);
        assertTrue(e.matrix().minEigenvalue() >= e.minEigenvalueBefore() - 1e-10);
        // the path computes σp from the loadings: the same as from the matrix
        double[] path = FactorCorrelation.DEFAULT.portfolioVolatilities(x, x.length, x.length - 1, ones, w);
        assertEquals(Math.sqrt(wRw), path[0], 1e-10);
    }
}
