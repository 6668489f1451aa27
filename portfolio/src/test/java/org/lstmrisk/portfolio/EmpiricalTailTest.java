package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.util.KthSelector;
import org.junit.jupiter.api.Test;

/**
 * ES of the empirical distribution against its definition, (1/(1−α))∫<sub>α</sub><sup>1</sup>VaR<sub>u</sub>du,
 * integrated numerically over commons-math3's type-1 (R_1) quantile: a second computation that knows nothing of the
 * fractional-day formula.
 */
class EmpiricalTailTest {

    @Test
    void expectedShortfall_isTheIntegralOfVarOverTheTail_atWholeAndFractionalTailSizes() {
        Random random = new Random(20241201);
        Percentile r1 = new Percentile().withEstimationType(Percentile.EstimationType.R_1)
                .withNaNStrategy(NaNStrategy.FIXED).withKthSelector(new KthSelector());
        for (int n : new int[] {10, 97, 250, 500}) {
            double[] pnl = new double[n];
            for (int t = 0; t < n; t++) {
                pnl[t] = 0.01 * random.nextGaussian() * (random.nextDouble() < 0.1 ? 3 : 1);
            }
            r1.setData(pnl);
            EmpiricalTail tail = EmpiricalTail.of(pnl);
            for (double level : new double[] {0.9, 0.95, 0.975, 0.99}) {
                int points = 400_000;
                double width = (1 - level) / points;
                double integral = 0;
                for (int i = 0; i < points; i++) {
                    double u = level + (i + 0.5) * width;
                    integral += -r1.evaluate(100 * (1 - u)) * width;
                }
                double definition = integral / (1 - level);
                double es = tail.expectedShortfall(level);
                assertEquals(definition, es, 1e-5 * Math.abs(definition), "n " + n + ", level " + level);
                assertTrue(es >= tail.valueAtRisk(level), "ES below VaR: n " + n + ", level " + level);
            }
        }
    }

    @Test
    void expectedShortfall_ofOneWorstDayOrLess_isThatDay() {
        EmpiricalTail tail = EmpiricalTail.of(new double[] {0.01, -0.04, 0.02, -0.01});
        assertEquals(0.04, tail.expectedShortfall(0.99), 0.0); // m = 0.04
        assertEquals(0.04, tail.expectedShortfall(0.75), 0.0); // m = 1
        assertEquals((0.04 + 0.5 * 0.01) / 1.5, tail.expectedShortfall(0.625), 1e-16); // m = 1.5
    }
}
