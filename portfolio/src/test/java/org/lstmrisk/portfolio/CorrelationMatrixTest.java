package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CorrelationMatrixTest {

    private static final double[][] RHO = {{1.0, 0.6, 0.3}, {0.6, 1.0, 0.4}, {0.3, 0.4, 1.0}};

    @Test
    void test_of_copiesInputAndOutput() {
        double[][] input = {{1.0, 0.6, 0.3}, {0.6, 1.0, 0.4}, {0.3, 0.4, 1.0}};
        CorrelationMatrix rho = CorrelationMatrix.of(input);
        input[0][1] = 0.9;
        assertEquals(0.6, rho.get(0, 1));
        double[][] out = rho.values();
        out[1][2] = -0.5;
        assertEquals(0.4, rho.get(1, 2));
        assertEquals(0.4, rho.values()[1][2]);
        assertEquals(3, rho.size());
    }

    @Test
    void test_equals_isByValue() {
        CorrelationMatrix a = CorrelationMatrix.of(RHO);
        CorrelationMatrix b = CorrelationMatrix.of(new double[][] {{1.0, 0.6, 0.3}, {0.6, 1.0, 0.4}, {0.3, 0.4, 1.0}});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, CorrelationMatrix.identity(3));
        assertEquals(CorrelationMatrix.of(new double[][] {{1, 0}, {0, 1}}), CorrelationMatrix.of(new double[][] {{1, -0.0}, {-0.0, 1}}));
    }

    @Test
    void test_identity_hasUnitDiagonalAndZeros() {
        CorrelationMatrix id = CorrelationMatrix.identity(4);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(i == j ? 1.0 : 0.0, id.get(i, j));
            }
        }
        assertEquals(1.0, id.minEigenvalue(), 1e-14);
        assertThrows(IllegalArgumentException.class, () -> CorrelationMatrix.identity(0));
    }

    @Test
    void test_minEigenvalue_matchesClosedForms() {
        // 2x2: eigenvalues 1 ± ρ.
        CorrelationMatrix two = CorrelationMatrix.of(new double[][] {{1, -0.35}, {-0.35, 1}});
        assertEquals(0.65, two.minEigenvalue(), 1e-14);
        // Equicorrelation n=4, ρ=0.3: eigenvalues 1 + 3ρ (once) and 1 − ρ (three times).
        double r = 0.3;
        double[][] eq = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                eq[i][j] = i == j ? 1.0 : r;
            }
        }
        assertEquals(1 - r, CorrelationMatrix.of(eq).minEigenvalue(), 1e-14);
        // Equicorrelation n=4, ρ=−0.2: smallest is 1 + 3ρ = 0.4.
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                eq[i][j] = i == j ? 1.0 : -0.2;
            }
        }
        assertEquals(0.4, CorrelationMatrix.of(eq).minEigenvalue(), 1e-14);
        // Higham's example [[1,1,0],[1,1,1],[0,1,1]]: eigenvalues 1 and 1 ± √2.
        CorrelationMatrix higham = CorrelationMatrix.of(new double[][] {{1, 1, 0}, {1, 1, 1}, {0, 1, 1}});
        assertEquals(1 - Math.sqrt(2), higham.minEigenvalue(), 1e-14);
        assertFalse(higham.isPositiveSemiDefinite(1e-10));
        assertTrue(CorrelationMatrix.of(RHO).isPositiveSemiDefinite(1e-10));
    }

    @Test
    void test_of_acceptsRoundingWithinTolerance() {
        CorrelationMatrix rho = CorrelationMatrix.of(new double[][] {{1 + 5e-11, 0.5}, {0.5 + 5e-11, 1}});
        assertEquals(0.5, rho.get(0, 1));
    }

    @Test
    void test_of_rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> CorrelationMatrix.of(null));
        assertThrows(IllegalArgumentException.class, () -> CorrelationMatrix.of(new double[][] {{1, 0}, null}));
    }

    @Test
    void test_of_rejectsEmpty() {
        assertThrows(IllegalArgumentException.class, () -> CorrelationMatrix.of(new double[0][0]));
    }

    @Test
    void test_of_rejectsNonSquare() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorrelationMatrix.of(new double[][] {{1, 0.2, 0.1}, {0.2, 1, 0.1}}));
        assertTrue(e.getMessage().contains("not square"), e.getMessage());
    }

    @Test
    void test_of_rejectsAsymmetricNamingEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorrelationMatrix.of(new double[][] {{1, 0.2, 0.1}, {0.2, 1, 0.5}, {0.1, 0.4, 1}}));
        assertTrue(e.getMessage().contains("(1, 2)") && e.getMessage().contains("0.5")
                && e.getMessage().contains("0.4"), e.getMessage());
    }

    @Test
    void test_of_rejectsNonUnitDiagonalNamingEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorrelationMatrix.of(new double[][] {{1, 0.2}, {0.2, 0.99}}));
        assertTrue(e.getMessage().contains("(1, 1)") && e.getMessage().contains("0.99"), e.getMessage());
    }

    @Test
    void test_of_rejectsEntryOutsideRangeNamingEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorrelationMatrix.of(new double[][] {{1, 1.2}, {1.2, 1}}));
        assertTrue(e.getMessage().contains("(0, 1)") && e.getMessage().contains("1.2"), e.getMessage());
    }

    @Test
    void test_of_rejectsNonFiniteNamingEntry() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> CorrelationMatrix.of(new double[][] {{1, Double.NaN}, {0.1, 1}}));
        assertTrue(nan.getMessage().contains("(0, 1)") && nan.getMessage().contains("NaN"), nan.getMessage());
        IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
                () -> CorrelationMatrix.of(new double[][] {{1, 0.1}, {Double.POSITIVE_INFINITY, 1}}));
        assertTrue(inf.getMessage().contains("(1, 0)") && inf.getMessage().contains("Infinity"), inf.getMessage());
    }
}
