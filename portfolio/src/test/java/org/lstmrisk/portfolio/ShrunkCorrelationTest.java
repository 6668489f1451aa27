package org.lstmrisk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShrunkCorrelationTest {

    /**
     * numpy transcription of Ledoit and Wolf's covCor.m, {@code src/test/resources/estimators/reference.py}
     * (python3, numpy 1.x/2.x): T=60 n=8 seed=42 and T=40 n=90 seed=7.
     */
    @Test
    void estimate_matchesTheNumpyTranscriptionOfCovCor() {
        CorrelationEstimate small = ShrunkCorrelation.DEFAULT.estimate(EstimatorFixtures.lcgReturns(60, 8, 42));
        assertEquals(0.4278138852333271, small.estimator().shrinkageIntensity(), 1e-12);
        assertEquals(0.4285765565852179, small.estimator().targetCorrelation(), 1e-12);
        assertEquals(0.24067448740619035, small.matrix().get(0, 1), 1e-12);
        assertEquals(0.5554231773253464, small.matrix().get(2, 5), 1e-12);

        CorrelationEstimate wide = ShrunkCorrelation.DEFAULT.estimate(EstimatorFixtures.lcgReturns(40, 90, 7));
        assertEquals(0.7264980542314229, wide.estimator().shrinkageIntensity(), 1e-12);
        assertEquals(0.43696068322896564, wide.estimator().targetCorrelation(), 1e-12);
        assertEquals(0.3282014525871914, wide.matrix().get(0, 1), 1e-12);
        assertEquals(0.3556405754510813, wide.matrix().get(2, 5), 1e-12);
        assertEquals("shrinkage", wide.estimator().name());
        assertFalse(wide.repaired());
    }

    /** A second implementation: the paper's double sums over i, j and t written out, O(n²·T). */
    @Test
    void intensity_equalsTheDoubleSumsOfThePaper() {
        var rng = new SplittableRandom(3);
        for (int trial = 0; trial < 5; trial++) {
            int days = 10 + rng.nextInt(50);
            int n = 2 + rng.nextInt(30);
            double[][] x = EstimatorFixtures.factorReturns(days, n, rng.nextLong());
            double[] naive = naiveIntensity(x);
            EstimatorDetails d = ShrunkCorrelation.DEFAULT.estimate(x).estimator();
            assertEquals(naive[0], d.shrinkageIntensity(), 1e-10, "delta, trial " + trial);
            assertEquals(naive[1], d.targetCorrelation(), 1e-12, "rBar, trial " + trial);
        }
    }

    @Test
    void estimate_isPsdAboveItsReportedBound_whenNamesOutnumberDays() {
        CorrelationEstimate e = ShrunkCorrelation.DEFAULT.estimate(EstimatorFixtures.factorReturns(40, 120, 9));
        double delta = e.estimator().shrinkageIntensity();
        assertTrue(delta > 0.0 && delta < 1.0, "delta " + delta);
        double min = e.matrix().minEigenvalue();
        assertTrue(e.minEigenvalueBefore() > 0.0);
        assertTrue(min >= e.minEigenvalueBefore() - 1e-12, min + " vs bound " + e.minEigenvalueBefore());
        // the sample correlation of 40 days is singular in 120 dimensions
        assertTrue(SampleCorrelation.DEFAULT.estimate(EstimatorFixtures.factorReturns(40, 120, 9))
                .minEigenvalueBefore() < 1e-10);
    }

    @Test
    void rollingPath_equalsOneEstimatePerDay() {
        double[][] x = EstimatorFixtures.factorReturns(120, 25, 5);
        int window = 30;
        int first = 40;
        int days = 80;
        double[][] vols = new double[days][25];
        double[] w = new double[25];
        var rng = new SplittableRandom(8);
        for (int i = 0; i < 25; i++) {
            w[i] = rng.nextDouble() - 0.3;
            for (int k = 0; k < days; k++) {
                vols[k][i] = 0.01 + 0.02 * rng.nextDouble();
            }
        }
        for (CorrelationEstimator e : new CorrelationEstimator[] {ShrunkCorrelation.DEFAULT, SampleCorrelation.DEFAULT}) {
            double[] rolling = e.portfolioVolatilities(x, window, first, vols, w);
            double[] daily = EstimatorFixtures.dailyEstimates(e).portfolioVolatilities(x, window, first, vols, w);
            for (int k = 0; k < days; k++) {
                assertEquals(daily[k], rolling[k], 1e-12 * daily[k], e.name() + " day " + k);
            }
        }
    }

    /** δ and r̄ by the formulas of Ledoit and Wolf (2004), with every sum over t written out. */
    private static double[] naiveIntensity(double[][] x) {
        int t = x.length;
        int n = x[0].length;
        double[][] y = new double[t][n];
        for (int j = 0; j < n; j++) {
            double m = 0;
            for (double[] row : x) {
                m += row[j];
            }
            m /= t;
            for (int s = 0; s < t; s++) {
                y[s][j] = x[s][j] - m;
            }
        }
        double[][] cov = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int s = 0; s < t; s++) {
                    cov[i][j] += y[s][i] * y[s][j] / t;
                }
            }
        }
        double rBar = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    rBar += cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j]);
                }
            }
        }
        rBar /= n * (n - 1.0);
        double pi = 0;
        double rho = 0;
        double gamma = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double piij = 0;
                double thetaIi = 0;
                double thetaJj = 0;
                for (int s = 0; s < t; s++) {
                    double a = y[s][i] * y[s][j] - cov[i][j];
                    piij += a * a / t;
                    thetaIi += (y[s][i] * y[s][i] - cov[i][i]) * a / t;
                    thetaJj += (y[s][j] * y[s][j] - cov[j][j]) * a / t;
                }
                pi += piij;
                double f = i == j ? cov[i][i] : rBar * Math.sqrt(cov[i][i] * cov[j][j]);
                gamma += (f - cov[i][j]) * (f - cov[i][j]);
                if (i == j) {
                    rho += piij;
                } else {
                    rho += rBar / 2 * (Math.sqrt(cov[j][j] / cov[i][i]) * thetaIi
                            + Math.sqrt(cov[i][i] / cov[j][j]) * thetaJj);
                }
            }
        }
        double delta = Math.max(0, Math.min(1, (pi - rho) / gamma / t));
        return new double[] {delta, rBar};
    }
}
