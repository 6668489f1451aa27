package org.lstmrisk.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.volatility.CloseToCloseEstimator;
import org.lstmrisk.core.volatility.GarmanKlassEstimator;

class ScalerAndTargetTest {

    private static final double[][] ROWS = {{1, 10}, {3, 10}, {2, 10}, {100, -5}};

    @Test
    void minMax_mapsTheFittingSliceOntoZeroOne_andIgnoresLaterRows() {
        Scaler s = Scaler.fit(ScalerKind.MIN_MAX, ROWS, 0, 3);
        assertEquals(0.0, s.transform(0, 1), 0.0);
        assertEquals(1.0, s.transform(0, 3), 0.0);
        assertEquals(0.5, s.transform(0, 2), 0.0);
        assertEquals(0.0, s.transform(1, 10), 0.0, "a constant column gets scale 1");
        assertEquals(2.0, s.inverse(0, s.transform(0, 2.0)), 0.0);
        double[][] changedFuture = {{1, 10}, {3, 10}, {2, 10}, {-7, 99}};
        assertEquals(s, Scaler.fit(ScalerKind.MIN_MAX, changedFuture, 0, 3), "rows after the slice do not matter");
    }

    @Test
    void zScore_givesZeroMeanUnitPopulationVariance() {
        Scaler s = Scaler.fit(ScalerKind.Z_SCORE, ROWS, 0, 3);
        double mean = 2;
        double sd = Math.sqrt(2.0 / 3);
        assertEquals((3 - mean) / sd, s.transform(0, 3), 1e-15);
        assertEquals(0.0, s.transform(1, 10), 0.0);
    }

    @Test
    void fit_rejectsNaNInTheSlice() {
        double[][] rows = {{1}, {Double.NaN}};
        assertThrows(IllegalArgumentException.class, () -> Scaler.fit(ScalerKind.MIN_MAX, rows, 0, 2));
    }

    @Test
    void target_isRealisedVolatilityOverTheNextHDays() {
        PriceSeries s = TestSeries.closes(100, 101, 99, 102, 102.5);
        double[] h1 = new RealisedVolatilityTarget(new CloseToCloseEstimator(), 1).compute(s);
        assertEquals(Math.abs(Math.log(101.0 / 100)), h1[0], 1e-15);
        assertEquals(Math.abs(Math.log(99.0 / 101)), h1[1], 1e-15);
        assertTrue(Double.isNaN(h1[4]));
        double[] h2 = new RealisedVolatilityTarget(new CloseToCloseEstimator(), 2).compute(s);
        double r1 = Math.log(101.0 / 100);
        double r2 = Math.log(99.0 / 101);
        assertEquals(Math.sqrt((r1 * r1 + r2 * r2) / 2), h2[0], 1e-15);
        assertTrue(Double.isNaN(h2[3]) && Double.isNaN(h2[4]));
    }

    @Test
    void target_withRangeEstimator_usesOnlyTheHorizonDays() {
        PriceSeries s = TestSeries.randomWalk(50, 5);
        double[] y = new RealisedVolatilityTarget(new GarmanKlassEstimator(), 3).compute(s);
        PriceSeries changedPast = s.slice(0, 50);
        assertEquals(new GarmanKlassEstimator().volatility(changedPast, 13, 3), y[10], 0.0);
    }
}
