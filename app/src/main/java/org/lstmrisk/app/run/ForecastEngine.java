package org.lstmrisk.app.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.forecast.VolatilityForecaster;

/**
 * Fits one model per ticker and forecasts its daily volatility for the horizon, one ticker per task on a
 * bounded pool. Results come back in ticker order and do not depend on the number of threads.
 * This class is immutable and thread-safe.
 */
public final class ForecastEngine {

    private final Progress progress;

    /** An engine that reports each finished ticker to {@code progress}. */
    public ForecastEngine(Progress progress) {
        this.progress = progress;
    }

    /**
     * Daily volatility forecasts (fractions) for the horizon, one per ticker in {@code tickers} order.
     *
     * @param history prices up to and including the as-of date only
     */
    public double[] forecast(VolatilityForecaster forecaster, PriceHistory history, List<String> tickers,
                             int horizonDays, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tickers.size()));
        try {
            var futures = new ArrayList<Future<Double>>();
            var done = new AtomicInteger();
            String task = "fitting " + forecaster.name() + " per ticker";
            for (String t : tickers) {
                futures.add(pool.submit(() -> {
                    double sigma = forecaster.fit(history.series(t)).forecastVolatility(horizonDays);
                    progress.advance(task, done.incrementAndGet(), tickers.size());
                    return sigma;
                }));
            }
            double[] sigma = new double[tickers.size()];
            for (int i = 0; i < sigma.length; i++) {
                sigma[i] = futures.get(i).get();
            }
            return sigma;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while forecasting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
