package org.lstmrisk.core.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.LogReturns;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.simulation.Garch11Process;

class GarchForecasterTest {

    private static final Garch11Process TRUE = Garch11Process.ofVolatility(0.012, 0.08, 0.90);

    @Test
    void gaussianFit_recoversKnownParametersFromLongSimulation() {
        PriceSeries s = SimulatedPrices.garch("SIM", TRUE, 20_000, 42);
        GarchModel m = GarchForecaster.GAUSSIAN.fit(s);
        GarchParameters p = m.parameters();
        assertEquals(0.08, p.alpha(), 0.01, p.toString());
        assertEquals(0.90, p.beta(), 0.015, p.toString());
        assertEquals(TRUE.omega(), p.omega(), 0.2 * TRUE.omega(), p.toString());
        assertTrue(p.isGaussian());

        double[] r = LogReturns.of(s);
        GarchParameters truth = GarchParameters.gaussian(TRUE.omega(), TRUE.alpha(), TRUE.beta());
        assertTrue(GarchLikelihood.logLikelihood(r, p) >= GarchLikelihood.logLikelihood(r, truth));
    }

    @Test
    void studentFit_recoversDegreesOfFreedomAndParameters() {
        // GARCH(1,1) with standardised t(6) innovations, simulated here
        double nu = 6;
        var t = new TDistribution(new org.apache.commons.math3.random.Well19937c(7), nu);
        double scale = Math.sqrt((nu - 2) / nu);
        double[] r = new double[8000];
        double v = TRUE.unconditionalVariance();
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.sqrt(v) * t.sample() * scale;
            v = TRUE.nextVariance(v, r[i]);
        }
        GarchModel m = new GarchForecaster(GarchInnovations.STUDENT_T, false).fit(SimulatedPrices.fromReturns("T", r));
        GarchParameters p = m.parameters();
        assertEquals(6, p.degreesOfFreedom(), 1.5, p.toString());
        assertEquals(0.08, p.alpha(), 0.03, p.toString());
        assertEquals(0.90, p.beta(), 0.04, p.toString());
        GarchParameters truth = GarchParameters.student(TRUE.omega(), TRUE.alpha(), TRUE.beta(), nu);
        double[] rr = LogReturns.of(SimulatedPrices.fromReturns("T", r));
        assertTrue(GarchLikelihood.logLikelihood(rr, p) >= GarchLikelihood.logLikelihood(rr, truth));
    }

    @Test
    void varianceTargeting_matchesSampleVariance() {
        PriceSeries s = SimulatedPrices.garch("SIM", TRUE, 5000, 3);
        GarchModel m = new GarchForecaster(GarchInnovations.GAUSSIAN, true).fit(s);
        double[] r = LogReturns.of(s);
        double ms = 0;
        for (double x : r) {
            ms += x * x;
        }
        assertEquals(ms / r.length, m.parameters().unconditionalVariance(), 1e-12 * ms);
    }

    @Test
    void logLikelihood_gaussianAndStudent_matchCommonsMathDensities() {
        double[] r = TRUE.simulate(300, 11).returns();
        GarchParameters g = GarchParameters.gaussian(2e-6, 0.07, 0.91);
        GarchParameters st = GarchParameters.student(2e-6, 0.07, 0.91, 5.5);
        double meanSquare = 0;
        for (double x : r) {
            meanSquare += x * x / r.length;
        }
        double v = 2e-6 + 0.98 * meanSquare; // fGarch's start: ω + (α + β)·mean r²
        double expectedG = 0;
        double expectedT = 0;
        TDistribution t = new TDistribution(5.5);
        double k = Math.sqrt(5.5 / 3.5); // z·k is t(ν) when z is standardised t
        for (double x : r) {
            double sd = Math.sqrt(v);
            expectedG += new NormalDistribution(0, sd).logDensity(x);
            expectedT += t.logDensity(x / sd * k) + Math.log(k / sd);
            v = 2e-6 + 0.07 * x * x + 0.91 * v;
        }
        assertEquals(expectedG, GarchLikelihood.logLikelihood(r, g), 1e-9 * Math.abs(expectedG));
        assertEquals(expectedT, GarchLikelihood.logLikelihood(r, st), 1e-9 * Math.abs(expectedT));
    }

    @Test
    void update_runsRecursionWithFixedParameters_equalToFilterOnWholeHistory() {
        PriceSeries full = SimulatedPrices.garch("SIM", TRUE, 1500, 5);
        GarchModel fitted = GarchForecaster.GAUSSIAN.fit(full.slice(0, 1000));
        GarchModel updated = fitted.update(full);
        // the filter keeps the presample level of the fitting window: the mean squared return of its 999 returns
        double presample = GarchLikelihood.meanSquare(LogReturns.of(full.slice(0, 1000)));
        assertEquals(GarchModel.filter(full, fitted.parameters(), presample), updated);
        assertEquals(GarchModel.filter(full.slice(0, 1000), fitted.parameters()), fitted);
        assertEquals(fitted.parameters(), updated.parameters());
        GarchModel daily = fitted;
        for (int end = 1001; end <= 1020; end++) {
            daily = daily.update(full.slice(0, end));
        }
        assertEquals(GarchModel.filter(full.slice(0, 1020), fitted.parameters(), presample), daily);
        assertSame(daily, daily.update(full.slice(0, 1020)));
        double[] revised = full.close();
        revised[1019] *= 1.01;
        PriceSeries rev = PriceSeries.ofCloses("SIM", full.dates(), revised);
        GarchModel d = daily;
        assertThrows(IllegalArgumentException.class, () -> d.update(rev));
    }

    @Test
    void forecastVolatility_averagesTheMeanRevertingVariancePath() {
        GarchParameters p = GarchParameters.gaussian(1e-6, 0.1, 0.85); // V = 2e-5
        PriceSeries s = SimulatedPrices.garch("X", TRUE, 10, 1);
        GarchModel m = new GarchModel("X", s.lastDate(), s.close(9), p, 5e-5);
        assertEquals(Math.sqrt(5e-5), m.forecastVolatility(1), 1e-15);
        // closed form: V + (σ²₁ − V)(1 − φ^h)/((1 − φ)h)
        double expected = 2e-5 + 3e-5 * (1 - Math.pow(0.95, 10)) / (0.05 * 10);
        assertEquals(Math.sqrt(expected), m.forecastVolatility(10), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> m.forecastVolatility(0));
    }

    @Test
    void rejectsBadParametersAndShortHistory() {
        assertThrows(IllegalArgumentException.class, () -> GarchParameters.gaussian(0, 0.1, 0.8));
        assertThrows(IllegalArgumentException.class, () -> GarchParameters.gaussian(1e-6, 0.2, 0.8));
        assertThrows(IllegalArgumentException.class, () -> GarchParameters.gaussian(1e-6, -0.1, 0.8));
        assertThrows(IllegalArgumentException.class, () -> GarchParameters.student(1e-6, 0.1, 0.8, 2.0));
        assertThrows(IllegalArgumentException.class,
                () -> GarchForecaster.GAUSSIAN.fit(SimulatedPrices.garch("X", TRUE, 99, 1)));
    }
}
