package org.lstmrisk.nightly.run;

import org.lstmrisk.core.TradingCalendar;
import org.lstmrisk.forecasters.ForecasterCatalog;
import org.lstmrisk.io.MarketData;
import org.lstmrisk.nightly.config.RunSettings;
import org.lstmrisk.report.ForecastHistory;
import org.lstmrisk.report.RiskReport;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.lstmrisk.core.concurrent.OrderedParallel;
import org.lstmrisk.core.LogReturns;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.features.RealisedVolatilityTarget;
import org.lstmrisk.core.forecast.CombinedForecaster;
import org.lstmrisk.core.forecast.CombinedModel;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.core.forecast.VolatilityModel;
import org.lstmrisk.lstm.forecast.LstmVolatilityModel;
import org.lstmrisk.nightly.state.NeuralParts;
import org.lstmrisk.core.volatility.CloseToCloseEstimator;
import org.lstmrisk.portfolio.CorrelationEstimator;
import org.lstmrisk.portfolio.SampleCorrelation;

/**
 * Replays the nightly predict–update cycle over the last year to build a {@link ForecastHistory}: for each
 * position, the run's forecaster is fitted once on the data up to the first day of the history, then the model is
 * updated one day at a time, recording its forecast at each close (no refit, no look-ahead). Each day's σp combines
 * that day's forecasts with the correlation of the trailing window ending that day. Reads nothing after the as-of
 * date. This class is immutable and thread-safe.
 */
public final class ForecastHistoryBuilder {

    /** Days of history before the as-of date, about one trading year. */
    public static final int DEFAULT_DAYS = TradingCalendar.DAYS_PER_YEAR;

    /** Window of the portfolio's trailing realised volatility, about one trading month. */
    public static final int TRAILING_DAYS = 21;

    private final ForecasterCatalog forecasters;
    private final SampleCorrelation correlationEstimator;

    /** A builder from its collaborators. */
    @Inject
    public ForecastHistoryBuilder(ForecasterCatalog forecasters, SampleCorrelation correlationEstimator) {
        this.forecasters = forecasters;
        this.correlationEstimator = correlationEstimator;
    }

    /** The history of a finished run: its model, positions, weights, horizon and correlation window. */
    public ForecastHistory build(MarketData market, RiskReport report, RunSettings settings) {
        return build(market, report, settings, List.of());
    }

    /**
     * The history of a finished run. Classical models are refitted at the start of the year and updated day by day
     * (out of sample); the run's own neural models, when given, are applied frozen to each past day's window
     * (in-sample where their training covered it) instead of training a second model per ticker.
     */
    public ForecastHistory build(MarketData market, RiskReport report, RunSettings settings,
                                 List<VolatilityModel> runModels) {
        var neural = new java.util.HashMap<String, LstmVolatilityModel>();
        for (VolatilityModel m : runModels) {
            NeuralParts.of(m).ifPresent(lstm -> neural.put(lstm.ticker(), lstm));
        }
        VolatilityForecaster forecaster = forecasters.createForReplay(report.model(), settings.forecasterOptions());
        if (neural.keySet().containsAll(report.universe().tickers()) && !neural.isEmpty()) {
            forecaster = NeuralParts.replace(forecaster, lstm -> new InSampleReplay(neural));
        }
        List<String> tickers = report.universe().tickers();
        PriceHistory positions = market.prices().history().truncatedTo(report.asOf()).select(tickers);
        CorrelationEstimator estimator = settings.correlationEstimatorFor(tickers.size());
        return build(forecaster, report.model(), positions, report.universe().weights(), report.asOf(),
                report.horizonDays(), report.correlationWindowDays(), DEFAULT_DAYS, settings.threads(),
                estimator instanceof SampleCorrelation ? correlationEstimator : estimator);
    }

    /**
     * The history over the {@code days} trading days before {@code asOf} and {@code asOf} itself, or fewer when
     * the positions' data is too short to fit the model and fill the correlation window earlier.
     *
     * @param forecaster            the run's forecaster
     * @param model                 its name, for the record
     * @param positions             the positions' prices, in weight order; data after {@code asOf} is ignored
     * @param weights               one weight per position (fractions of portfolio value)
     * @param asOf                  the last day of the history; every position must have a price on it
     * @param horizonDays           h
     * @param correlationWindowDays returns in each day's trailing correlation window
     * @param days                  trading days of history before {@code asOf} (≥ 0)
     * @param threads               worker threads (one position per task)
     * @throws IllegalArgumentException when a position cannot be fitted or lacks a correlation window at {@code asOf}
     */
    public ForecastHistory build(VolatilityForecaster forecaster, String model, PriceHistory positions, double[] weights,
                                 LocalDate asOf, int horizonDays, int correlationWindowDays, int days, int threads) {
        return build(forecaster, model, positions, weights, asOf, horizonDays, correlationWindowDays, days, threads,
                correlationEstimator);
    }

    /**
     * As {@link #build(VolatilityForecaster, String, PriceHistory, double[], LocalDate, int, int, int, int)}, with
     * each day's correlation from {@code estimator}: O(n²) per day for the sample and shrinkage estimators (a rolling
     * window, no eigen decomposition), one decomposition per day for the factor model.
     */
    public ForecastHistory build(VolatilityForecaster forecaster, String model, PriceHistory positions, double[] weights,
                                 LocalDate asOf, int horizonDays, int correlationWindowDays, int days, int threads,
                                 CorrelationEstimator estimator) {
        PriceHistory known = positions.truncatedTo(asOf);
        List<String> tickers = known.tickers();
        if (weights.length != tickers.size()) {
            throw new IllegalArgumentException(tickers.size() + " positions but " + weights.length + " weights");
        }
        if (days < 0) {
            throw new IllegalArgumentException("days of history must be >= 0, was " + days);
        }
        List<LocalDate> calendar = known.calendar();
        int end = calendar.size() - 1;
        if (!calendar.get(end).equals(asOf)) {
            throw new IllegalArgumentException(asOf + " is not a trading date of the positions' data");
        }
        int trailing = Math.min(TRAILING_DAYS, correlationWindowDays);
        int start = Math.max(0, end - days);
        for (PriceSeries s : known.series()) {
            int offset = calendar.indexOf(s.firstDate());
            int firstFit = offset + forecaster.minimumHistory() - 1;
            int firstWindow = offset + Math.max(correlationWindowDays, trailing);
            start = Math.max(start, Math.max(firstFit, firstWindow));
        }
        if (start > end) {
            throw new IllegalArgumentException("the positions' data up to " + asOf + " is too short for the model "
                    + forecaster.name() + " and a " + correlationWindowDays + "-day correlation window");
        }
        List<LocalDate> dates = calendar.subList(start, end + 1);
        double[][] forecasts = new double[tickers.size()][];
        double[][] realised = new double[tickers.size()][];
        replay(forecaster, known, dates, horizonDays, threads, forecasts, realised);

        double[][] returns = returnsInto(known, calendar, start - Math.max(correlationWindowDays, trailing) + 1, end);
        int n = dates.size();
        double[] portfolioForecast = new double[n];
        double[] portfolioRealised = new double[n];
        double[] portfolioTrailing = new double[n];
        double[] portfolioReturns = portfolioReturns(returns, weights);
        int lag = returns.length - n; // returns row of day k is k + lag
        double[][] sigmaByDay = new double[n][tickers.size()];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < tickers.size(); i++) {
                sigmaByDay[k][i] = forecasts[i][k];
            }
        }
        double[] path = estimator.portfolioVolatilities(returns, correlationWindowDays, lag, sigmaByDay, weights);
        for (int k = 0; k < n; k++) {
            int row = k + lag;
            portfolioForecast[k] = path[k];
            portfolioRealised[k] = row + horizonDays < returns.length
                    ? rootMeanSquare(portfolioReturns, row + 1, row + horizonDays) : Double.NaN;
            portfolioTrailing[k] = rootMeanSquare(portfolioReturns, row - trailing + 1, row);
        }
        return new ForecastHistory(model, horizonDays, dates, tickers, forecasts, realised, portfolioForecast,
                portfolioRealised, portfolioTrailing, trailing);
    }

    /** Fits each position at the first day, updates it day by day and records forecasts and realised targets. */
    private static void replay(VolatilityForecaster forecaster, PriceHistory known, List<LocalDate> dates,
                               int horizonDays, int threads, double[][] forecasts, double[][] realised) {
        List<String> tickers = known.tickers();
        var target = new RealisedVolatilityTarget(new CloseToCloseEstimator(), horizonDays);
        List<double[][]> results = OrderedParallel.map(tickers, threads,
                t -> replayOne(forecaster, target, known.series(t), dates, horizonDays));
        for (int i = 0; i < tickers.size(); i++) {
            forecasts[i] = results.get(i)[0];
            realised[i] = results.get(i)[1];
        }
    }

    private static double[][] replayOne(VolatilityForecaster forecaster, RealisedVolatilityTarget target,
                                        PriceSeries series, List<LocalDate> dates, int horizonDays) {
        int first = series.indexOf(dates.get(0));
        int n = dates.size();
        double[] realisedAll = target.compute(series);
        if (forecaster instanceof CombinedForecaster combined) {
            // Each part replayed as it would be alone (a neural part in one batch), then combined day by day: the
            // same as updating the combined model, since each part of it is updated on its own.
            List<VolatilityForecaster> parts = combined.parts();
            double[][] partForecasts = new double[parts.size()][];
            for (int j = 0; j < parts.size(); j++) {
                partForecasts[j] = replayOne(parts.get(j), target, series, dates, horizonDays)[0];
            }
            double[] forecast = new double[n];
            double[] day = new double[parts.size()];
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < parts.size(); j++) {
                    day[j] = partForecasts[j][k];
                }
                forecast[k] = CombinedModel.combine(day);
            }
            return new double[][] {forecast, Arrays.copyOfRange(realisedAll, first, first + n)};
        }
        if (forecaster instanceof InSampleReplay frozen) {
            double[] forecast = frozen.forecasts(series.slice(0, first + n), first);
            return new double[][] {forecast, Arrays.copyOfRange(realisedAll, first, first + n)};
        }
        double[] forecast = new double[n];
        VolatilityModel model = forecaster.fit(series.slice(0, first + 1));
        forecast[0] = model.forecastVolatility(horizonDays);
        // Each update sees the series up to that day, from a model's minimum history before it rather than from
        // the first price: an update only reads the days from the model's last date on (a model that re-measures
        // a window, like persistence, needs at most its minimum history), and copying a growing prefix every day
        // would cost more than the updates (quadratic in the days of history).
        int lookBack = Math.max(2, forecaster.minimumHistory());
        for (int k = 1; k < n; k++) {
            int to = first + k + 1;
            model = model.update(series.slice(Math.max(0, to - lookBack), to));
            forecast[k] = model.forecastVolatility(horizonDays);
        }
        return new double[][] {forecast, Arrays.copyOfRange(realisedAll, first, first + n)};
    }

    /** Log returns into calendar days {@code from … to} (rows), one column per position. */
    private static double[][] returnsInto(PriceHistory known, List<LocalDate> calendar, int from, int to) {
        List<PriceSeries> series = known.series();
        double[][] out = new double[to - from + 1][series.size()];
        for (int j = 0; j < series.size(); j++) {
            PriceSeries s = series.get(j);
            int i0 = s.indexOf(calendar.get(from));
            for (int t = 0; t < out.length; t++) {
                out[t][j] = LogReturns.between(s.close(i0 + t - 1), s.close(i0 + t));
            }
        }
        return out;
    }

    private static double[] portfolioReturns(double[][] returns, double[] weights) {
        double[] out = new double[returns.length];
        for (int t = 0; t < returns.length; t++) {
            double r = 0;
            for (int j = 0; j < weights.length; j++) {
                r += weights[j] * returns[t][j];
            }
            out[t] = r;
        }
        return out;
    }

    private static double rootMeanSquare(double[] x, int from, int to) {
        double sum = 0;
        for (int t = from; t <= to; t++) {
            sum += x[t] * x[t];
        }
        return Math.sqrt(sum / (to - from + 1));
    }
}
