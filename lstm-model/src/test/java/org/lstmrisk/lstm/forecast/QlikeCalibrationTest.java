package org.lstmrisk.lstm.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QlikeCalibrationTest {

    @Test
    void recoversTheAffineMap_whenVariancesFollowItExactly() {
        // v = e^(a + b o) exactly: the objective's minimum is there (its gradient 1 − v e^(−u) vanishes term by term).
        double[] o = new double[50];
        double[] v = new double[50];
        for (int i = 0; i < o.length; i++) {
            o[i] = -1.5 + 0.06 * i;
            v[i] = Math.exp(0.3 + 1.8 * o[i]);
        }
        QlikeCalibration c = QlikeCalibration.fit(o, v);
        assertEquals(0.3, c.intercept(), 1e-9);
        assertEquals(1.8, c.slope(), 1e-9);
    }

    @Test
    void withNoise_meetsTheFirstOrderConditions_andBeatsAFineGrid() {
        var random = new SplittableRandom(11);
        int n = 400;
        double[] o = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            o[i] = random.nextGaussian() * 0.5;
            double z = random.nextGaussian();
            v[i] = Math.exp(-0.2 + 2.1 * o[i]) * z * z + 1e-6; // a squared return around the variance
        }
        QlikeCalibration c = QlikeCalibration.fit(o, v);
        double[] g = QlikeCalibration.gradient(o, v, c.intercept(), c.slope());
        assertEquals(0.0, g[0], 1e-8);
        assertEquals(0.0, g[1], 1e-8);
        double best = QlikeCalibration.objective(o, v, c.intercept(), c.slope());
        for (double a = -2; a <= 2; a += 0.05) {
            for (double b = -1; b <= 4; b += 0.05) {
                assertTrue(QlikeCalibration.objective(o, v, a, b) >= best - 1e-12, "grid point " + a + ", " + b);
            }
        }
        assertTrue(c.slope() > 1.5 && c.slope() < 2.7, "slope " + c.slope() + " near the 2.1 used");
    }

    @Test
    void identityIsTheFitOfACalibratedForecast_andAppliesAsAPlusBTimesO() {
        assertEquals(0.7, new QlikeCalibration(0.1, 2.0).apply(0.3), 1e-15);
        assertEquals(0.3, QlikeCalibration.IDENTITY.apply(0.3), 0.0);
    }

    @Test
    void refusesDegenerateInput() {
        assertThrows(IllegalArgumentException.class, () -> QlikeCalibration.fit(new double[] {1, 1, 1},
                new double[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> QlikeCalibration.fit(new double[] {1, 2, 3},
                new double[] {1, 0, 3}));
        assertThrows(IllegalArgumentException.class, () -> QlikeCalibration.fit(new double[] {1, 2},
                new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> new QlikeCalibration(Double.NaN, 1));
    }
}
