package org.lstmrisk.core.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;

class TrueCovarianceTest {

    private static final SyntheticMarket MARKET = new SyntheticMarket(14, 20_000, LocalDate.of(2000, 1, 3), 11L);

    @Test
    void simulateWithTruth_givesTheSamePricesAsGenerate() {
        SyntheticMarket small = new SyntheticMarket(13, 300, LocalDate.of(2020, 1, 1), 7L);
        PriceHistory plain = small.generate();
        PriceHistory withTruth = small.simulateWithTruth().prices();
        assertEquals(plain.tickers(), withTruth.tickers());
        for (int i = 0; i < plain.series().size(); i++) {
            assertArrayEquals(plain.series().get(i).close(), withTruth.series().get(i).close());
        }
    }

    @Test
    void portfolioVariance_equalsTheQuadraticFormOfTheMatrix() {
        TrueCovariance truth = new SyntheticMarket(20, 50, LocalDate.of(2020, 1, 1), 3L).simulateWithTruth().truth();
        double[] w = new double[20];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i % 3 == 0 ? -0.5 : 1.0) / (i + 1);
        }
        for (int day : new int[] {0, 17, 49}) {
            double[][] sigma = truth.covariance(day);
            double q = 0.0;
            for (int i = 0; i < w.length; i++) {
                for (int j = 0; j < w.length; j++) {
                    q += w[i] * sigma[i][j] * w[j];
                }
                assertEquals(sigma[i][i], truth.covariance(day)[i][i]);
            }
            assertEquals(q, truth.portfolioVariance(day, w), 1e-13 * q);
            double[][] rho = truth.correlation(day);
            assertEquals(1.0, rho[5][5]);
            assertEquals(sigma[2][7] / Math.sqrt(sigma[2][2] * sigma[7][7]), rho[2][7], 1e-15);
        }
        assertThrows(IllegalArgumentException.class, () -> truth.covariance(50));
    }

    /**
     * The returns were drawn from the truth: for a fixed portfolio, (wᵀr_t)² / (wᵀΣ_t w) has mean 1 (the drift is
     * below 0.05 % a day against 1–3 % volatility, a bias under 0.1 %); over 20 000 days its standard error is
     * about √(2/20000) = 0.01 for normal returns.
     */
    @Test
    void standardisedPortfolioReturns_haveUnitVariance() {
        SimulatedMarket sim = MARKET.simulateWithTruth();
        var series = sim.prices().series();
        int n = series.size();
        double[][] weights = {equal(n), single(n, 4), longShort(n)};
        for (double[] w : weights) {
            double sum = 0.0;
            int days = 0;
            for (int t = 1; t < MARKET.days(); t++) {
                double r = 0.0;
                for (int i = 0; i < n; i++) {
                    PriceSeries s = series.get(i);
                    r += w[i] * Math.log(s.close(t) / s.close(t - 1));
                }
                sum += r * r / sim.truth().portfolioVariance(t, w);
                days++;
            }
            assertEquals(1.0, sum / days, 0.04);
        }
    }

    private static double[] equal(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        return w;
    }

    private static double[] single(int n, int i) {
        double[] w = new double[n];
        w[i] = 1.0;
        return w;
    }

    private static double[] longShort(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = i % 2 == 0 ? 0.2 : -0.1;
        }
        return w;
    }
}
