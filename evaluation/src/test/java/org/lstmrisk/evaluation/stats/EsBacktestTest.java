package org.lstmrisk.evaluation.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.lstmrisk.portfolio.EmpiricalLoss;
import org.lstmrisk.portfolio.LossDistribution;
import org.lstmrisk.portfolio.NormalLoss;
import org.lstmrisk.portfolio.StudentTLoss;

/**
 * The ES backtests against independent computations: Z2 and the residuals by hand; Z2's simulated p-value against
 * its closed form for one day (P(Z2* ≤ z) = P(L* ≥ max(VaR, (1 − z)(1 − α)ES)), with the normal and Student t
 * CDFs of commons-math3 and an exact discrete case); McNeil–Frey's bootstrap p-value against the exact bootstrap
 * distribution enumerated over all nⁿ resamples. Monte Carlo tolerances are 4 standard errors.
 */
class EsBacktestTest {

    @Test
    void z2_andResiduals_byHand() {
        double[] loss = {0.03, 0.01, 0.05, -0.02};
        double[] var = {0.02, 0.02, 0.02, 0.02};
        double[] es = {0.04, 0.04, 0.04, 0.04};
        // exceedances 0.03 and 0.05: Σ L/ES = 0.75 + 1.25 = 2; Z2 = 1 − 2/(4 × 0.025) = −19
        assertEquals(-19.0, EsBacktest.z2(loss, var, es, 0.975), 1e-12);
        assertArrayEquals(new double[] {(0.03 - 0.04) / 0.01, (0.05 - 0.04) / 0.02},
                EsBacktest.exceedanceResiduals(loss, var, es, new double[] {0.01, 0.5, 0.02, 0.3}), 1e-15);
        // no exceedance: Z2 = 1
        assertEquals(1.0, EsBacktest.z2(new double[] {0.01}, new double[] {0.02}, new double[] {0.03}, 0.975), 0.0);
    }

    @Test
    void z2PValue_ofOneNormalDay_isTheNormalTail() {
        NormalLoss d = new NormalLoss(0.01);
        double p = EsBacktest.acerbiSzekely(new double[] {0.025}, new LossDistribution[] {d}, 0.975, 200_000, 1)
                .pValue();
        double exact = 1 - new NormalDistribution(0, 0.01).cumulativeProbability(0.025); // 0.00621
        assertEquals(exact, p, 4 * Math.sqrt(exact * (1 - exact) / 200_000));
        assertEquals(1.0, EsBacktest.acerbiSzekely(new double[] {0.001}, new LossDistribution[] {d}, 0.975, 1000, 1)
                .pValue(), 0.0, "no exceedance: Z2 = 1, the largest value Z2* can take");
    }

    @Test
    void z2PValue_ofOneStudentTDay_isTheTTail() {
        double nu = 4;
        StudentTLoss d = new StudentTLoss(0.01, nu);
        double loss = 0.03;
        double p = EsBacktest.acerbiSzekely(new double[] {loss}, new LossDistribution[] {d}, 0.975, 200_000, 2)
                .pValue();
        double exact = 1 - new TDistribution(nu).cumulativeProbability(loss / (0.01 * Math.sqrt((nu - 2) / nu)));
        assertEquals(exact, p, 4 * Math.sqrt(exact * (1 - exact) / 200_000));
    }

    @Test
    void z2PValue_ofOneEmpiricalDay_isTheShareOfScenariosAtLeastAsBad() {
        double[] pnl = new double[40];
        for (int i = 0; i < 40; i++) {
            pnl[i] = 0.001 * (i - 30);
        }
        EmpiricalLoss d = new EmpiricalLoss(pnl, 1);
        // scenario losses 0.030, 0.029, ...; at 90 %: k = 4, VaR = 0.027, ES = 0.0285; a loss of 0.0295 is matched
        // or beaten only by the worst scenario, so P(Z2* ≤ Z2) = P(L* ≥ 0.0295) = 1/40
        double p = EsBacktest.acerbiSzekely(new double[] {0.0295}, new LossDistribution[] {d}, 0.9, 100_000, 3)
                .pValue();
        assertEquals(1 / 40.0, p, 4 * Math.sqrt(0.025 * 0.975 / 100_000));
    }

    @Test
    void z2PValue_overManyDays_isUniformUnderTheNull() {
        // days drawn from the forecast itself: over 200 seeded repetitions, the share of p < 0.05 is about 5 %
        NormalDistribution normal = new NormalDistribution(new org.apache.commons.math3.random.Well19937c(7), 0, 1);
        int rejections = 0;
        int repetitions = 200;
        for (int r = 0; r < repetitions; r++) {
            double[] loss = new double[250];
            LossDistribution[] d = new LossDistribution[250];
            for (int t = 0; t < 250; t++) {
                double sigma = 0.01 * (1 + (t % 5));
                d[t] = new NormalLoss(sigma);
                loss[t] = sigma * normal.sample();
            }
            rejections += EsBacktest.acerbiSzekely(loss, d, 0.975, 400, r).pValue() < 0.05 ? 1 : 0;
        }
        assertEquals(0.05 * repetitions, rejections, 4 * Math.sqrt(0.05 * 0.95 * repetitions));
    }

    @Test
    void mcNeilFrey_matchesTheExactBootstrapDistribution() {
        double[] residuals = {0.5, -0.2, 1.1, 0.3};
        int n = residuals.length;
        double mean = (0.5 - 0.2 + 1.1 + 0.3) / 4;
        int atLeast = 0;
        int total = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int c = 0; c < n; c++) {
                    for (int d = 0; d < n; d++) {
                        double m = (residuals[a] + residuals[b] + residuals[c] + residuals[d]) / 4 - mean;
                        atLeast += m >= mean - 1e-12 ? 1 : 0;
                        total++;
                    }
                }
            }
        }
        double exact = (double) atLeast / total;
        EsBacktest.Result r = EsBacktest.mcNeilFrey(residuals, 200_000, 11);
        assertEquals(mean, r.statistic(), 1e-15);
        assertEquals(4, r.exceedances());
        assertEquals(exact, r.pValue(), 4 * Math.sqrt(exact * (1 - exact) / 200_000) + 1e-5);
        assertTrue(exact > 0.01 && exact < 0.2, "a case away from the edges: " + exact);
        assertEquals(r, EsBacktest.mcNeilFrey(residuals, 200_000, 11), "the same seed gives the same result");
        assertTrue(Double.isNaN(EsBacktest.mcNeilFrey(new double[] {0.4}, 100, 1).pValue()), "one exceedance");
    }
}
