package org.lstmrisk.core.simulation;

import java.time.LocalDate;
import java.util.List;

/**
 * The known conditional covariance of a {@link SyntheticMarket}'s daily log returns: the return of ticker i on day t
 * is {@code drift_i + b_i·f_m,t + s_i·f_sector(i),t + e_i,t}, with the market factor, each sector factor and each
 * idiosyncratic term independent normals whose GARCH(1,1) variances at t are known at the close of t−1. So
 * Σ_t = b·bᵀ·h_m,t + Σ_k s_k·s_kᵀ·h_k,t + diag(h_e,t) (s_k: the sector loadings of sector k, zero elsewhere), all
 * daily variances (fractions squared). Day indices follow the market's calendar (day 0: the first bar; its return
 * is taken from the start price). This class is immutable and thread-safe: arrays are copied in and never out.
 */
public final class TrueCovariance {

    private final List<String> tickers;
    private final List<LocalDate> dates;
    private final int[] sector;
    private final double[] beta;
    private final double[] loading;
    private final int sectors;
    private final double[] marketVariance;      // [day]
    private final double[][] sectorVariance;    // [sector][day]
    private final double[][] idioVariance;      // [ticker][day]

    TrueCovariance(List<String> tickers, List<LocalDate> dates, int[] sector, double[] beta, double[] loading,
                   int sectors, double[] marketVariance, double[][] sectorVariance, double[][] idioVariance) {
        this.tickers = List.copyOf(tickers);
        this.dates = List.copyOf(dates);
        this.sector = sector.clone();
        this.beta = beta.clone();
        this.loading = loading.clone();
        this.sectors = sectors;
        this.marketVariance = marketVariance.clone();
        this.sectorVariance = sectorVariance;
        this.idioVariance = idioVariance;
    }

    /** The tickers, in the market's order. */
    public List<String> tickers() {
        return tickers;
    }

    /** The trading days; day index t refers to {@code dates().get(t)}. */
    public List<LocalDate> dates() {
        return dates;
    }

    /** Number of sector factors (besides the market factor). */
    public int sectors() {
        return sectors;
    }

    /** The true daily covariance matrix of the log returns of day {@code day} (n × n, daily variance units). */
    public double[][] covariance(int day) {
        checkDay(day);
        int n = tickers.size();
        double m = marketVariance[day];
        double[][] sigma = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double c = beta[i] * beta[j] * m;
                if (sector[i] == sector[j]) {
                    c += loading[i] * loading[j] * sectorVariance[sector[i]][day];
                }
                if (i == j) {
                    c += idioVariance[i][day];
                }
                sigma[i][j] = c;
            }
        }
        return sigma;
    }

    /** The true correlation matrix of day {@code day}'s log returns. */
    public double[][] correlation(int day) {
        double[][] sigma = covariance(day);
        int n = sigma.length;
        double[] sd = new double[n];
        for (int i = 0; i < n; i++) {
            sd[i] = Math.sqrt(sigma[i][i]);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sigma[i][j] = i == j ? 1.0 : sigma[i][j] / (sd[i] * sd[j]);
            }
        }
        return sigma;
    }

    /**
     * wᵀΣ_t w, the true daily variance of the portfolio's log return Σ w_i r_i,t on day {@code day}, in O(n)
     * through the factor structure (weights: fractions of portfolio value, one per ticker).
     */
    public double portfolioVariance(int day, double[] weights) {
        checkDay(day);
        if (weights.length != tickers.size()) {
            throw new IllegalArgumentException(weights.length + " weights for " + tickers.size() + " tickers");
        }
        double market = 0.0;
        double[] bySector = new double[sectors];
        double idio = 0.0;
        for (int i = 0; i < weights.length; i++) {
            market += weights[i] * beta[i];
            bySector[sector[i]] += weights[i] * loading[i];
            idio += weights[i] * weights[i] * idioVariance[i][day];
        }
        double v = market * market * marketVariance[day] + idio;
        for (int k = 0; k < sectors; k++) {
            v += bySector[k] * bySector[k] * sectorVariance[k][day];
        }
        return v;
    }

    private void checkDay(int day) {
        if (day < 0 || day >= dates.size()) {
            throw new IllegalArgumentException("day " + day + " is outside 0.." + (dates.size() - 1));
        }
    }
}
