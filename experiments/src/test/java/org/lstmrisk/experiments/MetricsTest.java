package org.lstmrisk.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * MAE, RMSE, R², R and direction accuracy against an independent computation: BigDecimal sums and the
 * "computational" textbook forms (R from raw sums, R² from Σy² − n·ȳ²) instead of the centred forms in the code.
 */
class MetricsTest {

    private static final MathContext MC = MathContext.DECIMAL128;

    @Test
    void test_regressionMetrics_equalIndependentComputationOnARandomWalk() {
        double[] actual = SyntheticSeries.randomWalk(500, 7);
        double[] predicted = new double[actual.length];
        for (int i = 0; i < actual.length; i++) {
            predicted[i] = actual[i] + 15 * Math.sin(i * 0.37) + 4;
        }
        RegressionMetrics m = RegressionMetrics.of(predicted, actual);
        int n = actual.length;
        BigDecimal abs = BigDecimal.ZERO;
        BigDecimal sq = BigDecimal.ZERO;
        BigDecimal sx = BigDecimal.ZERO;
        BigDecimal sy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        BigDecimal syy = BigDecimal.ZERO;
        BigDecimal sxy = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal x = new BigDecimal(predicted[i]);
            BigDecimal y = new BigDecimal(actual[i]);
            BigDecimal e = x.subtract(y);
            abs = abs.add(e.abs());
            sq = sq.add(e.multiply(e));
            sx = sx.add(x);
            sy = sy.add(y);
            sxx = sxx.add(x.multiply(x));
            syy = syy.add(y.multiply(y));
            sxy = sxy.add(x.multiply(y));
        }
        BigDecimal bn = BigDecimal.valueOf(n);
        double mae = abs.divide(bn, MC).doubleValue();
        double rmse = Math.sqrt(sq.divide(bn, MC).doubleValue());
        BigDecimal sst = syy.subtract(sy.multiply(sy).divide(bn, MC));
        double r2 = 1 - sq.divide(sst, MC).doubleValue();
        BigDecimal cov = bn.multiply(sxy).subtract(sx.multiply(sy));
        BigDecimal vx = bn.multiply(sxx).subtract(sx.multiply(sx));
        BigDecimal vy = bn.multiply(syy).subtract(sy.multiply(sy));
        double r = cov.doubleValue() / Math.sqrt(vx.multiply(vy).doubleValue());
        assertEquals(n, m.observations());
        assertEquals(mae, m.mae(), 1e-9 * mae);
        assertEquals(rmse, m.rmse(), 1e-9 * rmse);
        assertEquals(r2, m.rSquared(), 1e-9);
        assertEquals(r, m.r(), 1e-9);
    }

    @Test
    void test_regressionMetrics_perfectForecast() {
        double[] a = {1, 2, 4, 3};
        RegressionMetrics m = RegressionMetrics.of(a, a);
        assertEquals(0, m.mae());
        assertEquals(0, m.rmse());
        assertEquals(1, m.rSquared(), 1e-15);
        assertEquals(1, m.r(), 1e-15);
    }

    @Test
    void test_regressionMetrics_rejectsDifferentLengthsAndNaN() {
        assertThrows(IllegalArgumentException.class, () -> RegressionMetrics.of(new double[3], new double[2]));
        assertThrows(IllegalArgumentException.class,
                () -> RegressionMetrics.of(new double[] {1, Double.NaN}, new double[] {1, 2}));
    }

    @Test
    void test_directionAccuracy_countsSignAgreement() {
        double[] from = {10, 10, 10, 10, 10};
        double[] predicted = {11, 9, 11, 10, 12};
        double[] actual = {12, 8, 9, 10, 10};
        // hits: up/up, down/down, up/down miss, flat/flat hit, up/flat miss
        assertEquals(3 / 5.0, DirectionAccuracy.of(from, predicted, actual), 1e-15);
        assertEquals(1 / 5.0, DirectionAccuracy.upShare(from, actual), 1e-15);
    }

    @Test
    void test_directionAccuracy_onRandomWalkEqualsLoopOverDays() {
        double[] p = SyntheticSeries.randomWalk(400, 3);
        double[] q = SyntheticSeries.randomWalk(400, 4);
        double[] from = new double[399];
        double[] actual = new double[399];
        double[] predicted = new double[399];
        int hits = 0;
        for (int t = 1; t < 400; t++) {
            from[t - 1] = p[t - 1];
            actual[t - 1] = p[t];
            predicted[t - 1] = p[t - 1] + (q[t] - q[t - 1]);
            boolean up = p[t] > p[t - 1];
            boolean predictedUp = q[t] > q[t - 1];
            if (up == predictedUp) {
                hits++;
            }
        }
        assertEquals(hits / 399.0, DirectionAccuracy.of(from, predicted, actual), 1e-15);
    }

    @Test
    void test_meanSd_sampleStandardDeviation() {
        MeanSd m = MeanSd.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
        assertEquals(5, m.mean(), 1e-15);
        assertEquals(Math.sqrt(32.0 / 7), m.sd(), 1e-15);
    }
}
