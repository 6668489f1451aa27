package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PortfolioRiskCalculatorTest {

    // Standard normal constants, checked with python3: scipy.stats.norm.ppf(a) and norm.pdf(norm.ppf(a)) / (1 - a),
    // and with mpmath at 40 digits (sqrt(2)·erfinv(2a − 1)), which gives ES 97.5 % = 2.3378027922014144 (the
    // value 2.3378027922013995 quoted in our brief agrees to 6e-15 relative).
    private static final double Z_95 = 1.6448536269514722;
    private static final double Z_99 = 2.3263478740408408;
    private static final double ES_975 = 2.3378027922014144;

    private static final PortfolioRiskCalculator CALCULATOR = PortfolioRiskCalculator.DEFAULT;

    private static RiskInputs twoAssets(double w1, double w2, double s1, double s2, double r, int horizon) {
        return RiskInputs.of(List.of("A", "B"), new double[] {w1, w2}, new double[] {s1, s2},
                CorrelationMatrix.of(new double[][] {{1, r}, {r, 1}}), horizon);
    }

    @Test
    void test_compute_twoAssetsMatchesClosedForm() {
        double w1 = 0.6;
        double w2 = 0.4;
        double s1 = 0.02;
        double s2 = 0.013;
        double r = 0.25;
        PortfolioRisk risk = CALCULATOR.compute(twoAssets(w1, w2, s1, s2, r, 1));
        double sigmaP = Math.sqrt(w1 * w1 * s1 * s1 + w2 * w2 * s2 * s2 + 2 * w1 * w2 * r * s1 * s2);
        assertEquals(sigmaP, risk.volatility(), 1e-16);
        assertEquals(sigmaP * Math.sqrt(252), risk.volatilityAnnualized(), 1e-15);
        assertEquals(1, risk.horizonDays());
        assertEquals(Z_99 * sigmaP, risk.valueAtRisk().get(0.99), 1e-14 * sigmaP);
        assertEquals(Z_95 * sigmaP, risk.valueAtRisk().get(0.95), 1e-14 * sigmaP);
        assertEquals(ES_975 * sigmaP, risk.expectedShortfall().get(0.975), 1e-13 * sigmaP);
        assertEquals(1.0, risk.weightSum(), 1e-15);
        assertEquals(1.0, risk.grossWeight(), 1e-15);
        // Two-asset Euler components: w1(w1σ1² + w2ρσ1σ2)/σp and w2(w2σ2² + w1ρσ1σ2)/σp.
        RiskContribution a = risk.contributions().get(0);
        RiskContribution b = risk.contributions().get(1);
        assertEquals("A", a.ticker());
        assertEquals(w1, a.weight());
        assertEquals(s1, a.volatility());
        assertEquals((w1 * s1 * s1 + w2 * r * s1 * s2) / sigmaP, a.marginal(), 1e-15);
        assertEquals(w1 * (w1 * s1 * s1 + w2 * r * s1 * s2) / sigmaP, a.component(), 1e-16);
        assertEquals(w2 * (w2 * s2 * s2 + w1 * r * s1 * s2) / sigmaP, b.component(), 1e-16);
        assertEquals(w2 * (w2 * s2 * s2 + w1 * r * s1 * s2) / (sigmaP * sigmaP), b.share(), 1e-14);
    }

    @Test
    void test_compute_scalesVarAndEsBySqrtHorizonButNotVolatility() {
        double s = 0.015;
        PortfolioRisk one = CALCULATOR.compute(twoAssets(1.0, 0.0, s, 0.01, 0.0, 1));
        PortfolioRisk ten = CALCULATOR.compute(twoAssets(1.0, 0.0, s, 0.01, 0.0, 10));
        assertEquals(s, ten.volatility(), 1e-17);
        assertEquals(10, ten.horizonDays());
        assertEquals(Z_99 * s * Math.sqrt(10), ten.valueAtRisk().get(0.99), 1e-15);
        assertEquals(ES_975 * s * Math.sqrt(10), ten.expectedShortfall().get(0.975), 1e-15);
        assertEquals(Z_99 * s, one.valueAtRisk().get(0.99), 1e-15);
    }

    @Test
    void test_compute_customLevelsMatchScipy() {
        // scipy.stats.norm.ppf(0.9) = 1.2815515655446004; φ(z_0.99)/0.01 = 2.6652142203458048 (mpmath, 40 digits;
        // scipy's norm.pdf(norm.ppf(0.99)) / (1 - 0.99) prints 2.665214220345806, the same to 1e-15).
        PortfolioRiskCalculator calculator = new PortfolioRiskCalculator(List.of(0.9), List.of(0.99));
        PortfolioRisk risk = calculator.compute(twoAssets(1.0, 0.0, 0.01, 0.01, 0.0, 1));
        assertEquals(1.2815515655446004 * 0.01, risk.valueAtRisk().get(0.9), 1e-15);
        assertEquals(2.6652142203458048 * 0.01, risk.expectedShortfall().get(0.99), 1e-15);
        assertEquals(1, risk.valueAtRisk().size());
    }

    @Test
    void test_compute_randomTenAssetsMatchesPlainLoopImplementation() {
        Random random = new Random(20240308);
        for (int trial = 0; trial < 25; trial++) {
            int n = 10;
            double[] w = new double[n];
            double[] s = new double[n];
            List<String> tickers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                w[i] = random.nextGaussian() * 0.2 + 0.1; // some shorts
                s[i] = 0.005 + 0.03 * random.nextDouble();
                tickers.add("T" + i);
            }
            CorrelationMatrix rho = TestData.randomCorrelation(random, n);
            double[][] r = rho.values();
            PortfolioRisk risk = CALCULATOR.compute(RiskInputs.of(tickers, w, s, rho, 1 + trial % 5));

            // Reference: plain loops.
            double sigmaP = TestData.portfolioVolatility(w, s, r);
            assertEquals(sigmaP, risk.volatility(), 1e-14 * sigmaP);
            double sumComponents = 0;
            double sumShares = 0;
            for (int i = 0; i < n; i++) {
                double sigmaWi = 0;
                for (int j = 0; j < n; j++) {
                    sigmaWi += s[i] * r[i][j] * s[j] * w[j];
                }
                RiskContribution c = risk.contributions().get(i);
                assertEquals("T" + i, c.ticker());
                assertEquals(sigmaWi / sigmaP, c.marginal(), 1e-13 * Math.abs(s[i]));
                assertEquals(w[i] * sigmaWi / sigmaP, c.component(), 1e-13 * sigmaP);
                assertEquals(w[i] * sigmaWi / (sigmaP * sigmaP), c.share(), 1e-12);
                sumComponents += c.component();
                sumShares += c.share();
            }
            // Euler: the components add up to σp and the shares to one.
            assertEquals(sigmaP, sumComponents, 1e-13 * sigmaP);
            assertEquals(1.0, sumShares, 1e-12);
            double weightSum = 0;
            double gross = 0;
            for (double wi : w) {
                weightSum += wi;
                gross += Math.abs(wi);
            }
            assertEquals(weightSum, risk.weightSum(), 1e-14);
            assertEquals(gross, risk.grossWeight(), 1e-14);
            double horizonRoot = Math.sqrt(risk.horizonDays());
            assertEquals(Z_99 * sigmaP * horizonRoot, risk.valueAtRisk().get(0.99), 1e-13 * sigmaP);
            assertEquals(ES_975 * sigmaP * horizonRoot, risk.expectedShortfall().get(0.975), 1e-13 * sigmaP);
        }
    }

    @Test
    void test_compute_marginalIsFiniteDifferenceDerivative() {
        Random random = new Random(99);
        int n = 10;
        double[] w = new double[n];
        double[] s = new double[n];
        List<String> tickers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            w[i] = random.nextGaussian() * 0.3;
            s[i] = 0.005 + 0.03 * random.nextDouble();
            tickers.add("T" + i);
        }
        CorrelationMatrix rho = TestData.randomCorrelation(random, n);
        PortfolioRisk risk = CALCULATOR.compute(RiskInputs.of(tickers, w, s, rho, 1));
        double h = 1e-6;
        for (int i = 0; i < n; i++) {
            double[] up = w.clone();
            double[] down = w.clone();
            up[i] += h;
            down[i] -= h;
            double derivative = (CALCULATOR.compute(RiskInputs.of(tickers, up, s, rho, 1)).volatility()
                    - CALCULATOR.compute(RiskInputs.of(tickers, down, s, rho, 1)).volatility()) / (2 * h);
            assertEquals(derivative, risk.contributions().get(i).marginal(), 1e-8, "asset " + i);
        }
    }

    @Test
    void test_compute_hedgeHasNegativeShare() {
        PortfolioRisk risk = CALCULATOR.compute(twoAssets(1.0, -0.5, 0.02, 0.02, 0.9, 1));
        assertTrue(risk.contributions().get(1).share() < 0, risk.toString());
        assertEquals(0.5, risk.weightSum(), 1e-15);
        assertEquals(1.5, risk.grossWeight(), 1e-15);
        assertEquals(1.0, risk.contributions().get(0).share() + risk.contributions().get(1).share(), 1e-14);
    }

    @Test
    void test_compute_resultCollectionsAreUnmodifiable() {
        PortfolioRisk risk = CALCULATOR.compute(twoAssets(0.5, 0.5, 0.01, 0.02, 0.3, 1));
        assertThrows(UnsupportedOperationException.class, () -> risk.valueAtRisk().put(0.5, 1.0));
        assertThrows(UnsupportedOperationException.class, () -> risk.expectedShortfall().clear());
        assertThrows(UnsupportedOperationException.class, () -> risk.contributions().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> risk.valueAtRisk().headMap(0.99).clear());
    }

    @Test
    void test_compute_rejectsNonPsdCorrelation() {
        RiskInputs inputs = RiskInputs.of(List.of("A", "B", "C"), new double[] {0.3, 0.3, 0.4},
                new double[] {0.01, 0.02, 0.015}, CorrelationMatrix.of(new double[][] {{1, 1, 0}, {1, 1, 1}, {0, 1, 1}}), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CALCULATOR.compute(inputs));
        assertTrue(e.getMessage().contains("not positive semi-definite") && e.getMessage().contains("-0.414"),
                e.getMessage());
    }

    @Test
    void test_compute_rejectsZeroVolatilityPortfolio() {
        IllegalArgumentException zeroWeights = assertThrows(IllegalArgumentException.class,
                () -> CALCULATOR.compute(twoAssets(0.0, 0.0, 0.01, 0.02, 0.3, 1)));
        assertTrue(zeroWeights.getMessage().contains("volatility is zero"), zeroWeights.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CALCULATOR.compute(twoAssets(0.5, 0.5, 0.0, 0.0, 0.3, 1)));
        // A perfect hedge: ρ = 1, equal volatilities, long one short the other.
        assertThrows(IllegalArgumentException.class, () -> CALCULATOR.compute(twoAssets(1.0, -1.0, 0.02, 0.02, 1.0, 1)));
    }

    @Test
    void test_new_rejectsBadLevels() {
        assertThrows(IllegalArgumentException.class, () -> new PortfolioRiskCalculator(List.of(1.0), List.of(0.975)));
        assertThrows(IllegalArgumentException.class, () -> new PortfolioRiskCalculator(List.of(0.99), List.of(0.0)));
        assertThrows(IllegalArgumentException.class, () -> new PortfolioRiskCalculator(List.of(0.99, 0.99), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new PortfolioRiskCalculator(null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> CALCULATOR.compute(null));
    }

    @Test
    void test_compute_defaultPathIsBitIdenticalToTheNormalFormula() {
        // The expressions PortfolioRiskCalculator used before VarMethod existed, evaluated in the same order:
        // z·(σp·√h) and (σp·√h)·φ(z)/(1−α). Compared exactly (no tolerance).
        org.apache.commons.math3.distribution.NormalDistribution standardNormal =
                new org.apache.commons.math3.distribution.NormalDistribution(null, 0.0, 1.0);
        PortfolioRiskCalculator calculator = new PortfolioRiskCalculator(List.of(0.9, 0.95, 0.99), List.of(0.975, 0.99));
        Random random = new Random(777);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + trial % 7;
            double[] w = new double[n];
            double[] s = new double[n];
            List<String> tickers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                w[i] = random.nextGaussian() * 0.3 + 0.1;
                s[i] = 0.003 + 0.04 * random.nextDouble();
                tickers.add("T" + i);
            }
            RiskInputs inputs = RiskInputs.of(tickers, w, s, TestData.randomCorrelation(random, n), 1 + trial % 20);
            PortfolioRisk risk = calculator.compute(inputs);
            double horizonVolatility = risk.volatility() * Math.sqrt(inputs.horizonDays());
            for (double level : calculator.varLevels()) {
                assertEquals(standardNormal.inverseCumulativeProbability(level) * horizonVolatility,
                        risk.valueAtRisk().get(level));
            }
            for (double level : calculator.esLevels()) {
                double z = standardNormal.inverseCumulativeProbability(level);
                assertEquals(horizonVolatility * standardNormal.density(z) / (1.0 - level),
                        risk.expectedShortfall().get(level));
            }
            assertEquals(risk, calculator.compute(inputs, new NormalVar(), VarHistory.NONE));
        }
    }

    @Test
    void test_compute_withMethodTakesVarAndEsFromTheMethodAndKeepsTheRest() {
        Random random = new Random(778);
        double[][] forecasts = VarTestData.forecasts(random, 300, 2);
        double[][] returns = VarTestData.returns(random, forecasts);
        RiskInputs inputs = twoAssets(0.6, 0.4, 0.02, 0.013, 0.25, 5);
        VarHistory history = VarHistory.of(returns, forecasts, null)
                .withPortfolioSigmaForecasts(inputs.weights(), inputs.correlation());
        PortfolioRisk normal = CALCULATOR.compute(inputs);
        for (VarMethod method : List.of(new HistoricalVar(250), new FilteredHistoricalVar(250), new StudentTVar(250))) {
            PortfolioRisk risk = CALCULATOR.compute(inputs, method, history);
            VarEstimate estimate = CALCULATOR.estimateVar(inputs, method, history);
            VarEstimate direct = method.estimate(VarInputs.of(inputs.weights(), inputs.volatilities(),
                    normal.volatility(), 5, history), CALCULATOR.varLevels(), CALCULATOR.esLevels());
            assertEquals(direct, estimate, method.name());
            assertEquals(estimate.valueAtRisk(), risk.valueAtRisk(), method.name());
            assertEquals(estimate.expectedShortfall(), risk.expectedShortfall(), method.name());
            assertEquals(method.name(), estimate.method());
            assertEquals(5, estimate.horizonDays());
            assertTrue(!risk.valueAtRisk().equals(normal.valueAtRisk()), method.name());
            assertEquals(normal.volatility(), risk.volatility(), 0.0);
            assertEquals(normal.contributions(), risk.contributions());
            assertEquals(normal.weightSum(), risk.weightSum(), 0.0);
        }
        IllegalArgumentException noHistory = assertThrows(IllegalArgumentException.class,
                () -> CALCULATOR.compute(inputs, new HistoricalVar(250), VarHistory.NONE));
        assertTrue(noHistory.getMessage().contains("needs 250 days of returns, got 0"), noHistory.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CALCULATOR.compute(inputs, null, VarHistory.NONE));
        assertThrows(IllegalArgumentException.class, () -> CALCULATOR.compute(inputs, new NormalVar(), null));
    }
}
