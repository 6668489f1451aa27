package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class StudentTVarTest {

    private static final List<Double> VAR_LEVELS = List.of(0.95, 0.99);
    private static final List<Double> ES_LEVELS = List.of(0.975);
    private static final double[] W = {0.5, 0.3, 0.2};
    private static final double[] TODAY = {0.012, 0.02, 0.016};

    /** Returns with t(4) shocks so that ν has something to find; forecasts and portfolio forecasts alongside. */
    private static VarHistory history(long seed, int days) {
        Random random = new Random(seed);
        double[][] forecasts = VarTestData.forecasts(random, days, 3);
        double[][] returns = VarTestData.returns(random, forecasts);
        for (int t = 0; t < days; t++) {
            double chi2 = 0.0;
            for (int k = 0; k < 4; k++) {
                double g = random.nextGaussian();
                chi2 += g * g;
            }
            double mix = Math.sqrt(2.0 / chi2); // t(4) = N/√(χ²₄/4), unit variance after × √(2/4)
            for (int i = 0; i < 3; i++) {
                returns[t][i] *= mix;
            }
        }
        CorrelationMatrix rho = CorrelationMatrix.of(new double[][] {{1, 0.36, 0.36}, {0.36, 1, 0.36}, {0.36, 0.36, 1}});
        return VarHistory.of(returns, forecasts, null).withPortfolioSigmaForecasts(W, rho);
    }

    @Test
    void test_estimate_usesTheFittedNuInTheClosedForms() {
        VarHistory history = history(61, 400);
        double sigmaP = 0.011;
        VarEstimate e = new StudentTVar(250).estimate(VarInputs.of(W, TODAY, sigmaP, 1, history), VAR_LEVELS, ES_LEVELS);
        // z_t = Σ w_i r_{i,t} / σ_{p,t} over the last 250 days, by plain loops here.
        double[][] r = history.returns();
        double[] sp = history.portfolioSigmaForecasts();
        double[] z = new double[250];
        for (int t = 0; t < 250; t++) {
            int day = 150 + t;
            z[t] = (W[0] * r[day][0] + W[1] * r[day][1] + W[2] * r[day][2]) / sp[day];
        }
        double nu = StandardizedT.fitDegreesOfFreedom(z);
        assertEquals(nu, e.parameters().get("nu"), 0.0);
        assertTrue(nu > 2.05 && nu < 30, "ν " + nu);
        TDistribution t = new TDistribution(null, nu);
        double scale = Math.sqrt((nu - 2) / nu);
        for (double level : VAR_LEVELS) {
            double expected = sigmaP * t.inverseCumulativeProbability(level) * scale;
            assertEquals(expected, e.valueAtRisk().get(level), 1e-14 * expected);
        }
        double q = t.inverseCumulativeProbability(0.975);
        double expectedEs = sigmaP * scale * t.density(q) / 0.025 * (nu + q * q) / (nu - 1);
        assertEquals(expectedEs, e.expectedShortfall().get(0.975), 1e-14 * expectedEs);
        assertEquals("student-t", e.method());
        assertEquals(250, e.windowDays());
    }

    @Test
    void test_withPortfolioSigmaForecasts_matchesPlainLoops() {
        Random random = new Random(62);
        double[][] forecasts = VarTestData.forecasts(random, 20, 4);
        CorrelationMatrix rho = TestData.randomCorrelation(random, 4);
        double[] w = {0.4, -0.1, 0.3, 0.4};
        double[] sp = VarHistory.of(VarTestData.returns(random, forecasts), forecasts, null)
                .withPortfolioSigmaForecasts(w, rho).portfolioSigmaForecasts();
        for (int t = 0; t < 20; t++) {
            double expected = TestData.portfolioVolatility(w, forecasts[t], rho.values());
            assertEquals(expected, sp[t], 1e-15 * expected);
        }
    }

    @Test
    void test_estimate_scalesBySqrtHorizon() {
        VarHistory history = history(63, 250);
        VarEstimate one = new StudentTVar(250).estimate(VarInputs.of(W, TODAY, 0.01, 1, history), VAR_LEVELS, ES_LEVELS);
        VarEstimate ten = new StudentTVar(250).estimate(VarInputs.of(W, TODAY, 0.01, 10, history), VAR_LEVELS, ES_LEVELS);
        assertEquals(one.parameters(), ten.parameters());
        assertEquals(Math.sqrt(10) * one.valueAtRisk().get(0.99), ten.valueAtRisk().get(0.99),
                1e-15 * ten.valueAtRisk().get(0.99));
        assertEquals(Math.sqrt(10) * one.expectedShortfall().get(0.975), ten.expectedShortfall().get(0.975),
                1e-15 * ten.expectedShortfall().get(0.975));
    }

    @Test
    void test_estimate_readsOnlyTheTrailingWindow() {
        VarHistory history = history(64, 250);
        VarEstimate base = new StudentTVar(250).estimate(VarInputs.of(W, TODAY, 0.01, 1, history), VAR_LEVELS, ES_LEVELS);
        VarHistory longer = VarHistory.of(VarTestData.prepend(history.returns(), 40, -0.2),
                VarTestData.prepend(history.sigmaForecasts(), 40, 0.01),
                VarTestData.prepend(history.portfolioSigmaForecasts(), 40, 0.001));
        assertEquals(base, new StudentTVar(250).estimate(VarInputs.of(W, TODAY, 0.01, 1, longer), VAR_LEVELS, ES_LEVELS));
        double[][] changed = history.returns();
        changed[0][0] = -0.2;
        VarHistory inside = VarHistory.of(changed, history.sigmaForecasts(), history.portfolioSigmaForecasts());
        assertNotEquals(base.parameters().get("nu"), new StudentTVar(250)
                .estimate(VarInputs.of(W, TODAY, 0.01, 1, inside), VAR_LEVELS, ES_LEVELS).parameters().get("nu"));
    }

    @Test
    void test_estimate_refusesWhatItCannotUse() {
        VarHistory full = history(65, 100);
        VarHistory noPortfolio = VarHistory.of(full.returns(), full.sigmaForecasts(), null);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new StudentTVar(100).estimate(VarInputs.of(W, TODAY, 0.01, 1, noPortfolio), VAR_LEVELS, ES_LEVELS));
        assertTrue(missing.getMessage().contains("portfolioSigmaForecasts"), missing.getMessage());
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> new StudentTVar(101).estimate(VarInputs.of(W, TODAY, 0.01, 1, full), VAR_LEVELS, ES_LEVELS));
        assertTrue(tooShort.getMessage().contains("needs 101 days of history, got 100"), tooShort.getMessage());
        IllegalArgumentException window = assertThrows(IllegalArgumentException.class, () -> new StudentTVar(29));
        assertTrue(window.getMessage().contains("at least 30"), window.getMessage());
        // All past returns zero: every standardised return is 0, nothing to fit.
        double[][] zeros = new double[60][3];
        VarHistory flat = VarHistory.of(zeros, Arrays.copyOf(full.sigmaForecasts(), 60),
                Arrays.copyOf(full.portfolioSigmaForecasts(), 60));
        IllegalArgumentException degenerate = assertThrows(IllegalArgumentException.class,
                () -> new StudentTVar(60).estimate(VarInputs.of(W, TODAY, 0.01, 1, flat), VAR_LEVELS, ES_LEVELS));
        assertTrue(degenerate.getMessage().contains("all 60 standardised returns equal 0.0"), degenerate.getMessage());
    }
}
