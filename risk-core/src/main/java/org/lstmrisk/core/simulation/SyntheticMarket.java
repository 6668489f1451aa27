package org.lstmrisk.core.simulation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;

/**
 * Generates a seeded synthetic stock market for demos and tests: daily OHLCV for a number of tickers on
 * weekdays, with GARCH(1,1)-like volatility clustering per ticker and a one-factor (market) plus sector
 * correlation structure. The same parameters and seed give the same prices bit for bit.
 * This class is immutable and thread-safe.
 *
 * @param tickers   number of tickers, named {@code SYN01}, {@code SYN02}, …
 * @param days      number of trading days
 * @param startDate first trading day (moved to the next weekday when it is a weekend)
 * @param seed      random seed
 */
public record SyntheticMarket(int tickers, int days, LocalDate startDate, long seed) {

    /**
     * The demo market: 10 tickers, 504 trading days (two years) from 2022-09-01 to 2024-08-06, seed 20240308.
     * Small enough that the newcomer's first run, which fits one default LSTM per ticker, takes about 50 CPU
     * seconds (well under a minute of wall time on two cores); each LSTM still has over a year of training
     * windows and the report a year of correlation history.
     */
    public static final SyntheticMarket DEMO = new SyntheticMarket(10, 504, LocalDate.of(2022, 9, 1), 20240308L);

    /** Validates positive sizes. */
    public SyntheticMarket {
        if (tickers < 1 || days < 2) {
            throw new IllegalArgumentException("need at least 1 ticker and 2 days, got " + tickers + " and " + days);
        }
        java.util.Objects.requireNonNull(startDate, "startDate");
    }

    /** Tickers per sector; the market has max(1, round(tickers / 6)) sectors. */
    private static final int TICKERS_PER_SECTOR = 6;

    /**
     * Generates the market: for each ticker {@code days} weekday bars of open, high, low, (adjusted) close and
     * volume. Daily log returns load on a market factor and one sector factor, each a GARCH(1,1) process, plus a
     * GARCH(1,1) idiosyncratic return; total daily volatilities are around 1–3 % and typical pairwise
     * correlations 0.2–0.6. Every random draw comes from one {@link SplittableRandom} seeded with {@code seed},
     * in a fixed order.
     */
    public PriceHistory generate() {
        return simulate(false).prices();
    }

    /**
     * Generates the market as {@link #generate()} (the same prices bit for bit) together with its true conditional
     * covariance on each day ({@link TrueCovariance}), for evaluating covariance estimators. Keeps
     * (sectors + 1 + tickers) × days variances in memory.
     */
    public SimulatedMarket simulateWithTruth() {
        return simulate(true);
    }

    /**
     * A large universe for scaling tests and benchmarks: {@code tickers} names over {@code days} days from the demo
     * market's start date, the demo's structure (one market factor, a sector factor per six names, GARCH(1,1)
     * variances throughout).
     */
    public static SyntheticMarket universe(int tickers, int days, long seed) {
        return new SyntheticMarket(tickers, days, DEMO.startDate(), seed);
    }

    private SimulatedMarket simulate(boolean recordTruth) {
        var rng = new SplittableRandom(seed);
        int sectors = Math.max(1, Math.round(tickers / (float) TICKERS_PER_SECTOR));
        Garch11Process market = Garch11Process.ofVolatility(0.010, 0.07, 0.91);
        Garch11Process[] sectorProcess = new Garch11Process[sectors];
        for (int k = 0; k < sectors; k++) {
            double alpha = TickerProfile.uniform(rng, 0.05, 0.09);
            double persistence = TickerProfile.uniform(rng, 0.97, 0.99);
            sectorProcess[k] = Garch11Process.ofVolatility(TickerProfile.uniform(rng, 0.005, 0.008), alpha,
                    persistence - alpha);
        }
        TickerProfile[] profile = new TickerProfile[tickers];
        for (int i = 0; i < tickers; i++) {
            profile[i] = TickerProfile.draw(i % sectors, rng);
        }

        double marketVariance = market.unconditionalVariance();
        double[] sectorVariance = new double[sectors];
        for (int k = 0; k < sectors; k++) {
            sectorVariance[k] = sectorProcess[k].unconditionalVariance();
        }
        double[] idioVariance = new double[tickers];
        double[] previousClose = new double[tickers];
        for (int i = 0; i < tickers; i++) {
            idioVariance[i] = profile[i].idiosyncratic().unconditionalVariance();
            previousClose[i] = profile[i].startPrice();
        }
        double[][][] ohlcv = new double[tickers][5][days];
        double[] sectorReturn = new double[sectors];
        double[] bar = new double[4];
        double[] marketPath = recordTruth ? new double[days] : null;
        double[][] sectorPath = recordTruth ? new double[sectors][days] : null;
        double[][] idioPath = recordTruth ? new double[tickers][days] : null;
        for (int t = 0; t < days; t++) {
            if (recordTruth) {
                marketPath[t] = marketVariance;
                for (int k = 0; k < sectors; k++) {
                    sectorPath[k][t] = sectorVariance[k];
                }
                for (int i = 0; i < tickers; i++) {
                    idioPath[i][t] = idioVariance[i];
                }
            }
            double marketReturn = Math.sqrt(marketVariance) * rng.nextGaussian();
            for (int k = 0; k < sectors; k++) {
                sectorReturn[k] = Math.sqrt(sectorVariance[k]) * rng.nextGaussian();
            }
            for (int i = 0; i < tickers; i++) {
                TickerProfile p = profile[i];
                double idioReturn = Math.sqrt(idioVariance[i]) * rng.nextGaussian();
                double b = p.marketBeta();
                double s = p.sectorLoading();
                double variance = b * b * marketVariance + s * s * sectorVariance[p.sector()] + idioVariance[i];
                double logReturn = p.drift() + b * marketReturn + s * sectorReturn[p.sector()] + idioReturn;
                BarSampler.sample(previousClose[i], logReturn, variance, p.overnightShare(), rng, bar);
                double surprise = Math.abs(logReturn - p.drift()) / Math.sqrt(variance);
                double volume = Math.rint(p.baseVolume() * Math.exp(0.4 * surprise + 0.25 * rng.nextGaussian()));
                for (int f = 0; f < 4; f++) {
                    ohlcv[i][f][t] = bar[f];
                }
                ohlcv[i][4][t] = Math.max(1, volume);
                previousClose[i] = bar[3];
                idioVariance[i] = p.idiosyncratic().nextVariance(idioVariance[i], idioReturn);
            }
            marketVariance = market.nextVariance(marketVariance, marketReturn);
            for (int k = 0; k < sectors; k++) {
                sectorVariance[k] = sectorProcess[k].nextVariance(sectorVariance[k], sectorReturn[k]);
            }
        }

        List<LocalDate> dates = weekdays(startDate, days);
        var series = new ArrayList<PriceSeries>(tickers);
        for (int i = 0; i < tickers; i++) {
            double[][] x = ohlcv[i];
            series.add(new PriceSeries(tickerName(i), dates, x[0], x[1], x[2], x[3], x[4]));
        }
        PriceHistory prices = new PriceHistory(series);
        if (!recordTruth) {
            return new SimulatedMarket(prices, null);
        }
        int[] sectorOf = new int[tickers];
        double[] beta = new double[tickers];
        double[] loading = new double[tickers];
        for (int i = 0; i < tickers; i++) {
            sectorOf[i] = profile[i].sector();
            beta[i] = profile[i].marketBeta();
            loading[i] = profile[i].sectorLoading();
        }
        return new SimulatedMarket(prices, new TrueCovariance(prices.tickers(), dates, sectorOf, beta, loading, sectors,
                marketPath, sectorPath, idioPath));
    }

    /** The name of the ticker at index {@code i} (from 0): {@code SYN01}, {@code SYN02}, … */
    static String tickerName(int i) {
        return String.format(Locale.ROOT, "SYN%02d", i + 1);
    }

    /** {@code n} consecutive weekdays, the first on or after {@code start}. */
    static List<LocalDate> weekdays(LocalDate start, int n) {
        var out = new ArrayList<LocalDate>(n);
        for (LocalDate d = start; out.size() < n; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                out.add(d);
            }
        }
        return out;
    }
}
