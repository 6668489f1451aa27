package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/**
 * The loss distributions the VaR methods assume: their VaR/ES are the methods' figures, and their samples follow the
 * distribution (Kolmogorov–Smirnov against commons-math3's CDFs, seeded), and {@link VarHistory#forMethod} cuts the
 * trailing window each method needs.
 */
class LossDistributionTest {

    private static final int DRAWS = 20_000;

    @Test
    void normalSamplesFollowTheNormalCdf() {
        NormalLoss loss = new NormalLoss(0.02);
        double[] x = draws(loss, 11L);
        assertTrue(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(null, 0, 0.02), x) > 0.01);
    }

    @Test
    void studentTSamplesFollowTheScaledTCdf() {
        for (double nu : new double[] {2.5, 4.0, 7.3, 30.0}) {
            StudentTLoss loss = new StudentTLoss(0.015, nu);
            double scale = 0.015 * Math.sqrt((nu - 2) / nu);
            double[] x = draws(loss, 7L);
            for (int k = 0; k < x.length; k++) {
                x[k] /= scale;
            }
            double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new TDistribution(null, nu), x);
            assertTrue(p > 0.01, "nu " + nu + ": KS p " + p);
        }
    }

    @Test
    void gammaDrawsHaveTheGammaMeanAndVariance() {
        SplittableRandom random = new SplittableRandom(3);
        for (double shape : new double[] {0.6, 1.25, 3.65}) {
            double sum = 0;
            double squares = 0;
            int n = 200_000;
            for (int k = 0; k < n; k++) {
                double g = StudentTLoss.gamma(shape, random);
                sum += g;
                squares += g * g;
            }
            double mean = sum / n;
            double variance = squares / n - mean * mean;
            assertEquals(shape, mean, 4 * Math.sqrt(shape / n), "mean, shape " + shape);
            assertEquals(shape, variance, 0.03 * shape, "variance, shape " + shape);
        }
    }

    @Test
    void empiricalSamplesAreTheScenariosNegatedAndScaled() {
        double[] pnl = {-0.03, 0.01, 0.02, -0.01};
        EmpiricalLoss loss = new EmpiricalLoss(pnl, 4);
        int[] counts = new int[4];
        SplittableRandom random = new SplittableRandom(5);
        for (int k = 0; k < 40_000; k++) {
            double l = loss.sampleLoss(random);
            int j = -1;
            for (int i = 0; i < 4; i++) {
                if (Math.abs(l + 2 * pnl[i]) < 1e-15) {
                    j = i;
                }
            }
            assertTrue(j >= 0, "not a scenario: " + l);
            counts[j]++;
        }
        for (int c : counts) {
            assertEquals(10_000, c, 400);
        }
        assertEquals(0.06, loss.valueAtRisk(0.9), 1e-15);
        assertEquals(0.06, loss.expectedShortfall(0.75), 1e-15);
    }

    @Test
    void eachMethodsEstimateIsItsDistributionsVarAndEs() {
        double[][] returns = new double[60][2];
        double[][] forecasts = new double[60][2];
        double[] portfolio = new double[60];
        SplittableRandom random = new SplittableRandom(9);
        for (int t = 0; t < 60; t++) {
            for (int i = 0; i < 2; i++) {
                returns[t][i] = 0.01 * random.nextGaussian() * (1 + (t % 7 == 0 ? 3 : 0));
                forecasts[t][i] = 0.01 + 0.001 * i;
            }
            portfolio[t] = 0.009;
        }
        VarInputs base = new VarInputs(new double[] {0.6, 0.4}, new double[] {0.012, 0.011}, 0.01, 3, VarHistory.NONE);
        for (VarMethod method : List.of(new NormalVar(), new StudentTVar(50), new HistoricalVar(50),
                new FilteredHistoricalVar(50))) {
            VarHistory history = VarHistory.forMethod(method, returns, forecasts, portfolio);
            VarInputs in = new VarInputs(base.weights(), base.sigmaToday(), 0.01, 3, history);
            VarEstimate e = method.estimate(in, List.of(0.99, 0.975), List.of(0.975));
            LossDistribution d = method.distribution(in);
            assertEquals(e.valueAtRisk().get(0.99), d.valueAtRisk(0.99), 0.0, method.name());
            assertEquals(e.valueAtRisk().get(0.975), d.valueAtRisk(0.975), 0.0, method.name());
            assertEquals(e.expectedShortfall().get(0.975), d.expectedShortfall(0.975), 0.0, method.name());
        }
    }

    @Test
    void forMethodCutsTheTrailingWindowAndRefusesMissingForecasts() {
        double[][] returns = new double[5][1];
        double[][] forecasts = new double[5][1];
        double[] portfolio = new double[5];
        for (int t = 0; t < 5; t++) {
            returns[t][0] = 0.01 * (t - 2);
            forecasts[t][0] = t == 0 ? Double.NaN : 0.01 * t;
            portfolio[t] = t == 0 ? Double.NaN : 0.02 * t;
        }
        assertSame(VarHistory.NONE, VarHistory.forMethod(new NormalVar(), returns, null, null));
        VarHistory h = VarHistory.forMethod(new HistoricalVar(3), returns, null, null);
        assertEquals(3, h.days());
        assertEquals(0.0, h.returns()[0][0], 0.0);
        assertEquals(0.02, h.returns()[2][0], 0.0);
        VarHistory f = VarHistory.forMethod(new FilteredHistoricalVar(4), returns, forecasts, null);
        assertEquals(0.01, f.sigmaForecasts()[0][0], 0.0);
        assertEquals(0.04, f.sigmaForecasts()[3][0], 0.0);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> VarHistory.forMethod(new FilteredHistoricalVar(5), returns, forecasts, null));
        assertTrue(missing.getMessage().contains("day 1 of the window"), missing.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> VarHistory.forMethod(new HistoricalVar(6), returns, null, null));
        double[][] longer = new double[40][1];
        double[] sigmas = new double[40];
        java.util.Arrays.fill(sigmas, 0.01);
        sigmas[5] = Double.NaN;
        for (int t = 0; t < 40; t++) {
            longer[t][0] = 0.01 * Math.sin(t);
        }
        assertEquals(30, VarHistory.forMethod(new StudentTVar(30), longer, null, sigmas).portfolioSigmaForecasts().length);
        assertThrows(IllegalArgumentException.class,
                () -> VarHistory.forMethod(new StudentTVar(35), longer, null, sigmas));
        assertThrows(IllegalArgumentException.class,
                () -> VarHistory.forMethod(new StudentTVar(30), longer, null, null));
    }

    private static double[] draws(LossDistribution loss, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[DRAWS];
        for (int k = 0; k < DRAWS; k++) {
            x[k] = loss.sampleLoss(random);
        }
        return x;
    }

}
