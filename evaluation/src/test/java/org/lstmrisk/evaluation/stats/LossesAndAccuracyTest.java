package org.lstmrisk.evaluation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossesAndAccuracyTest {

    private static final double[] FORECAST = {0.010, 0.012, 0.011, 0.015, 0.013, 0.009};
    private static final double[] REALISED = {0.011, 0.010, 0.013, 0.016, 0.012, 0.008};

    @Test
    void qlikeAndMse_matchClosedForms() {
        // QLIKE is zero at h = σ² and positive elsewhere; at σ²/h = 2: 2 − ln 2 − 1
        assertEquals(0, VarianceLoss.QLIKE.loss(1e-4, 1e-4), 1e-15);
        assertEquals(1 - Math.log(2), VarianceLoss.QLIKE.loss(1e-4, 2e-4), 1e-15);
        assertEquals(0.5 + Math.log(2) - 1, VarianceLoss.QLIKE.loss(2e-4, 1e-4), 1e-15);
        assertEquals(1e-8, VarianceLoss.MSE.loss(1e-4, 2e-4), 1e-22);
        assertThrows(IllegalArgumentException.class, () -> VarianceLoss.QLIKE.loss(1e-4, 0));
        var e = assertThrows(IllegalArgumentException.class,
                () -> VarianceLoss.QLIKE.losses(new double[] {1e-4, 1e-4}, new double[] {1e-4, -1}));
        assertTrue(e.getMessage().contains("index 1"), e.getMessage());
    }

    @Test
    void accuracy_matchesNumpy() {
        // python3/numpy on the arrays above: q = mean(rv²/fv² − ln(rv²/fv²) − 1), mse = mean((rv² − fv²)²),
        // mae, rmse, r2 = 1 − SSE/Σ(rv − mean rv)², R = corrcoef, mape = mean(|fv − rv|/rv),
        // direction = mean(sign(fv[1:] − rv[:-1]) == sign(rv[1:] − rv[:-1]))
        ForecastAccuracy a = ForecastAccuracy.of(FORECAST, REALISED);
        assertEquals(6, a.observations());
        assertEquals(0.03126665480719385, a.qlike(), 1e-15);
        assertEquals(1.0926666666666662e-09, a.mseVariance(), 1e-22);
        assertEquals(0.001333333333333333, a.mae(), 1e-16);
        assertEquals(0.001414213562373095, a.rmse(), 1e-16);
        assertEquals(0.6785714285714286, a.rSquared(), 1e-12);
        assertEquals(0.8244509614010417, a.correlation(), 1e-12);
        assertEquals(0.11926476301476298, a.mape(), 1e-14);
        assertEquals(0.8, a.directionAccuracy(), 1e-15);
    }

    @Test
    void accuracy_ofPerfectForecast() {
        ForecastAccuracy a = ForecastAccuracy.of(REALISED, REALISED);
        assertEquals(0, a.qlike(), 1e-15);
        assertEquals(0, a.mae(), 0);
        assertEquals(1, a.rSquared(), 1e-15);
        assertEquals(1, a.correlation(), 1e-12);
        assertEquals(1, a.directionAccuracy(), 0);
    }

    @Test
    void accuracy_rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> ForecastAccuracy.of(new double[] {0.01}, new double[] {0.01}));
        assertThrows(IllegalArgumentException.class,
                () -> ForecastAccuracy.of(new double[] {0.01, 0.02}, new double[] {0.01}));
        assertThrows(IllegalArgumentException.class,
                () -> ForecastAccuracy.of(new double[] {0.01, 0.02}, new double[] {0.01, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> ForecastAccuracy.of(new double[] {0.01, Double.NaN}, new double[] {0.01, 0.02}));
    }
}
