package org.lstmrisk.evaluation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MincerZarnowitzTest {

    @Test
    void regression_matchesNumpyLeastSquaresAndWaldTest() {
        // python3: beta = lstsq([1, f], y); s² = e'e/(n−2); cov = s²(X'X)⁻¹;
        // W = (β − (0,1))' cov⁻¹ (β − (0,1)); F = W/2; p = scipy.stats.f.sf(F, 2, n−2)
        int n = 50;
        double[] f = new double[n];
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            f[t] = 1e-4 * (1 + 0.5 * Math.sin(t));
            y[t] = 2e-5 + 0.8 * f[t] + 1e-5 * Math.cos(3 * t);
        }
        MincerZarnowitzResult r = MincerZarnowitz.regress(f, y);
        assertEquals(2.0016566780707094e-05, r.intercept(), 1e-16);
        assertEquals(0.8000842484983443, r.slope(), 1e-11);
        assertEquals(3.184483162884191e-06, r.interceptStandardError(), 1e-16);
        assertEquals(0.02997700905368173, r.slopeStandardError(), 1e-12);
        assertEquals(0.9368713703108724, r.rSquared(), 1e-11);
        assertEquals(22.23760137789233, r.waldF(), 1e-8);
        assertEquals(1.4627923629454318e-07, r.waldPValue(), 1e-13);
    }

    @Test
    void unbiasedForecast_isNotRejected() {
        var rng = new SplittableRandom(9);
        int n = 2000;
        double[] f = new double[n];
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            f[t] = 1e-4 * (0.5 + rng.nextDouble());
            y[t] = f[t] + 2e-5 * rng.nextGaussian();
        }
        MincerZarnowitzResult r = MincerZarnowitz.regress(f, y);
        assertEquals(0, r.intercept(), 4 * r.interceptStandardError());
        assertEquals(1, r.slope(), 4 * r.slopeStandardError());
        assertTrue(r.waldPValue() > 0.001, r.toString());
        assertThrows(IllegalArgumentException.class, () -> MincerZarnowitz.regress(new double[] {1, 1, 1}, new double[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> MincerZarnowitz.regress(new double[] {1, 2}, new double[] {1, 2}));
    }
}
