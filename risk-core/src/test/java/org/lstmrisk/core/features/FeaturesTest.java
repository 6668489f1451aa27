package org.lstmrisk.core.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.macro.MacroSeries;

class FeaturesTest {

    private static final String ALL = "return,volume,vol(close-to-close,10),vol(parkinson,5),vol(garman-klass,20),"
            + "vol(garman-klass-yz,5),ewma(0.94),log(vol(garman-klass,1)),ma(20),rsi(14),macd(12,26),bollinger(20,2.0)";

    @Test
    void everyFeature_onATruncatedSeries_equalsThePrefixOfTheFullSeries() {
        PriceSeries full = TestSeries.randomWalk(300, 11);
        FeatureSet set = Features.parseList(ALL);
        double[][] all = set.compute(FeatureInputs.of(full));
        for (int cut : new int[] {40, 41, 150, 299}) {
            double[][] prefix = set.compute(FeatureInputs.of(full.slice(0, cut)));
            for (int i = 0; i < cut; i++) {
                assertArrayEquals(all[i], prefix[i], 0.0, "day " + i + " with data cut at " + cut);
            }
        }
    }

    @Test
    void warmUp_isNaNExactlyForTheDeclaredDays() {
        PriceSeries s = TestSeries.randomWalk(100, 3);
        for (DailyFeature f : Features.parseList(ALL).features()) {
            double[] x = f.compute(FeatureInputs.of(s));
            for (int i = 0; i < x.length; i++) {
                assertEquals(i < f.warmUpDays(), Double.isNaN(x[i]), f.spec() + " day " + i);
            }
        }
    }

    @Test
    void ewma_equalsTheEwmaForecasterFittedOnEachPrefix() {
        PriceSeries s = TestSeries.randomWalk(120, 5);
        double[] x = Features.parse("ewma(0.94)").compute(FeatureInputs.of(s));
        for (int i = EwmaVolatilityFeature.SEED_DAYS; i < s.size(); i++) {
            double expected = org.lstmrisk.core.forecast.EwmaForecaster.RISKMETRICS.fit(s.slice(0, i + 1))
                    .forecastVolatility(1);
            assertEquals(expected, x[i], 1e-15 * expected, "day " + i);
        }
    }

    @Test
    void log_isTheLogarithmOfTheInnerFeature_flooredAtZero() {
        PriceSeries s = TestSeries.randomWalk(60, 8);
        double[] x = Features.parse("vol(close-to-close,1)").compute(FeatureInputs.of(s));
        double[] lx = Features.parse("log(vol(close-to-close,1))").compute(FeatureInputs.of(s));
        assertTrue(Double.isNaN(lx[0]));
        for (int i = 1; i < x.length; i++) {
            assertEquals(Math.log(Math.max(x[i], LogFeature.FLOOR)), lx[i], 0.0, "day " + i);
        }
        double[] flat = Features.parse("log(vol(close-to-close,1))").compute(FeatureInputs.of(TestSeries.closes(5, 5, 5)));
        assertEquals(Math.log(LogFeature.FLOOR), flat[1], 0.0);
        assertThrows(IllegalArgumentException.class,
                () -> Features.parse("log(return)").compute(FeatureInputs.of(TestSeries.closes(5, 4, 5))));
        assertThrows(IllegalArgumentException.class, () -> Features.parse("log"));
    }

    @Test
    void specs_roundTrip() {
        FeatureSet set = Features.parseList(ALL);
        assertEquals(set.spec(), Features.parseList(set.spec()).spec());
        assertEquals(12, set.size());
    }

    @Test
    void parse_rejectsUnknownAndMalformedSpecs() {
        assertThrows(IllegalArgumentException.class, () -> Features.parse("momentum"));
        assertThrows(IllegalArgumentException.class, () -> Features.parse("rsi(14"));
        assertThrows(IllegalArgumentException.class, () -> Features.parse("rsi(x)"));
        assertThrows(IllegalArgumentException.class, () -> Features.parse("vol(garman-klass)"));
        assertThrows(IllegalArgumentException.class, () -> Features.parse("vol(yang-zhang,20)"));
        assertThrows(IllegalArgumentException.class, () -> Features.parse("return(3)"));
    }

    @Test
    void logReturn_isTheDifferenceOfLogCloses() {
        double[] x = new LogReturnFeature().compute(FeatureInputs.of(TestSeries.closes(100, 110, 99)));
        assertEquals(Math.log(1.1), x[1], 1e-15);
        assertEquals(Math.log(0.9), x[2], 1e-15);
    }

    @Test
    void movingAverageAndBollinger_onALinearSeries_matchClosedForms() {
        double a = 50;
        double b = 0.5;
        double[] c = new double[60];
        for (int i = 0; i < c.length; i++) {
            c[i] = a + b * i;
        }
        FeatureInputs in = FeatureInputs.of(TestSeries.closes(c));
        int w = 20;
        double[] ma = new MovingAverageRatioFeature(w).compute(in);
        double[] bb = new BollingerWidthFeature(w, 2).compute(in);
        for (int i = w - 1; i < c.length; i++) {
            double mean = a + b * (i - (w - 1) / 2.0);
            assertEquals(c[i] / mean - 1, ma[i], 1e-13);
            double sd = b * Math.sqrt((w * w - 1) / 12.0);
            assertEquals(2 * 2 * sd / mean, bb[i], 1e-12);
        }
    }

    @Test
    void rsi_isOneWhenPricesOnlyRise_andOneHalfForSymmetricMoves() {
        double[] up = new double[30];
        double[] zigzag = new double[30];
        for (int i = 0; i < 30; i++) {
            up[i] = 10 + i;
            zigzag[i] = 10 + (i % 2);
        }
        double[] r1 = new RsiFeature(14).compute(FeatureInputs.of(TestSeries.closes(up)));
        assertEquals(1.0, r1[29], 0.0);
        double[] r2 = new RsiFeature(14).compute(FeatureInputs.of(TestSeries.closes(zigzag)));
        // After the 14-change SMA seed (7 up, 7 down) gains and losses stay close: RSI near 0.5.
        assertEquals(0.5, r2[14], 1e-12);
        assertTrue(Math.abs(r2[29] - 0.5) < 0.04);
    }

    @Test
    void rsiAndMacd_matchAnIndependentComputation() {
        // Expected values computed with numpy (python3): RSI by Wilder's recursion on np.diff of the closes;
        // MACD from the closed form of a seeded EMA, e_t = (1−α)^t x_0 + Σ_{j=1..t} α(1−α)^{t−j} x_j.
        double[] c = {44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.10, 45.42, 45.84, 46.08};
        double[] rsi = new RsiFeature(5).compute(FeatureInputs.of(TestSeries.closes(c)));
        double[] macd = new MacdFeature(3, 6).compute(FeatureInputs.of(TestSeries.closes(c)));
        assertEquals(RSI5_DAY9, rsi[9], 1e-12);
        assertEquals(MACD36_DAY9, macd[9], 1e-12);
    }

    private static final double RSI5_DAY9 = 0.8168646769052445;
    private static final double MACD36_DAY9 = 0.008629939130854223;

    @Test
    void gdpGrowth_isOnlyVisibleFromItsPublicationDate() {
        var macro = new MacroSeries("GDP",
                List.of(LocalDate.of(2019, 10, 1), LocalDate.of(2020, 1, 1)),
                List.of(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 5)),
                new double[] {100, 103});
        PriceSeries s = TestSeries.closes(1, 2, 3, 4, 5, 6); // 2020-01-01 .. 2020-01-06
        double[] g = new GdpGrowthFeature().compute(new FeatureInputs(s, Optional.of(macro)));
        assertTrue(Double.isNaN(g[0]) && Double.isNaN(g[3]), Arrays.toString(g));
        assertEquals(Math.log(1.03), g[4], 1e-15);
        assertEquals(Math.log(1.03), g[5], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> new GdpGrowthFeature().compute(FeatureInputs.of(s)));
    }

    @Test
    void volume_requiresAVolumeColumn() {
        assertThrows(IllegalArgumentException.class,
                () -> new LogVolumeFeature().compute(FeatureInputs.of(TestSeries.closes(1, 2, 3))));
    }
}
