package org.lstmrisk.nightly.run;

import java.util.List;
import org.lstmrisk.core.concurrent.OrderedParallel;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.core.forecast.VolatilityModel;
import org.lstmrisk.core.progress.Progress;

/**
 * Fits one model per ticker, or carries a stored one forward through the predict–update cycle, and forecasts
 * its daily volatility for the horizon, one ticker per task on a bounded pool. Results come back in ticker
 * order and do not depend on the number of threads.
 * This class is immutable and thread-safe.
 */
public final class ForecastEngine {

    private final Progress progress;

    /** An engine that reports each finished ticker to {@code progress}. */
    public ForecastEngine(Progress progress) {
        this.progress = progress;
    }

    /**
     * Daily volatility forecasts (fractions) for the horizon, one per ticker in {@code tickers} order, each from
     * a model fitted on the ticker's history.
     *
     * @param history prices up to and including the as-of date only
     */
    public double[] forecast(VolatilityForecaster forecaster, PriceHistory history, List<String> tickers,
                             int horizonDays, int threads) {
        return forecast(forecaster, history, tickers, horizonDays, threads, Map.of()).volatilities();
    }

    /**
     * The models as of the last date of {@code history} and their daily volatility forecasts (fractions), in
     * {@code tickers} order. A ticker with a stored model in {@code starting} has it updated with the days after
     * its last date, one day at a time (forecast, then learn the realised value; each day learned once); a
     * model that has already learned the last date is used as it is; a ticker without one is fitted.
     *
     * @param history  prices up to and including the as-of date only
     * @param starting stored models by ticker, each with a last date on or before the as-of date
     * @throws UserInputException when the prices do not extend those a stored model learned (data revised), or do
     *                            not allow the model to be fitted (e.g. a range-based feature without open, high, low)
     */
    public Forecasts forecast(VolatilityForecaster forecaster, PriceHistory history, List<String> tickers,
                              int horizonDays, int threads, Map<String, VolatilityModel> starting) {
        var done = new AtomicInteger();
        String task = (starting.isEmpty() ? "fitting " : "updating ") + forecaster.name() + " per ticker";
        List<VolatilityModel> models = OrderedParallel.map(tickers, threads, t -> {
            VolatilityModel model = modelAsOfLastDate(forecaster, history.series(t), starting.get(t));
            progress.advance(task, done.incrementAndGet(), tickers.size());
            return model;
        });
        double[] sigma = new double[tickers.size()];
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = models.get(i).forecastVolatility(horizonDays);
        }
        return new Forecasts(sigma, models);
    }

    private static VolatilityModel modelAsOfLastDate(VolatilityForecaster forecaster, PriceSeries series,
                                                     VolatilityModel stored) {
        if (stored == null) {
            try {
                return forecaster.fit(series);
            } catch (IllegalArgumentException e) {
                // The data does not allow the model (e.g. no open/high/low for a range-based feature): exit 2.
                throw new UserInputException("the " + forecaster.name() + " model cannot be fitted to "
                        + series.ticker() + "'s data: " + e.getMessage(), e);
            }
        }
        if (stored.lastDate().equals(series.lastDate())) {
            return stored;
        }
        try {
            return stored.update(series);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(series.ticker() + ": the stored model cannot learn the new days: "
                    + e.getMessage() + ". If the data was revised, run again with --retrain " + series.ticker(), e);
        }
    }

    /**
     * The models a run ends with and their forecasts. This class is immutable and thread-safe.
     *
     * @param volatilities forecast daily volatility (fraction) per ticker, in the run's ticker order
     * @param models       each ticker's model as of the as-of date, in the same order
     */
    public record Forecasts(double[] volatilities, List<VolatilityModel> models) {

        /** Copies the array and the list. */
        public Forecasts {
            volatilities = volatilities.clone();
            models = List.copyOf(models);
        }

        @Override
        public double[] volatilities() {
            return volatilities.clone();
        }
    }
}
