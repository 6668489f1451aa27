package org.lstmrisk.core.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.lstmrisk.core.forecast.PastForecastCombination.Method;
import org.junit.jupiter.api.Test;

class PastForecastCombinationTest {

    private static final int DAYS = 700;

    /** Two noisy forecasts of a persistent volatility, and realised values around it (seeded). */
    private static double[][] series(long seed) {
        var random = new Random(seed);
        double[] truth = new double[DAYS];
        double[] a = new double[DAYS];
        double[] b = new double[DAYS];
        double[] realised = new double[DAYS];
        double log = Math.log(0.01);
        for (int k = 0; k < DAYS; k++) {
            log = Math.log(0.01) + 0.97 * (log - Math.log(0.01)) + 0.1 * random.nextGaussian();
            truth[k] = Math.exp(log);
            a[k] = truth[k] * Math.exp(0.3 * random.nextGaussian()) * 0.8;
            b[k] = Math.sqrt(truth[k] * 0.012) * Math.exp(0.2 * random.nextGaussian());
            realised[k] = truth[k] * Math.abs(random.nextGaussian());
        }
        return new double[][] {a, b, realised};
    }

    /**
     * A second implementation written from the definition: for each day, the last scheduled fit day on or before it,
     * and a fit on exactly the pairs s ≤ fit day − h.
     */
    private static double[] direct(double[][] forecasts, double[] realised, int h, int warmUp, int every,
                                   Method method) {
        double[] out = new double[realised.length];
        for (int k = 0; k < realised.length; k++) {
            if (k < warmUp) {
                out[k] = forecasts[0][k];
                continue;
            }
            int fitDay = warmUp + (k - warmUp) / every * every;
            int pairs = fitDay - h + 1;
            double[][] x = new double[forecasts.length][pairs];
            double[] v = new double[pairs];
            for (int s = 0; s < pairs; s++) {
                for (int j = 0; j < forecasts.length; j++) {
                    x[j][s] = Math.log(forecasts[j][s] * forecasts[j][s]);
                }
                v[s] = realised[s] * realised[s];
            }
            double[] beta;
            if (method == Method.REGRESSION) {
                beta = QlikeRegression.fit(x, v);
            } else if (forecasts.length == 1) {
                beta = new double[] {QlikeConvexWeight.fit(x[0], null, v)[0], 1.0};
            } else {
                double[] aw = QlikeConvexWeight.fit(x[0], x[1], v);
                beta = new double[] {aw[0], aw[1], 1 - aw[1]};
            }
            double u = beta[0];
            for (int j = 0; j < forecasts.length; j++) {
                u += beta[j + 1] * Math.log(forecasts[j][k] * forecasts[j][k]);
            }
            out[k] = Math.exp(u / 2);
        }
        return out;
    }

    @Test
    void equalsTheDefinitionDayByDay() {
        double[][] s = series(1);
        for (Method method : new Method[] {Method.REGRESSION, Method.WEIGHT}) {
            for (int h : new int[] {1, 5}) {
                var combination = new PastForecastCombination(h, 250, 63, method);
                var two = combination.combine(new double[][] {s[0], s[1]}, s[2]);
                assertArrayEquals(direct(new double[][] {s[0], s[1]}, s[2], h, 250, 63, method), two.volatility(),
                        1e-12);
                assertEquals(8, two.fits()); // days 250, 313, …, 691
                assertEquals(0, two.failedFits());
                var one = combination.combine(new double[][] {s[0]}, s[2]);
                assertArrayEquals(direct(new double[][] {s[0]}, s[2], h, 250, 63, method), one.volatility(), 1e-12);
            }
        }
    }

    @Test
    void theMeanIsTheGeometricMeanOfTheVariancesFromTheFirstDay() {
        double[][] s = series(6);
        var c = new PastForecastCombination(1, 250, 63, Method.MEAN).combine(new double[][] {s[0], s[1]}, s[2]);
        for (int k = 0; k < DAYS; k++) {
            assertEquals(Math.sqrt(s[0][k] * s[1][k]), c.volatility()[k], 1e-15);
        }
        assertEquals(0, c.fits());
    }

    @Test
    void theWeightIsConvex() {
        // the realised variance follows the first model alone, scaled: w = 1 and a = log 1.44 are exact
        double[][] s = series(7);
        double[] realised = new double[DAYS];
        for (int k = 0; k < DAYS; k++) {
            realised[k] = 1.2 * s[0][k];
        }
        var c = new PastForecastCombination(1, 250, 63, Method.WEIGHT).combine(new double[][] {s[0], s[1]}, realised);
        for (int k = 250; k < DAYS; k++) {
            assertEquals(realised[k], c.volatility()[k], 1e-6 * realised[k]);
        }
    }

    @Test
    void theWarmUpKeepsTheFirstModel() {
        double[][] s = series(2);
        var c = new PastForecastCombination(1, 250, 63, Method.REGRESSION).combine(new double[][] {s[0], s[1]}, s[2]);
        for (int k = 0; k < 250; k++) {
            assertEquals(s[0][k], c.volatility()[k], 0.0);
        }
    }

    @Test
    void noLookAhead() {
        double[][] s = series(3);
        int h = 5;
        var combination = new PastForecastCombination(h, 250, 63, Method.REGRESSION);
        double[] before = combination.combine(new double[][] {s[0], s[1]}, s[2]).volatility();
        for (int day : new int[] {250, 300, 376, 500}) {
            double[][] changed = {s[0].clone(), s[1].clone(), s[2].clone()};
            var random = new Random(day);
            for (int k = day + 1; k < DAYS; k++) { // forecasts after the day
                changed[0][k] *= Math.exp(random.nextGaussian());
                changed[1][k] *= Math.exp(random.nextGaussian());
            }
            for (int k = day - h + 1; k < DAYS; k++) { // realised windows still open at the day
                changed[2][k] *= 3 * Math.abs(random.nextGaussian());
            }
            double[] after = combination.combine(new double[][] {changed[0], changed[1]}, changed[2]).volatility();
            for (int k = 0; k <= day; k++) {
                assertEquals(before[k], after[k], 0.0, "day " + k + " after changing data past day " + day);
            }
        }
    }

    @Test
    void undoesAKnownMiscalibration() {
        // realised variance exactly e^0.4 · forecast^2.6: the combination learns b = 1.3 on log variance
        double[][] s = series(4);
        double[] realised = new double[DAYS];
        for (int k = 0; k < DAYS; k++) {
            realised[k] = Math.exp(0.2) * Math.pow(s[0][k], 1.3);
        }
        var c = new PastForecastCombination(1, 250, 63, Method.REGRESSION).combine(new double[][] {s[0]}, realised);
        for (int k = 250; k < DAYS; k++) {
            assertEquals(realised[k], c.volatility()[k], 1e-9 * realised[k]);
        }
    }

    @Test
    void countsWhatItLeavesOutAndWhatFails() {
        double[][] s = series(5);
        double[] realised = s[2].clone();
        realised[10] = 0.0;
        realised[20] = Double.NaN;
        double[] a = s[0].clone();
        a[400] = 0.0;
        var c = new PastForecastCombination(1, 250, 63, Method.REGRESSION).combine(new double[][] {a, s[1]}, realised);
        assertEquals(3, c.pairsLeftOut());
        assertEquals(1, c.firstModelDays());
        assertEquals(0.0, c.volatility()[400], 0.0);
        // two identical models are collinear: every fit fails and the first model's forecast stays
        var same = new PastForecastCombination(1, 250, 63, Method.REGRESSION).combine(new double[][] {s[0], s[0]}, s[2]);
        assertEquals(0, same.fits());
        assertEquals(8, same.failedFits());
        assertArrayEquals(s[0], same.volatility(), 0.0);
    }

    @Test
    void refusesBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new PastForecastCombination(0, 250, 63, Method.REGRESSION));
        assertThrows(IllegalArgumentException.class, () -> new PastForecastCombination(5, 7, 63, Method.REGRESSION));
        assertThrows(IllegalArgumentException.class, () -> new PastForecastCombination(1, 250, 0, Method.REGRESSION));
        var c = new PastForecastCombination(1, 250, 63, Method.REGRESSION);
        assertThrows(IllegalArgumentException.class, () -> c.combine(new double[][] {{1, 2}}, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> new PastForecastCombination(1, 250, 63, Method.MEAN)
                .combine(new double[][] {{1, 2}}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> new PastForecastCombination(1, 250, 63, Method.WEIGHT)
                .combine(new double[][] {{1, 2}, {1, 2}, {1, 2}}, new double[2]));
    }
}
