package org.lstmrisk.evaluation.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lstmrisk.core.simulation.Garch11Path;
import org.lstmrisk.core.simulation.Garch11Process;

class VolatilityTargetingTest {

    @Test
    void smallExample_matchesNumpy() {
        // python3: ex = min(1.5, 0.01/fc[:-1]); s = ex·r[1:]; wealth = cumprod(1+s); drawdown vs running peak from 1;
        // vol = std(ddof=1)·√252; Sharpe = (mean − 0.02/252)/std·√252
        double[] r = {0.01, -0.02, 0.015, -0.03, 0.005, 0.02, -0.01};
        double[] fc = {0.01, 0.02, 0.005, 0.01, 0.04, 0.01, 0.02};
        VolatilityTargetingResult v = new VolatilityTargeting(0.01, 1.5, 0.02).run(r, fc);
        assertArrayEquals(new double[] {1, 0.5, 1.5, 1, 0.25, 1}, v.exposures(), 1e-15);
        assertEquals(-0.057151704673562675, v.strategy().cumulativeReturn(), 1e-15);
        assertEquals(0.32379391594037094, v.strategy().annualisedVolatility(), 1e-14);
        assertEquals(0.057151704673562675, v.strategy().maxDrawdown(), 1e-15);
        assertEquals(-7.520215421368276, v.strategy().sharpeRatio(), 1e-12);
        assertEquals(-0.02081380870900018, v.buyAndHold().cumulativeReturn(), 1e-15);
        assertEquals(0.31616451413781405, v.buyAndHold().annualisedVolatility(), 1e-14);
        assertEquals(0.03514100000000009, v.buyAndHold().maxDrawdown(), 1e-15);
        assertEquals(-2.7201028627302932, v.buyAndHold().sharpeRatio(), 1e-12);
        assertEquals(0.01 * Math.sqrt(252), v.targetAnnualisedVolatility(), 1e-15);
    }

    @Test
    void withTheTrueConditionalVolatility_realisedVolatilityHitsTheTarget() {
        Garch11Path path = Garch11Process.ofVolatility(0.015, 0.1, 0.88).simulate(20_000, 4);
        double[] log = path.returns();
        double[] sigma = path.conditionalVolatility();
        double[] simple = new double[log.length];
        double[] forecast = new double[log.length];
        for (int t = 0; t < log.length; t++) {
            simple[t] = Math.expm1(log[t]);
            // the forecast made at the close of t is the true volatility of day t+1
            forecast[t] = t + 1 < log.length ? sigma[t + 1] : sigma[t];
        }
        double target = 0.10 / Math.sqrt(252);
        VolatilityTargetingResult v = new VolatilityTargeting(target, 10, 0).run(simple, forecast);
        assertEquals(0.10, v.strategy().annualisedVolatility(), 0.005);
        assertTrue(Math.abs(v.buyAndHold().annualisedVolatility() - 0.10) > 0.1, v.toString());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new VolatilityTargeting(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new VolatilityTargeting(0.01, -1, 0));
        VolatilityTargeting vt = new VolatilityTargeting(0.01, 1, 0);
        assertThrows(IllegalArgumentException.class, () -> vt.run(new double[] {0.01, 0.02}, new double[] {0.01, 0.01}));
        assertThrows(IllegalArgumentException.class,
                () -> vt.run(new double[] {0.01, 0.02, 0.0}, new double[] {-0.01, 0.01, 0.01}));
        assertThrows(IllegalArgumentException.class, () -> PerformanceSummary.of(new double[] {0.1, -1.5}, 0));
    }
}
