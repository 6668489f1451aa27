package org.lstmrisk.nightly.run;

import java.util.Map;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.lstm.forecast.LstmVolatilityModel;

/**
 * A "forecaster" for the report's year of history that fits nothing: it hands out the run's own LSTM models,
 * frozen and positioned at each earlier day, so that the chart shows today's model applied to each past day's
 * window (in-sample where its training covered those days). It costs a prediction per day instead of a second
 * training per ticker, which keeps the nightly update fast. This class is immutable and thread-safe.
 */
final class InSampleReplay implements VolatilityForecaster {

    private final Map<String, LstmVolatilityModel> models;
    private final String name;
    private final int minimumHistory;

    InSampleReplay(Map<String, LstmVolatilityModel> models) {
        this.models = Map.copyOf(models);
        LstmVolatilityModel any = this.models.values().iterator().next();
        this.name = any.forecaster().name();
        this.minimumHistory = any.forecaster().minimumHistory();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int minimumHistory() {
        return minimumHistory;
    }

    /** Today's model's forecasts for the windows ending on days {@code from} … last of {@code history}, in one batch. */
    double[] forecasts(PriceSeries history, int from) {
        LstmVolatilityModel model = models.get(history.ticker());
        if (model == null) {
            throw new IllegalArgumentException("no model of the run for " + history.ticker());
        }
        return model.frozenForecasts(history, from);
    }

    @Override
    public LstmVolatilityModel fit(PriceSeries history) {
        LstmVolatilityModel model = models.get(history.ticker());
        if (model == null) {
            throw new IllegalArgumentException("no model of the run for " + history.ticker());
        }
        return model.frozenAt(history);
    }
}
