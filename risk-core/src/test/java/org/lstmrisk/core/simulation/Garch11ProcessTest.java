package org.lstmrisk.core.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Garch11ProcessTest {

    @Test
    void constructor_rejectsNonStationaryOrNonPositiveParameters() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Garch11Process(1e-6, 0.1, 0.9));
        assertTrue(e.getMessage().contains("alpha + beta"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Garch11Process(1e-6, 0.2, 0.85));
        assertThrows(IllegalArgumentException.class, () -> new Garch11Process(0, 0.1, 0.8));
        assertThrows(IllegalArgumentException.class, () -> new Garch11Process(-1e-6, 0.1, 0.8));
        assertThrows(IllegalArgumentException.class, () -> new Garch11Process(1e-6, -0.01, 0.8));
        assertThrows(IllegalArgumentException.class, () -> new Garch11Process(1e-6, 0.1, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new Garch11Process(Double.NaN, 0.1, 0.8));
        assertThrows(IllegalArgumentException.class, () -> Garch11Process.ofVolatility(0, 0.1, 0.8));
    }

    @Test
    void ofVolatility_hasThatUnconditionalVariance() {
        Garch11Process p = Garch11Process.ofVolatility(0.015, 0.06, 0.92);
        assertEquals(0.015 * 0.015 * 0.02, p.omega(), 1e-18);
        assertEquals(0.015 * 0.015, p.unconditionalVariance(), 1e-15);
        assertEquals(0.98, p.persistence(), 1e-15);
    }

    @Test
    void simulate_sampleVarianceMatchesUnconditionalVariance() {
        // ω / (1 − α − β) = 1e-4 in both cases; over 20 seeds in numpy the ratio had sd 1.4 % and 0.8 %
        Garch11Process persistent = new Garch11Process(1e-4 * 0.02, 0.08, 0.90);
        Garch11Process moderate = new Garch11Process(1e-4 * 0.05, 0.10, 0.85);
        assertEquals(1.0, meanSquare(persistent.simulate(200_000, 1L).returns()) / 1e-4, 0.05);
        assertEquals(1.0, meanSquare(moderate.simulate(200_000, 2L).returns()) / 1e-4, 0.04);
    }

    @Test
    void simulate_volatilitiesFollowTheGarchRecursion() {
        Garch11Process p = new Garch11Process(2e-6, 0.07, 0.91);
        Garch11Path path = p.simulate(1000, 42L);
        double[] r = path.returns();
        double[] sigma = path.conditionalVolatility();
        assertEquals(Math.sqrt(2e-6 / 0.02), sigma[0], 1e-15);
        for (int t = 1; t < r.length; t++) {
            double expected = Math.sqrt(2e-6 + 0.07 * r[t - 1] * r[t - 1] + 0.91 * sigma[t - 1] * sigma[t - 1]);
            assertEquals(expected, sigma[t], 1e-15 * expected, "day " + t);
        }
    }

    @Test
    void simulate_standardisedReturnsAreStandardNormalAndReturnsFatTailed() {
        Garch11Path path = new Garch11Process(1e-4 * 0.05, 0.10, 0.85).simulate(200_000, 7L);
        double[] r = path.returns();
        double[] sigma = path.conditionalVolatility();
        double[] z = new double[r.length];
        for (int t = 0; t < r.length; t++) {
            z[t] = r[t] / sigma[t];
        }
        // standard errors over 200 000 draws: mean 0.0022, variance 0.0032
        assertEquals(0.0, mean(z), 0.01);
        assertEquals(1.0, meanSquare(z), 0.015);
        // GARCH returns have excess kurtosis (closed form for these parameters: 3(1−(α+β)²)/(1−(α+β)²−2α²) ≈ 3.8)
        double kurtosis = meanFourth(r) / Math.pow(meanSquare(r), 2);
        assertTrue(kurtosis > 3.3, "kurtosis " + kurtosis);
    }

    @Test
    void simulate_sameSeedSamePathDifferentSeedDifferentPath() {
        Garch11Process p = new Garch11Process(2e-6, 0.07, 0.91);
        assertEquals(p.simulate(500, 3L), p.simulate(500, 3L));
        assertArrayEquals(p.simulate(500, 3L).returns(), p.simulate(500, 3L).returns());
        assertNotEquals(p.simulate(500, 3L), p.simulate(500, 4L));
        assertThrows(IllegalArgumentException.class, () -> p.simulate(0, 3L));
    }

    @Test
    void path_rejectsMismatchedOrInvalidArraysAndCopiesInput() {
        assertThrows(IllegalArgumentException.class, () -> new Garch11Path(new double[2], new double[] {0.01}));
        assertThrows(IllegalArgumentException.class, () -> new Garch11Path(new double[1], new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new Garch11Path(new double[] {Double.NaN}, new double[] {0.01}));
        double[] r = {0.01, -0.02};
        Garch11Path path = new Garch11Path(r, new double[] {0.01, 0.012});
        r[0] = 99;
        assertEquals(0.01, path.returns()[0]);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double meanSquare(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return s / x.length;
    }

    private static double meanFourth(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v * v * v;
        }
        return s / x.length;
    }
}
