package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * The unit-variance Student t: quantile and ES against a printed table and against a second implementation (the
 * density written out here with Γ by recurrence, integrated by Simpson's rule), and the maximum-likelihood ν against
 * simulated samples and a brute-force grid.
 */
class StandardizedTTest {

    /** Γ(n/2) for a positive integer n by Γ(1) = 1, Γ(1/2) = √π, Γ(x + 1) = x·Γ(x); no library code. */
    private static double gammaHalf(int n) {
        double g = n % 2 == 0 ? 1.0 : Math.sqrt(Math.PI);
        for (int k = n % 2 == 0 ? 2 : 1; k < n; k += 2) {
            g *= k / 2.0;
        }
        return g;
    }

    /** Density of the unit-variance t with integer ν, written out from the formula. */
    private static double density(int nu, double z) {
        double c = gammaHalf(nu + 1) / (gammaHalf(nu) * Math.sqrt((nu - 2) * Math.PI));
        return c * Math.pow(1.0 + z * z / (nu - 2), -(nu + 1) / 2.0);
    }

    /** ∫_q^∞ z^power f(z) dz for q &gt; 0, with z = q/u (u in (0, 1]) and composite Simpson on 20 000 intervals. */
    private static double upperTail(int nu, double q, int power) {
        int m = 20_000;
        double h = 1.0 / m;
        double sum = 0.0;
        for (int j = 0; j <= m; j++) {
            double u = j * h;
            double value = u == 0.0 ? 0.0 : Math.pow(q / u, power) * density(nu, q / u) * q / (u * u);
            sum += value * (j == 0 || j == m ? 1 : j % 2 == 1 ? 4 : 2);
        }
        return sum * h / 3.0;
    }

    /** The α-quantile by bisection on the Simpson tail probability. */
    private static double quantileByIntegration(int nu, double level) {
        double lo = 0.01;
        double hi = 50.0;
        for (int iteration = 0; iteration < 60; iteration++) {
            double mid = 0.5 * (lo + hi);
            if (upperTail(nu, mid, 0) > 1.0 - level) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Seeded unit-variance t sample with integer ν: N/√(χ²_ν/ν)·√((ν−2)/ν), χ² as a sum of squared normals. */
    private static double[] sample(Random random, int nu, int n) {
        double[] z = new double[n];
        for (int t = 0; t < n; t++) {
            double chi2 = 0.0;
            for (int k = 0; k < nu; k++) {
                double g = random.nextGaussian();
                chi2 += g * g;
            }
            z[t] = random.nextGaussian() / Math.sqrt(chi2 / nu) * Math.sqrt((nu - 2.0) / nu);
        }
        return z;
    }

    @Test
    void test_quantile_matchesNistTable() {
        // NIST/SEMATECH e-Handbook of Statistical Methods, section 1.3.6.7.2, "Critical Values of the Student's t
        // Distribution" (upper-tail probabilities, three decimals): ν = 5, 0.01 → 3.365; ν = 10, 0.05 → 1.812;
        // ν = 30, 0.025 → 2.042; ν = 3, 0.005 → 5.841.
        double[][] table = {{5, 0.99, 3.365}, {10, 0.95, 1.812}, {30, 0.975, 2.042}, {3, 0.995, 5.841}};
        for (double[] row : table) {
            double nu = row[0];
            double unscaled = StandardizedT.quantile(nu, row[1]) / Math.sqrt((nu - 2) / nu);
            assertEquals(row[2], unscaled, 5e-4, Arrays.toString(row));
        }
    }

    @Test
    void test_quantile_matchesNumericalIntegrationOfTheDensity() {
        for (int nu : new int[] {3, 5, 10, 30}) {
            for (double level : new double[] {0.95, 0.975, 0.99}) {
                double expected = quantileByIntegration(nu, level);
                assertEquals(expected, StandardizedT.quantile(nu, level), 1e-7 * expected, "ν " + nu + ", α " + level);
            }
        }
    }

    @Test
    void test_expectedShortfall_matchesNumericalIntegrationOfTheDensity() {
        for (int nu : new int[] {3, 5, 10, 30}) {
            for (double level : new double[] {0.95, 0.975, 0.99}) {
                double q = StandardizedT.quantile(nu, level);
                double expected = upperTail(nu, q, 1) / (1.0 - level);
                double es = StandardizedT.expectedShortfall(nu, level);
                assertEquals(expected, es, 1e-7 * expected, "ν " + nu + ", α " + level);
                assertTrue(es > q, "ES above VaR");
            }
        }
    }

    @Test
    void test_largeNu_approachesTheNormal() {
        // z_0.99 and φ(z_0.975)/0.025 (scipy.stats.norm), as in PortfolioRiskCalculatorTest.
        assertEquals(2.3263478740408408, StandardizedT.quantile(200, 0.99), 0.004 * 2.33);
        assertEquals(2.3378027922014144, StandardizedT.expectedShortfall(200, 0.975), 0.005 * 2.34);
        // Fat tails: at 99 % the unit-variance t with ν = 4 is further out than the normal, at 95 % closer in.
        assertTrue(StandardizedT.quantile(4, 0.99) > 2.3263478740408408);
        assertTrue(StandardizedT.quantile(4, 0.95) < 1.6448536269514722);
    }

    @Test
    void test_logLikelihood_isTheSumOfLogDensities() {
        double[] z = sample(new Random(5), 5, 200);
        for (int nu : new int[] {3, 4, 7, 25}) {
            double expected = 0.0;
            for (double x : z) {
                expected += Math.log(density(nu, x));
            }
            assertEquals(expected, StandardizedT.logLikelihood(nu, z), 1e-9 * Math.abs(expected), "ν " + nu);
        }
        // Non-integer ν against commons-math3's t density: f_Z(z) = s·f_T(s·z) with s = √(ν/(ν−2)).
        double nu = 6.37;
        double s = Math.sqrt(nu / (nu - 2));
        TDistribution t = new TDistribution(null, nu);
        double expected = 0.0;
        for (double x : z) {
            expected += t.logDensity(s * x) + Math.log(s);
        }
        assertEquals(expected, StandardizedT.logLikelihood(nu, z), 1e-9 * Math.abs(expected));
    }

    @Test
    void test_fit_recoversTrueNuFromLargeSimulatedSamples() {
        // 20 000 draws: the standard error of ν̂ from the observed information (−1/ℓ''(ν̂), measured on eight other
        // seeds) is about 0.026 at ν = 3, 0.13 at ν = 5 and 0.37 at ν = 8; the tolerances are four to five of them.
        assertEquals(3.0, StandardizedT.fitDegreesOfFreedom(sample(new Random(13), 3, 20_000)), 0.12);
        assertEquals(5.0, StandardizedT.fitDegreesOfFreedom(sample(new Random(11), 5, 20_000)), 0.55);
        assertEquals(8.0, StandardizedT.fitDegreesOfFreedom(sample(new Random(12), 8, 20_000)), 1.6);
    }

    @Test
    void test_fit_attainsTheMaximumOfABruteForceGrid() {
        // ν from 2.05 to 60 in steps of 0.002; the likelihood from the density written out here (ln Γ by Stirling).
        for (long seed : new long[] {21, 22, 23}) {
            double[] z = sample(new Random(seed), 4 + (int) (seed % 3) * 2, 1_000);
            double bestNu = Double.NaN;
            double best = Double.NEGATIVE_INFINITY;
            for (int step = 0; step <= 28_975; step++) {
                double nu = 2.05 + 0.002 * step;
                double logConstant = logGamma((nu + 1) / 2) - logGamma(nu / 2) - 0.5 * Math.log((nu - 2) * Math.PI);
                double value = 0.0;
                for (double x : z) {
                    value += logConstant - (nu + 1) / 2 * Math.log1p(x * x / (nu - 2));
                }
                if (value > best) {
                    best = value;
                    bestNu = nu;
                }
            }
            double fitted = StandardizedT.fitDegreesOfFreedom(z);
            assertTrue(StandardizedT.logLikelihood(fitted, z) >= best - 1e-9, "seed " + seed);
            assertEquals(bestNu, fitted, 0.002, "seed " + seed);
        }
    }

    /** ln Γ(x), x &gt; 0, by Stirling's series after shifting x above 10 with Γ(x) = Γ(x + 1)/x. */
    private static double logGamma(double x) {
        double shift = 0.0;
        while (x < 10.0) {
            shift -= Math.log(x);
            x += 1.0;
        }
        double x2 = x * x;
        return shift + (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI)
                + 1.0 / (12 * x) - 1.0 / (360 * x * x2) + 1.0 / (1260 * x2 * x2 * x) - 1.0 / (1680 * x2 * x2 * x2 * x);
    }

    @Test
    void test_fit_staysWithinItsBounds() {
        // Normal data: thinner-tailed than any t the fit allows, ν̂ goes to the top of the range.
        Random random = new Random(31);
        double[] normal = new double[20_000];
        for (int t = 0; t < normal.length; t++) {
            normal[t] = random.nextGaussian();
        }
        double nuNormal = StandardizedT.fitDegreesOfFreedom(normal);
        assertTrue(nuNormal > 40 && nuNormal <= StandardizedT.NU_MAX, "ν̂ " + nuNormal);
        // A narrow bulk with a far wider spread (Cauchy, no variance, at scale 0.02): only the unit-variance t
        // closest to ν = 2, whose bulk is narrowest, fits; ν̂ goes to the bottom of the range.
        double[] cauchy = new double[5_000];
        for (int t = 0; t < cauchy.length; t++) {
            cauchy[t] = 0.02 * random.nextGaussian() / Math.abs(random.nextGaussian());
        }
        assertEquals(StandardizedT.NU_MIN, StandardizedT.fitDegreesOfFreedom(cauchy), 0.01);
    }

    @Test
    void test_fit_refusesWhatCannotBeFitted() {
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
                () -> StandardizedT.fitDegreesOfFreedom(sample(new Random(1), 5, 29)));
        assertTrue(few.getMessage().contains("29 standardised returns") && few.getMessage().contains("at least 30"),
                few.getMessage());
        double[] constant = new double[100];
        Arrays.fill(constant, 0.3);
        IllegalArgumentException equal = assertThrows(IllegalArgumentException.class,
                () -> StandardizedT.fitDegreesOfFreedom(constant));
        assertTrue(equal.getMessage().contains("all 100 standardised returns equal 0.3"), equal.getMessage());
        double[] withNaN = sample(new Random(2), 5, 50);
        withNaN[17] = Double.NaN;
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> StandardizedT.fitDegreesOfFreedom(withNaN));
        assertTrue(nan.getMessage().contains("standardised return 17 is not finite"), nan.getMessage());
    }
}
