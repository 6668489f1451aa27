package org.lstmrisk.core.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.core.concurrent.OrderedParallel;
import java.util.Objects;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;

/**
 * Walk-forward driver. For each trading day t with {@code from ≤ t ≤ to}: on a refit day, fit the forecaster on the
 * prices up to and including t (expanding or rolling window; after the first fit through
 * {@link VolatilityForecaster#refit}, which may start from the model in use); on other days {@link VolatilityModel#update update}
 * the current model with the prices up to t; then forecast the daily volatility over t+1 … t+h and pair it with
 * the realised volatility of those days from the target estimator. Only prices up to t are passed to the model at
 * t. Days are skipped when the history up to t is shorter than the forecaster needs or when t+h is past the data.
 * This class is immutable and thread-safe.
 *
 * @param forecaster the forecasting method
 * @param config     horizon, refit schedule, window and target estimator
 */
public record WalkForward(VolatilityForecaster forecaster, WalkForwardConfig config) {

    /** Validates non-null arguments and a rolling window long enough for the forecaster. */
    public WalkForward {
        Objects.requireNonNull(forecaster, "forecaster");
        Objects.requireNonNull(config, "config");
        if (config.window() == WalkForwardWindow.ROLLING && config.rollingWindowDays() < forecaster.minimumHistory()) {
            throw new IllegalArgumentException("rolling window of " + config.rollingWindowDays() + " prices is shorter"
                    + " than the " + forecaster.minimumHistory() + " that " + forecaster.name() + " needs");
        }
    }

    /**
     * The forecasts of {@code series} at every eligible day between {@code from} and {@code to} (inclusive).
     *
     * @throws IllegalArgumentException when no day in the range is eligible
     */
    public WalkForwardResult run(PriceSeries series, LocalDate from, LocalDate to) {
        int[] range = range(series, from, to);
        return run(series, range[0], range[1], true);
    }

    /**
     * The refit blocks of {@link #run}{@code (series, from, to)}: the first and last day index of each stretch that
     * begins with a (re)fit and is updated daily after it, in order.
     *
     * @throws IllegalArgumentException when no day in the range is eligible
     */
    public List<int[]> blocks(PriceSeries series, LocalDate from, LocalDate to) {
        int[] range = range(series, from, to);
        var blocks = new ArrayList<int[]>();
        for (int start = range[0]; start <= range[1]; start += config.refitEveryDays()) {
            blocks.add(new int[] {start, Math.min(range[1], start + config.refitEveryDays() - 1)});
        }
        return blocks;
    }

    /**
     * One block of {@link #blocks}: a fit at day index {@code start}, then daily updates to {@code end}. For a
     * forecaster whose {@link VolatilityForecaster#refitsFromScratch refits start from scratch}, the blocks of a series
     * joined in order ({@link WalkForwardResult#concat}) equal {@link #run}, to the bit, so they may run in parallel.
     */
    public WalkForwardResult runBlock(PriceSeries series, int start, int end) {
        return run(series, start, end, false);
    }

    private int[] range(PriceSeries series, LocalDate from, LocalDate to) {
        Objects.requireNonNull(series, "series");
        int h = config.horizonDays();
        int first = Math.max(series.indexAtOrBefore(from.minusDays(1)) + 1, forecaster.minimumHistory() - 1);
        int last = Math.min(series.indexAtOrBefore(to), series.size() - 1 - h);
        if (first > last) {
            throw new IllegalArgumentException(series.ticker() + ": no day between " + from + " and " + to
                    + " has " + forecaster.minimumHistory() + " prices before it and " + h + " after it");
        }
        return new int[] {first, last};
    }

    private WalkForwardResult run(PriceSeries series, int first, int last, boolean refit) {
        int h = config.horizonDays();
        var dates = new ArrayList<LocalDate>(last - first + 1);
        double[] forecast = new double[last - first + 1];
        double[] realised = new double[last - first + 1];
        VolatilityModel model = null;
        int sinceRefit = 0;
        for (int t = first; t <= last; t++) {
            PriceSeries upToT = series.slice(0, t + 1);
            if (model == null) {
                model = forecaster.fit(window(upToT));
                sinceRefit = 0;
            } else if (sinceRefit >= config.refitEveryDays()) {
                if (!refit) {
                    throw new IllegalArgumentException("a block ends before the next refit (" + series.date(t) + ")");
                }
                model = forecaster.refit(window(upToT), model);
                sinceRefit = 0;
            } else {
                model = model.update(upToT);
            }
            sinceRefit++;
            dates.add(series.date(t));
            forecast[t - first] = model.forecastVolatility(h);
            realised[t - first] = config.targetEstimator().volatility(series, t + h, h);
        }
        return new WalkForwardResult(series.ticker(), forecaster.name(), h, dates, forecast, realised);
    }

    /**
     * {@link #run} for every ticker of {@code history}, one ticker per task on {@code threads} threads; the results
     * are in ticker order and do not depend on {@code threads}.
     *
     * @throws IllegalArgumentException when {@code threads < 1} or a ticker has no eligible day
     */
    public List<WalkForwardResult> runAll(PriceHistory history, LocalDate from, LocalDate to, int threads) {
        Objects.requireNonNull(history, "history");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        return List.copyOf(OrderedParallel.map(history.series(), threads, s -> run(s, from, to)));
    }

    private PriceSeries window(PriceSeries upToT) {
        if (config.window() == WalkForwardWindow.EXPANDING || upToT.size() <= config.rollingWindowDays()) {
            return upToT;
        }
        return upToT.slice(upToT.size() - config.rollingWindowDays(), upToT.size());
    }
}
