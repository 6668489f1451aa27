package org.lstmrisk.core.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.TestPrices;
import org.lstmrisk.core.volatility.CloseToCloseEstimator;

class HarForecasterTest {

    private static final double B0 = 2e-5;
    private static final double BD = 0.35;
    private static final double BW = 0.30;
    private static final double BM = 0.20;

    /** RV_{t+1} = (b0 + bd RV_t + bw RV5 + bm RV22)·u, u lognormal with mean 1 and log-sd {@code noise}. */
    private static double[] simulateHar(int n, double noise, long seed) {
        var rng = new SplittableRandom(seed);
        double[] rv = new double[n];
        Arrays.fill(rv, 0, 22, B0 / (1 - BD - BW - BM));
        for (int t = 21; t < n - 1; t++) {
            double mean = conditionalMean(rv, t);
            rv[t + 1] = mean * Math.exp(noise * rng.nextGaussian() - noise * noise / 2);
        }
        return rv;
    }

    private static double conditionalMean(double[] rv, int t) {
        double w = 0;
        double m = 0;
        for (int k = 0; k < 22; k++) {
            m += rv[t - k];
            if (k < 5) {
                w += rv[t - k];
            }
        }
        return B0 + BD * rv[t] + BW * w / 5 + BM * m / 22;
    }

    @Test
    void regression_recoversKnownHarCoefficients() {
        HarCoefficients c = HarRegression.estimate(simulateHar(20_000, 0.5, 17));
        assertEquals(BD, c.daily(), 0.04, c.toString());
        assertEquals(BW, c.weekly(), 0.06, c.toString());
        assertEquals(BM, c.monthly(), 0.06, c.toString());
        assertEquals(B0, c.intercept(), 0.3 * B0, c.toString());
    }

    @Test
    void regression_equalsNormalEquationsSolvedInTheTest() {
        double[] rv = simulateHar(600, 0.8, 5);
        // X'X b = X'y with rows t = 21 … n−2, solved by Gaussian elimination with partial pivoting
        double[][] a = new double[4][5];
        for (int t = 21; t <= rv.length - 2; t++) {
            double w = 0;
            double m = 0;
            for (int k = 0; k < 22; k++) {
                m += rv[t - k];
                if (k < 5) {
                    w += rv[t - k];
                }
            }
            double[] x = {1, rv[t], w / 5, m / 22};
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    a[i][j] += x[i] * x[j];
                }
                a[i][4] += x[i] * rv[t + 1];
            }
        }
        double[] b = solve(a);
        HarCoefficients c = HarRegression.estimate(rv);
        assertEquals(b[0], c.intercept(), 1e-9 * Math.abs(b[0]));
        assertEquals(b[1], c.daily(), 1e-7);
        assertEquals(b[2], c.weekly(), 1e-7);
        assertEquals(b[3], c.monthly(), 1e-7);
    }

    private static double[] solve(double[][] a) {
        int n = a.length;
        for (int p = 0; p < n; p++) {
            int max = p;
            for (int i = p + 1; i < n; i++) {
                if (Math.abs(a[i][p]) > Math.abs(a[max][p])) {
                    max = i;
                }
            }
            double[] tmp = a[p];
            a[p] = a[max];
            a[max] = tmp;
            for (int i = p + 1; i < n; i++) {
                double f = a[i][p] / a[p][p];
                for (int j = p; j <= n; j++) {
                    a[i][j] -= f * a[p][j];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = a[i][n];
            for (int j = i + 1; j < n; j++) {
                s -= a[i][j] * x[j];
            }
            x[i] = s / a[i][i];
        }
        return x;
    }

    @Test
    void forecaster_onPricesWhoseSquaredReturnsFollowAHar_recoversTheCoefficients() {
        // returns ±sqrt(RV_t) with random signs, so the close-to-close daily variance r_t² is the simulated RV
        double[] rv = simulateHar(20_000, 0.5, 29);
        var signs = new SplittableRandom(3);
        double[] r = new double[rv.length];
        for (int t = 0; t < r.length; t++) {
            r[t] = (signs.nextBoolean() ? 1 : -1) * Math.sqrt(rv[t]);
        }
        HarModel m = HarForecaster.CLOSE_TO_CLOSE.fit(SimulatedPrices.fromReturns("HAR", r));
        HarCoefficients c = m.coefficients();
        assertEquals(BD, c.daily(), 0.04, c.toString());
        assertEquals(BW, c.weekly(), 0.06, c.toString());
        assertEquals(BM, c.monthly(), 0.06, c.toString());
        assertArrayEquals(Arrays.copyOfRange(rv, rv.length - 22, rv.length), m.recentDailyVariance(), 1e-15);
        assertEquals("har", HarForecaster.CLOSE_TO_CLOSE.name());
    }

    @Test
    void update_keepsCoefficientsAndExtendsRegressors() {
        PriceSeries full = TestPrices.randomWalk("RW", 400, 0.012, 31);
        HarModel fitted = HarForecaster.CLOSE_TO_CLOSE.fit(full.slice(0, 300));
        HarModel updated = fitted.update(full);
        HarModel expected = HarModel.of(full, new CloseToCloseEstimator(), fitted.coefficients());
        assertEquals(expected, updated);
        double[] last22 = new double[22];
        double[] c = full.close();
        for (int k = 0; k < 22; k++) {
            double x = Math.log(c[378 + k] / c[377 + k]);
            last22[k] = x * x;
        }
        assertArrayEquals(last22, updated.recentDailyVariance(), 1e-16);
        assertSame(updated, updated.update(full));
        HarModel daily = fitted;
        for (int end = 301; end <= 330; end++) {
            daily = daily.update(full.slice(0, end));
        }
        assertEquals(HarModel.of(full.slice(0, 330), new CloseToCloseEstimator(), fitted.coefficients()), daily);
        assertThrows(IllegalArgumentException.class, () -> fitted.update(full.slice(301, 400)));
    }

    @Test
    void forecastVolatility_iteratesTheRegression() {
        HarCoefficients c = new HarCoefficients(1e-5, 0.4, 0.3, 0.2);
        double[] rv = new double[22];
        for (int k = 0; k < 22; k++) {
            rv[k] = 1e-4 * (1 + k % 3);
        }
        HarModel m = new HarModel("X", LocalDate.of(2024, 1, 2), 100, new CloseToCloseEstimator(), c, rv);
        double week = (rv[17] + rv[18] + rv[19] + rv[20] + rv[21]) / 5;
        double month = Arrays.stream(rv).sum() / 22;
        double f1 = 1e-5 + 0.4 * rv[21] + 0.3 * week + 0.2 * month;
        assertEquals(Math.sqrt(f1), m.forecastVolatility(1), 1e-15);
        double week2 = (rv[18] + rv[19] + rv[20] + rv[21] + f1) / 5;
        double month2 = (Arrays.stream(rv).sum() - rv[0] + f1) / 22;
        double f2 = 1e-5 + 0.4 * f1 + 0.3 * week2 + 0.2 * month2;
        assertEquals(Math.sqrt((f1 + f2) / 2), m.forecastVolatility(2), 1e-15);
        HarModel negative = new HarModel("X", LocalDate.of(2024, 1, 2), 100, new CloseToCloseEstimator(),
                new HarCoefficients(-1, 0, 0, 0), rv);
        // A non-positive prediction is replaced by the monthly mean RV; it then stays the monthly mean.
        assertEquals(Math.sqrt(month), negative.forecastVolatility(1), 1e-15);
        double[] zero = new double[22];
        HarModel flat = new HarModel("X", LocalDate.of(2024, 1, 2), 100, new CloseToCloseEstimator(),
                new HarCoefficients(-1, 0, 0, 0), zero);
        assertEquals(Math.sqrt(HarModel.VARIANCE_FLOOR), flat.forecastVolatility(3), 1e-18);
    }

    @Test
    void garmanKlassDailyVariance_isTheDaysOwnRangeTerm() {
        int n = 30;
        var rng = new SplittableRandom(8);
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double prev = 100;
        for (int i = 0; i < n; i++) {
            o[i] = prev * Math.exp(0.003 * rng.nextGaussian());
            c[i] = o[i] * Math.exp(0.01 * rng.nextGaussian());
            h[i] = Math.max(o[i], c[i]) * (1 + 0.005 * rng.nextDouble());
            l[i] = Math.min(o[i], c[i]) * (1 - 0.005 * rng.nextDouble());
            prev = c[i];
        }
        PriceSeries bars = new PriceSeries("GK", TestPrices.weekdays(LocalDate.of(2024, 1, 1), n), o, h, l, c, null);
        var gk = new org.lstmrisk.core.volatility.GarmanKlassEstimator();
        HarModel m = HarModel.of(bars, gk, new HarCoefficients(1e-6, 0.3, 0.3, 0.3));
        double[] rv = m.recentDailyVariance();
        for (int k = 0; k < 22; k++) {
            int i = n - 22 + k;
            double u = Math.log(h[i] / l[i]);
            double co = Math.log(c[i] / o[i]);
            assertEquals(0.5 * u * u - (2 * Math.log(2) - 1) * co * co, rv[k], 1e-15);
        }
        assertEquals(HarModel.of(bars, gk, m.coefficients()), HarModel.of(bars.slice(0, 25), gk, m.coefficients())
                .update(bars));
    }

    @Test
    void rejectsShortHistoryAndBadState() {
        assertThrows(IllegalArgumentException.class,
                () -> HarForecaster.CLOSE_TO_CLOSE.fit(TestPrices.randomWalk("RW", 122, 0.01, 1)));
        HarForecaster.CLOSE_TO_CLOSE.fit(TestPrices.randomWalk("RW", 123, 0.01, 1));
        assertThrows(IllegalArgumentException.class, () -> new HarModel("X", LocalDate.of(2024, 1, 2), 100,
                new CloseToCloseEstimator(), new HarCoefficients(0, 0, 0, 0), new double[21]));
        assertThrows(IllegalArgumentException.class, () -> new HarCoefficients(Double.NaN, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> HarRegression.estimate(new double[200]));
    }
}
