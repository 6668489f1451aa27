package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** Eigenvalues in these tests come from commons-math3, independent of the ojAlgo code under test. */
class NearestCorrelationTest {

    private static final double[][] HIGHAM_A = {{1, 1, 0}, {1, 1, 1}, {0, 1, 1}};

    @Test
    void test_repair_reproducesHighamsPublishedExample() {
        CorrelationMatrix x = NearestCorrelation.DEFAULT.repair(HIGHAM_A);
        // Higham (2002), section 4: the nearest correlation matrix to A, to 4 decimals.
        double[][] published = {{1, 0.7607, 0.1573}, {0.7607, 1, 0.7607}, {0.1573, 0.7607, 1}};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(published[i][j], x.get(i, j), 5e-5, "entry (" + i + ", " + j + ")");
            }
        }
        // More digits from an independent numpy implementation of the same algorithm (np.linalg.eigh, 5000
        // iterations): 0.7606898534022841, 0.157298106138376, Frobenius distance to A 0.5277904635818282.
        assertEquals(0.7606898534022841, x.get(0, 1), 1e-8);
        assertEquals(0.157298106138376, x.get(0, 2), 1e-8);
        assertEquals(0.7606898534022841, x.get(1, 2), 1e-8);
        assertEquals(0.5277904635818282, frobenius(x.values(), HIGHAM_A), 1e-8);
        assertTrue(minEigenvalue(x.values()) >= -1e-14, "PSD to rounding: " + minEigenvalue(x.values()));
    }

    @Test
    void test_repair_leavesPsdCorrelationUnchanged() {
        Random random = new Random(42);
        for (int n : new int[] {2, 5, 12}) {
            CorrelationMatrix rho = TestData.randomCorrelation(random, n);
            CorrelationMatrix repaired = NearestCorrelation.DEFAULT.repair(rho.values());
            assertTrue(frobenius(repaired.values(), rho.values()) < 1e-10, "n = " + n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(rho.get(i, j), repaired.get(i, j), 1e-10);
                }
            }
        }
        // A singular (rank one) correlation matrix is PSD and stays as it is.
        double[][] rankOne = {{1, 1, -1}, {1, 1, -1}, {-1, -1, 1}};
        CorrelationMatrix repaired = NearestCorrelation.DEFAULT.repair(rankOne);
        assertTrue(frobenius(repaired.values(), rankOne) < 1e-10, repaired.toString());
    }

    @Test
    void test_repair_isPsdUnitDiagonalAndCloserThanEigenvalueClipping() {
        Random random = new Random(7);
        int repairedCount = 0;
        for (int trial = 0; trial < 20; trial++) {
            int n = 4 + trial % 5;
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                a[i][i] = 1.0;
                for (int j = i + 1; j < n; j++) {
                    a[i][j] = 2 * random.nextDouble() - 1;
                    a[j][i] = a[i][j];
                }
            }
            if (minEigenvalue(a) >= 0) {
                continue;
            }
            repairedCount++;
            CorrelationMatrix x = NearestCorrelation.DEFAULT.repair(a);
            for (int i = 0; i < n; i++) {
                assertEquals(1.0, x.get(i, i));
                for (int j = 0; j < n; j++) {
                    assertEquals(x.get(i, j), x.get(j, i));
                    assertTrue(Math.abs(x.get(i, j)) <= 1.0);
                }
            }
            assertTrue(minEigenvalue(x.values()) >= -1e-13, "PSD to rounding: " + minEigenvalue(x.values()));
            // Any other correlation matrix is at least as far from A; clip-and-rescale is one such matrix.
            double nearest = frobenius(x.values(), a);
            double clipped = frobenius(clipAndRescale(a), a);
            assertTrue(nearest <= clipped + 1e-9, "trial " + trial + ": " + nearest + " > " + clipped);
        }
        assertTrue(repairedCount >= 10, "most random unit-diagonal matrices are not PSD: " + repairedCount);
    }

    @Test
    void test_repair_rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> NearestCorrelation.DEFAULT.repair(null));
        assertThrows(IllegalArgumentException.class, () -> NearestCorrelation.DEFAULT.repair(new double[0][0]));
        assertThrows(IllegalArgumentException.class,
                () -> NearestCorrelation.DEFAULT.repair(new double[][] {{1, 0.5}, {0.5, 1}, {0, 0}}));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> NearestCorrelation.DEFAULT.repair(new double[][] {{1, Double.NaN}, {0.5, 1}}));
        assertTrue(nan.getMessage().contains("(0, 1)"), nan.getMessage());
        IllegalArgumentException asym = assertThrows(IllegalArgumentException.class,
                () -> NearestCorrelation.DEFAULT.repair(new double[][] {{1, 0.5}, {0.4, 1}}));
        assertTrue(asym.getMessage().contains("symmetric"), asym.getMessage());
    }

    @Test
    void test_new_rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new NearestCorrelation(0.0, 100));
        assertThrows(IllegalArgumentException.class, () -> new NearestCorrelation(Double.NaN, 100));
        assertThrows(IllegalArgumentException.class, () -> new NearestCorrelation(1e-8, 0));
    }

    static double minEigenvalue(double[][] a) {
        double[] values = new EigenDecomposition(new Array2DRowRealMatrix(a)).getRealEigenvalues();
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    static double frobenius(double[][] a, double[][] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                sum += (a[i][j] - b[i][j]) * (a[i][j] - b[i][j]);
            }
        }
        return Math.sqrt(sum);
    }

    /** The simple repair: negative eigenvalues to zero, then rescale to a unit diagonal (commons-math3). */
    private static double[][] clipAndRescale(double[][] a) {
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(a));
        RealMatrix v = eigen.getV();
        double[] values = eigen.getRealEigenvalues();
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    c[i][j] += v.getEntry(i, k) * Math.max(values[k], 0) * v.getEntry(j, k);
                }
            }
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = c[i][j] / Math.sqrt(c[i][i] * c[j][j]);
            }
        }
        return out;
    }
}
