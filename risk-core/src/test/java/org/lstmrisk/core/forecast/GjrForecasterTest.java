package org.lstmrisk.core.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.LogReturns;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.TestPrices;

/** GJR-GARCH(1,1): likelihood, estimation, forecasts and the absence of look-ahead. */
class GjrForecasterTest {

    private static final GarchParameters TRUE_GAUSSIAN = new GarchParameters(2e-6, 0.03, 0.10, 0.90,
            Double.POSITIVE_INFINITY);

    /**
     * A second implementation of the GJR log-likelihood, written in fGarch's APARCH form with δ = 2:
     * σ²_t = ω + a (|r| − g r)² + β σ²_{t−1} with a = ((√α + √(α+γ))/2)², g = (√(α+γ) − √α)/(√(α+γ) + √α), densities
     * from commons-math, started at σ²_1 = ω + {@code startPersistence}·mean r².
     */
    private static double aparchLogLikelihood(double[] r, double omega, double a, double g, double beta, double nu,
                                              double startPersistence) {
        double ms = 0;
        for (double x : r) {
            ms += x * x / r.length;
        }
        double h = omega + startPersistence * ms;
        double ll = 0;
        TDistribution t = Double.isInfinite(nu) ? null : new TDistribution(nu);
        for (double x : r) {
            double sd = Math.sqrt(h);
            if (t == null) {
                ll += new NormalDistribution(0, sd).logDensity(x);
            } else {
                double k = Math.sqrt(nu / (nu - 2)); // z·k is t(ν) when z is standardised t
                ll += t.logDensity(x / sd * k) + Math.log(k / sd);
            }
            double e = Math.abs(x) - g * x;
            h = omega + a * e * e + beta * h;
        }
        return ll;
    }

    /** {a, g} of fGarch's APARCH(δ = 2) form for GJR's α and γ. */
    private static double[] toAparch(double alpha, double gamma) {
        double sa = Math.sqrt(alpha);
        double sb = Math.sqrt(alpha + gamma);
        return new double[] {(sa + sb) * (sa + sb) / 4, (sb - sa) / (sb + sa)};
    }

    private static double aparchLogLikelihood(double[] r, GarchParameters p) {
        double[] ag = toAparch(p.alpha(), p.gamma());
        // for a symmetric unit-variance innovation E(|z| − g z)² = 1 + g², so φ = a(1 + g²) + β
        return aparchLogLikelihood(r, p.omega(), ag[0], ag[1], p.beta(), p.degreesOfFreedom(),
                ag[0] * (1 + ag[1] * ag[1]) + p.beta());
    }

    /** GJR returns with Gaussian (ν infinite) or standardised Student-t innovations, from σ²_1 = V. */
    private static double[] simulate(GarchParameters p, int days, long seed) {
        var rng = new Well19937c(seed);
        TDistribution t = p.isGaussian() ? null : new TDistribution(rng, p.degreesOfFreedom());
        double scale = p.isGaussian() ? 1 : Math.sqrt((p.degreesOfFreedom() - 2) / p.degreesOfFreedom());
        double[] r = new double[days];
        double v = p.unconditionalVariance();
        for (int i = 0; i < days; i++) {
            double z = t == null ? rng.nextGaussian() : t.sample() * scale;
            r[i] = Math.sqrt(v) * z;
            v = p.nextVariance(v, r[i]);
        }
        return r;
    }

    @Test
    void logLikelihood_equalsTheAparchFormOfFGarch_gaussianStudentAndNegativeGamma() {
        double[] r = simulate(TRUE_GAUSSIAN, 400, 3);
        for (GarchParameters p : new GarchParameters[] {
                TRUE_GAUSSIAN,
                new GarchParameters(3e-6, 0.02, 0.15, 0.85, 5.5),
                new GarchParameters(1e-6, 0.12, -0.07, 0.88, Double.POSITIVE_INFINITY),
                new GarchParameters(4e-6, 0.0, 0.2, 0.8, 30),
                GarchParameters.gaussian(2e-6, 0.07, 0.91)}) {
            double expected = aparchLogLikelihood(r, p);
            assertEquals(expected, GarchLikelihood.logLikelihood(r, p), 1e-10 * Math.abs(expected), p.toString());
        }
    }

    @Test
    void recursion_reactsToNegativeReturnsWithAlphaPlusGamma() {
        GarchParameters p = new GarchParameters(1e-6, 0.05, 0.1, 0.8, Double.POSITIVE_INFINITY);
        assertEquals(1e-6 + 0.05 * 4e-4 + 0.8 * 1e-4, p.nextVariance(1e-4, 0.02), 1e-18);
        assertEquals(1e-6 + 0.15 * 4e-4 + 0.8 * 1e-4, p.nextVariance(1e-4, -0.02), 1e-18);
        assertEquals(1e-6 + 0.8 * 1e-4, p.nextVariance(1e-4, 0.0), 1e-18);
        assertEquals(0.9, p.persistence(), 1e-15);
        assertEquals(1e-5, p.unconditionalVariance(), 1e-18);
    }

    @Test
    void gaussianFit_recoversKnownParameters_atAZeroGradientOfTheIndependentLikelihood() {
        double[] r = simulate(TRUE_GAUSSIAN, 20_000, 42);
        GarchModel m = GjrForecaster.GAUSSIAN.fit(SimulatedPrices.fromReturns("SIM", r));
        GarchParameters p = m.parameters();
        assertEquals(0.03, p.alpha(), 0.012, p.toString());
        assertEquals(0.10, p.gamma(), 0.025, p.toString());
        assertEquals(0.90, p.beta(), 0.015, p.toString());
        assertEquals(TRUE_GAUSSIAN.omega(), p.omega(), 0.25 * TRUE_GAUSSIAN.omega(), p.toString());
        assertEquals(TRUE_GAUSSIAN.persistence(), p.persistence(), 0.006, p.toString());
        assertTrue(p.isGaussian());
        double[] rr = LogReturns.of(SimulatedPrices.fromReturns("SIM", r));
        assertTrue(GarchLikelihood.logLikelihood(rr, p) >= GarchLikelihood.logLikelihood(rr, TRUE_GAUSSIAN));
        // and the optimum is one of the independent likelihood too: a step of 1 % in any parameter lowers it
        double best = aparchLogLikelihood(rr, p);
        double[] x = {p.omega(), p.alpha(), p.gamma(), p.beta()};
        double inf = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 4; i++) {
            for (double f : new double[] {0.99, 1.01}) {
                double[] y = x.clone();
                y[i] *= f;
                GarchParameters q = new GarchParameters(y[0], y[1], y[2], y[3], inf);
                assertTrue(aparchLogLikelihood(rr, q) < best, "parameter " + i + " × " + f);
            }
            // its gradient vanishes there: the central difference of the independent likelihood, per relative
            // change of the parameter, is a small fraction of one log-likelihood unit
            double h = 1e-5;
            double[] up = x.clone();
            double[] down = x.clone();
            up[i] *= 1 + h;
            down[i] *= 1 - h;
            double slope = (aparchLogLikelihood(rr, new GarchParameters(up[0], up[1], up[2], up[3], inf))
                    - aparchLogLikelihood(rr, new GarchParameters(down[0], down[1], down[2], down[3], inf))) / (2 * h);
            assertEquals(0, slope, 0.05, "θ ∂ℓ/∂θ of parameter " + i);
        }
    }

    @Test
    void studentFit_recoversDegreesOfFreedomAndParameters() {
        GarchParameters truth = new GarchParameters(2e-6, 0.03, 0.10, 0.90, 6);
        double[] r = simulate(truth, 10_000, 7);
        GarchParameters p = GjrForecaster.STUDENT_T.fit(SimulatedPrices.fromReturns("T", r)).parameters();
        assertEquals(6, p.degreesOfFreedom(), 1.2, p.toString());
        assertEquals(0.03, p.alpha(), 0.02, p.toString());
        assertEquals(0.10, p.gamma(), 0.04, p.toString());
        assertEquals(0.90, p.beta(), 0.025, p.toString());
        double[] rr = LogReturns.of(SimulatedPrices.fromReturns("T", r));
        assertTrue(GarchLikelihood.logLikelihood(rr, p) >= GarchLikelihood.logLikelihood(rr, truth));
    }

    @Test
    void symmetricData_giveNoLeverage_andGarchIsTheSpecialCase() {
        // a plain GARCH path: γ near 0 and the GJR likelihood at least that of the nested GARCH fit
        double[] r = org.lstmrisk.core.simulation.Garch11Process.ofVolatility(0.012, 0.08, 0.90).simulate(20_000, 9)
                .returns();
        PriceSeries s = SimulatedPrices.fromReturns("SYM", r);
        GarchParameters gjr = GjrForecaster.GAUSSIAN.fit(s).parameters();
        GarchParameters garch = GarchForecaster.GAUSSIAN.fit(s).parameters();
        assertEquals(0, garch.gamma(), 0.0);
        assertEquals(0, gjr.gamma(), 0.02, gjr.toString());
        double[] rr = LogReturns.of(s);
        assertTrue(GarchLikelihood.logLikelihood(rr, gjr) >= GarchLikelihood.logLikelihood(rr, garch) - 1e-6);
    }

    @Test
    void forecastVolatility_usesPersistenceAlphaPlusHalfGammaPlusBeta_asMonteCarloConfirms() {
        GarchParameters p = new GarchParameters(1e-6, 0.02, 0.12, 0.86, 5); // φ = 0.94, V = 1.6667e-5
        PriceSeries s = SimulatedPrices.fromReturns("X", new double[] {0.01, -0.02});
        GarchModel m = new GarchModel("X", s.lastDate(), s.close(2), p, 5e-5);
        double v = 1e-6 / 0.06;
        double expected = v + (5e-5 - v) * (1 - Math.pow(0.94, 10)) / (0.06 * 10);
        assertEquals(Math.sqrt(expected), m.forecastVolatility(10), 1e-15);
        assertEquals(Math.sqrt(5e-5), m.forecastVolatility(1), 1e-15);
        // the mean of σ²_{t+1..t+10} over 200 000 simulated paths with standardised t(5) innovations, drawn as
        // N / sqrt(χ²_5 / 5) rescaled by sqrt(3/5)
        var rng = new SplittableRandom(5);
        double scale = Math.sqrt(3.0 / 5);
        int paths = 200_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < paths; i++) {
            double var = 5e-5;
            double mean = 0;
            for (int k = 1; k <= 10; k++) {
                mean += var / 10;
                double chi2 = 0;
                for (int j = 0; j < 5; j++) {
                    double g = rng.nextGaussian();
                    chi2 += g * g;
                }
                double z = rng.nextGaussian() / Math.sqrt(chi2 / 5) * scale;
                var = p.nextVariance(var, Math.sqrt(var) * z);
            }
            sum += mean;
            sumSq += mean * mean;
        }
        double mc = sum / paths;
        double se = Math.sqrt((sumSq / paths - mc * mc) / paths);
        assertEquals(expected, mc, 4 * se, "Monte Carlo " + mc + " ± " + se);
    }

    @Test
    void update_runsRecursionWithFixedParameters_equalToFilterFromThePresampleLevelOfTheFit() {
        PriceSeries full = SimulatedPrices.fromReturns("SIM", simulate(TRUE_GAUSSIAN, 1500, 5));
        GarchModel fitted = GjrForecaster.GAUSSIAN.fit(full.slice(0, 1000));
        double presample = GarchLikelihood.meanSquare(LogReturns.of(full.slice(0, 1000)));
        assertEquals(GarchModel.filter(full.slice(0, 1000), fitted.parameters(), presample), fitted);
        assertEquals(GarchModel.filter(full, fitted.parameters(), presample), fitted.update(full));
        assertTrue(fitted.parameters().gamma() > 0, fitted.parameters().toString());
    }

    @Test
    void fit_hasNoLookAhead() {
        PriceSeries longSource = SimulatedPrices.fromReturns("SIM", simulate(TRUE_GAUSSIAN, 800, 8));
        LocalDate t = longSource.date(499);
        double[] closes = longSource.close();
        for (int i = 500; i < closes.length; i++) {
            closes[i] = closes[i] * Math.exp(0.5 * Math.sin(i));
        }
        PriceSeries otherFuture = PriceSeries.ofCloses("SIM", longSource.dates(), closes);
        for (GjrForecaster f : new GjrForecaster[] {GjrForecaster.GAUSSIAN, GjrForecaster.STUDENT_T}) {
            GarchModel fromLong = f.fit(longSource.truncatedTo(t));
            GarchModel fromShort = f.fit(longSource.slice(0, 500));
            GarchModel fromOther = f.fit(otherFuture.truncatedTo(t));
            assertEquals(t, fromLong.lastDate());
            assertEquals(fromShort, fromLong, f.name());
            assertEquals(fromShort, fromOther, f.name());
            // sanity: the later data does change the fit when it is allowed in
            assertNotEquals(f.fit(longSource), f.fit(otherFuture), f.name());
        }
    }

    @Test
    void namesAndMinimumHistory() {
        assertEquals("gjr", GjrForecaster.GAUSSIAN.name());
        assertEquals("gjr-t", GjrForecaster.STUDENT_T.name());
        assertEquals("garch", GarchForecaster.GAUSSIAN.name());
        assertEquals("garch-t", new GarchForecaster(GarchInnovations.STUDENT_T, false).name());
        assertEquals(101, GjrForecaster.GAUSSIAN.minimumHistory());
        var e = assertThrows(IllegalArgumentException.class,
                () -> GjrForecaster.GAUSSIAN.fit(TestPrices.randomWalk("RW", 100, 0.01, 1)));
        assertTrue(e.getMessage().contains("GJR-GARCH needs at least 101 prices"), e.getMessage());
    }

    @Test
    void varianceTargeting_matchesSampleVariance() {
        double[] r = simulate(TRUE_GAUSSIAN, 5000, 3);
        GarchModel m = new GjrForecaster(GarchInnovations.GAUSSIAN, true).fit(SimulatedPrices.fromReturns("S", r));
        double[] rr = LogReturns.of(SimulatedPrices.fromReturns("S", r));
        double ms = GarchLikelihood.meanSquare(rr);
        assertEquals(ms, m.parameters().unconditionalVariance(), 1e-12 * ms);
        assertTrue(m.parameters().gamma() > 0.03, m.parameters().toString());
    }

    @Test
    void rejectsBadParameters() {
        double inf = Double.POSITIVE_INFINITY;
        assertThrows(IllegalArgumentException.class, () -> new GarchParameters(1e-6, 0.05, -0.06, 0.8, inf));
        assertThrows(IllegalArgumentException.class, () -> new GarchParameters(1e-6, 0.05, 0.2, 0.85, inf));
        assertThrows(IllegalArgumentException.class, () -> new GarchParameters(1e-6, 0.05, Double.NaN, 0.8, inf));
        // α + γ/2 + β just below 1 with α + β well below: accepted
        assertEquals(0.99, new GarchParameters(1e-6, 0.0, 0.18, 0.9, inf).persistence(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> new GarchParameters(1e-6, 0.0, 0.2, 0.9, inf));
    }
}
