package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SampleCorrelationTest {

    /** Eight days of returns for three assets (rows are days). */
    private static final double[][] RETURNS = {
            {0.012, -0.004, 0.007},
            {-0.008, 0.002, -0.011},
            {0.005, 0.009, 0.003},
            {0.000, -0.006, 0.004},
            {0.015, 0.011, 0.010},
            {-0.012, -0.003, -0.009},
            {0.004, 0.001, 0.006},
            {-0.002, 0.007, -0.005}};

    @Test
    void test_estimate_matchesNumpy() {
        // Obtained with python3 / numpy 1.x: c = np.corrcoef(np.array(RETURNS), rowvar=False);
        // c[0,1], c[0,2], c[1,2] and np.linalg.eigvalsh(c).min().
        double rho01 = 0.3472376253411925;
        double rho02 = 0.9235864145803955;
        double rho12 = 0.14430328013868096;
        double minEigenvalue = 0.053076547266370344;
        CorrelationEstimate estimate = SampleCorrelation.DEFAULT.estimate(RETURNS);
        CorrelationMatrix rho = estimate.matrix();
        assertEquals(rho01, rho.get(0, 1), 1e-14);
        assertEquals(rho01, rho.get(1, 0), 1e-14);
        assertEquals(rho02, rho.get(0, 2), 1e-14);
        assertEquals(rho12, rho.get(1, 2), 1e-14);
        assertEquals(1.0, rho.get(1, 1));
        assertEquals(8, estimate.observations());
        assertEquals(minEigenvalue, estimate.minEigenvalueBefore(), 1e-13);
        assertFalse(estimate.repaired());
        assertEquals("none", estimate.repairMethod());
        assertEquals(0.0, estimate.repairFrobeniusDistance());
    }

    @Test
    void test_estimate_matchesPlainPearsonAndIsInvariantToAffineMaps() {
        Random random = new Random(3);
        int days = 60;
        int n = 6;
        double[][] r = new double[days][n];
        for (int t = 0; t < days; t++) {
            double market = random.nextGaussian();
            for (int j = 0; j < n; j++) {
                r[t][j] = 0.01 * (0.6 * market + random.nextGaussian());
            }
        }
        CorrelationMatrix rho = SampleCorrelation.DEFAULT.estimate(r).matrix();
        double[][] scaled = new double[days][n];
        for (int t = 0; t < days; t++) {
            for (int j = 0; j < n; j++) {
                scaled[t][j] = 0.001 * j + (j + 1) * 3.0 * r[t][j];
            }
        }
        CorrelationMatrix rhoScaled = SampleCorrelation.DEFAULT.estimate(scaled).matrix();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(pearson(r, i, j), rho.get(i, j), 1e-13);
                assertEquals(rho.get(i, j), rhoScaled.get(i, j), 1e-12);
            }
        }
    }

    @Test
    void test_estimate_rankDeficientWindowIsPsdToRoundingAndNotRepaired() {
        // 3 days of 5 assets: the sample correlation has rank ≤ 2, so three eigenvalues are zero (PSD, singular).
        double[][] r = {
                {0.01, -0.02, 0.005, 0.003, -0.007},
                {-0.004, 0.011, 0.002, -0.009, 0.001},
                {0.006, 0.004, -0.008, 0.002, 0.012}};
        CorrelationEstimate estimate = SampleCorrelation.DEFAULT.estimate(r);
        assertEquals(0.0, estimate.minEigenvalueBefore(), 1e-12);
        assertFalse(estimate.repaired());
        assertEquals(3, estimate.observations());
    }

    @Test
    void test_fromSample_repairsNonPsdSampleAndRecordsTheRepair() {
        CorrelationMatrix sample = CorrelationMatrix.of(new double[][] {{1, 1, 0}, {1, 1, 1}, {0, 1, 1}});
        CorrelationEstimate estimate = SampleCorrelation.DEFAULT.fromSample(sample, 252);
        assertTrue(estimate.repaired());
        assertEquals(SampleCorrelation.REPAIR_METHOD, estimate.repairMethod());
        assertEquals(252, estimate.observations());
        assertEquals(1 - Math.sqrt(2), estimate.minEigenvalueBefore(), 1e-14); // eigenvalues 1, 1 ± √2
        assertEquals(0.7607, estimate.matrix().get(0, 1), 5e-5);
        assertEquals(NearestCorrelationTest.frobenius(estimate.matrix().values(), sample.values()),
                estimate.repairFrobeniusDistance(), 1e-15);
        assertTrue(NearestCorrelationTest.minEigenvalue(estimate.matrix().values()) >= -1e-14);
    }

    @Test
    void test_estimate_rejectsZeroVarianceColumnNamingIt() {
        double[][] r = {{0.01, 0.003, -0.02}, {-0.01, 0.003, 0.01}, {0.02, 0.003, 0.0}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SampleCorrelation.DEFAULT.estimate(r));
        assertTrue(e.getMessage().contains("column 1"), e.getMessage());
    }

    @Test
    void test_estimate_rejectsFewerThanTwoRows() {
        assertThrows(IllegalArgumentException.class,
                () -> SampleCorrelation.DEFAULT.estimate(new double[][] {{0.01, 0.02}}));
        assertThrows(IllegalArgumentException.class, () -> SampleCorrelation.DEFAULT.estimate(null));
    }

    @Test
    void test_estimate_rejectsRaggedRows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SampleCorrelation.DEFAULT.estimate(new double[][] {{0.01, 0.02}, {0.03}, {0.0, 0.01}}));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
    }

    @Test
    void test_estimate_rejectsNonFiniteNamingPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SampleCorrelation.DEFAULT.estimate(new double[][] {{0.01, 0.02}, {0.03, Double.NaN}, {0.0, 0.01}}));
        assertTrue(e.getMessage().contains("row 1, column 1"), e.getMessage());
    }

    @Test
    void test_new_rejectsNegativeTolerance() {
        assertThrows(IllegalArgumentException.class, () -> new SampleCorrelation(-1e-10));
        assertThrows(IllegalArgumentException.class, () -> new SampleCorrelation(Double.NaN));
    }

    /** Textbook Pearson correlation of columns i and j, by plain loops. */
    private static double pearson(double[][] r, int i, int j) {
        int days = r.length;
        double mi = 0;
        double mj = 0;
        for (double[] row : r) {
            mi += row[i];
            mj += row[j];
        }
        mi /= days;
        mj /= days;
        double sij = 0;
        double sii = 0;
        double sjj = 0;
        for (double[] row : r) {
            sij += (row[i] - mi) * (row[j] - mj);
            sii += (row[i] - mi) * (row[i] - mi);
            sjj += (row[j] - mj) * (row[j] - mj);
        }
        return sij / Math.sqrt(sii * sjj);
    }
}
