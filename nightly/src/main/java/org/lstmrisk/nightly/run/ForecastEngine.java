package org.lstmrisk.nightly.run;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lstmrisk.core.concurrent.SerializableFunction;
import org.lstmrisk.core.concurrent.TickerExecutor;
import org.lstmrisk.forecasters.ForecasterSpec;
import org.lstmrisk.lstm.forecast.LstmForecaster;
import org.lstmrisk.lstm.forecast.LstmModelFile;
import org.lstmrisk.lstm.forecast.LstmVolatilityModel;
import org.lstmrisk.lstm.forecast.ModelFileException;
import java.util.concurrent.atomic.AtomicInteger;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.forecast.CombinedForecaster;
import org.lstmrisk.core.forecast.CombinedModel;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.core.forecast.VolatilityModel;
import org.lstmrisk.core.progress.Progress;
import org.lstmrisk.nightly.state.NeuralParts;

/**
 * Fits one model per ticker, or carries a stored one forward through the predict–update cycle, and forecasts
 * its daily volatility for the horizon, one ticker per task on a bounded pool. Results come back in ticker
 * order and do not depend on the number of threads nor on the engine: on an engine that runs out of process
 * ({@link TickerExecutor#inProcess()} false, e.g. Spark) each task gets the ticker's prices, the forecaster's
 * {@link ForecasterSpec} and the stored model as the bytes of its file, rebuilds the forecaster, and returns the
 * model as the same bytes (an LSTM: {@link LstmModelFile}, exact to the bit) or serialised (the classical models'
 * records), so the driver ends with models equal to the local engine's.
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
        return forecast(forecaster, null, history, tickers, horizonDays, threads, starting, TickerExecutor.local());
    }

    /**
     * As {@link #forecast(VolatilityForecaster, PriceHistory, List, int, int, Map)}, on {@code executor}. An engine
     * that does not run in process needs {@code spec}, the recipe of {@code forecaster}, to rebuild it in each task.
     *
     * @throws IllegalArgumentException when the engine runs out of process and {@code spec} is null
     */
    public Forecasts forecast(VolatilityForecaster forecaster, ForecasterSpec spec, PriceHistory history,
                              List<String> tickers, int horizonDays, int threads, Map<String, VolatilityModel> starting,
                              TickerExecutor executor) {
        String task = (starting.isEmpty() ? "fitting " : "updating ") + forecaster.name() + " per ticker";
        List<VolatilityModel> models;
        if (executor.inProcess()) {
            var done = new AtomicInteger();
            var series = new ArrayList<PriceSeries>(tickers.size());
            for (String t : tickers) {
                series.add(history.series(t));
            }
            models = executor.map(task, series, threads, s -> {
                VolatilityModel model = modelAsOfLastDate(forecaster, s, starting.get(s.ticker()));
                progress.advance(task, done.incrementAndGet(), tickers.size());
                return new InProcess(model);
            }).stream().map(InProcess::model).toList();
        } else {
            if (spec == null) {
                throw new IllegalArgumentException("the " + executor.name() + " engine needs the forecaster's spec");
            }
            models = remote(forecaster, spec, history, tickers, threads, starting, executor, task);
            progress.advance(task, tickers.size(), tickers.size());
        }
        double[] sigma = new double[tickers.size()];
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = models.get(i).forecastVolatility(horizonDays);
        }
        return new Forecasts(sigma, models);
    }

    private static List<VolatilityModel> remote(VolatilityForecaster forecaster, ForecasterSpec spec,
                                                PriceHistory history, List<String> tickers, int threads,
                                                Map<String, VolatilityModel> starting, TickerExecutor executor,
                                                String task) {
        var codec = new LstmModelFile();
        var inputs = new ArrayList<TickerTask>(tickers.size());
        for (String t : tickers) {
            VolatilityModel stored = starting.get(t);
            inputs.add(new TickerTask(history.series(t), stored == null ? null : ModelBytes.of(stored, codec)));
        }
        List<ModelBytes> outputs = executor.map(task, inputs, threads, new FitTask(spec));
        var models = new ArrayList<VolatilityModel>(outputs.size());
        for (ModelBytes out : outputs) {
            models.add(out.model(forecaster, codec));
        }
        return models;
    }

    /** One ticker's task: its prices up to the as-of date, and the stored model it starts from (null: fit). */
    record TickerTask(PriceSeries series, ModelBytes stored) implements Serializable {
    }

    /**
     * A model in transit: an LSTM/RNN as the bytes of its model file (what the state writes), a classical model
     * serialised as it is, a combination as its parts.
     */
    record ModelBytes(byte[] lstmFile, VolatilityModel classical, List<ModelBytes> parts) implements Serializable {

        static ModelBytes of(VolatilityModel model, LstmModelFile codec) {
            if (model instanceof LstmVolatilityModel lstm) {
                return new ModelBytes(codec.toBytes(lstm), null, null);
            }
            if (model instanceof CombinedModel combined) {
                return new ModelBytes(null, null, combined.parts().stream().map(p -> of(p, codec)).toList());
            }
            if (!(model instanceof Serializable)) {
                throw new IllegalStateException("the " + model.getClass().getSimpleName()
                        + " model cannot be sent to another process");
            }
            return new ModelBytes(null, model, null);
        }

        VolatilityModel model(VolatilityForecaster forecaster, LstmModelFile codec) {
            if (parts != null) {
                List<VolatilityForecaster> partForecasters = ((CombinedForecaster) forecaster).parts();
                var models = new ArrayList<VolatilityModel>(parts.size());
                for (int j = 0; j < parts.size(); j++) {
                    models.add(parts.get(j).model(partForecasters.get(j), codec));
                }
                return new CombinedModel(models);
            }
            if (lstmFile == null) {
                return classical;
            }
            // a stored model of a combination is its neural part
            LstmForecaster lstm = NeuralParts.of(forecaster).orElseThrow(() -> new IllegalStateException(
                    "an LSTM model file for the " + forecaster.name() + " forecaster"));
            try {
                return codec.fromBytes(Path.of("(task result)"), lstmFile, lstm.macro(), lstm.kernel());
            } catch (ModelFileException e) {
                throw new IllegalStateException("a task's model file does not read back: " + e.getMessage(), e);
            }
        }
    }

    /** The task a worker runs: rebuilds the forecaster from its spec, then fits or updates the ticker's model. */
    private record FitTask(ForecasterSpec spec) implements SerializableFunction<TickerTask, ModelBytes> {

        @Override
        public ModelBytes apply(TickerTask in) {
            VolatilityForecaster forecaster = spec.create();
            var codec = new LstmModelFile();
            VolatilityModel stored = in.stored() == null ? null : in.stored().model(forecaster, codec);
            return ModelBytes.of(modelAsOfLastDate(forecaster, in.series(), stored), codec);
        }
    }

    /** A model handed back by the local engine as it is (never serialised). */
    private record InProcess(VolatilityModel model) implements Serializable {
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
        try {
            return forecaster.continueFrom(series, stored);
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
