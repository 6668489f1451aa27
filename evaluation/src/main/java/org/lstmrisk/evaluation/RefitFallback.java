package org.lstmrisk.evaluation;

import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.core.forecast.VolatilityModel;

/**
 * Wraps a forecaster for one walk-forward (one ticker, one thread): when a scheduled refit fails (e.g. a GARCH
 * estimation that does not converge), the previous model is kept and {@link VolatilityModel#update updated} with
 * the new days instead, and the failure is counted. A failure of the first fit is not hidden. Unlike the
 * forecasters it wraps, an instance is mutable and must not be shared between walk-forwards.
 */
final class RefitFallback implements VolatilityForecaster {

    private final VolatilityForecaster delegate;
    private VolatilityModel last;
    private int failures;

    RefitFallback(VolatilityForecaster delegate) {
        this.delegate = delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public int minimumHistory() {
        return delegate.minimumHistory();
    }

    @Override
    public VolatilityModel fit(PriceSeries history) {
        return fitOrKeep(history);
    }

    /** Refits from the unwrapped model in use (so a warm start sees the real model, not its tracker). */
    @Override
    public VolatilityModel refit(PriceSeries history, VolatilityModel previous) {
        return fitOrKeep(history);
    }

    private VolatilityModel fitOrKeep(PriceSeries history) {
        try {
            last = last == null ? delegate.fit(history) : delegate.refit(history, last);
        } catch (IllegalStateException | IllegalArgumentException e) {
            if (last == null) {
                throw e;
            }
            failures++;
            last = last.update(history);
        }
        return new Tracked(last);
    }

    /** Refits that failed and were replaced by an update of the previous model. */
    int failures() {
        return failures;
    }

    /** Keeps {@link #last} current when the walk-forward updates the model between refits. */
    private final class Tracked implements VolatilityModel {
        private final VolatilityModel model;

        Tracked(VolatilityModel model) {
            this.model = model;
        }

        @Override
        public String ticker() {
            return model.ticker();
        }

        @Override
        public java.time.LocalDate lastDate() {
            return model.lastDate();
        }

        @Override
        public double forecastVolatility(int horizonDays) {
            return model.forecastVolatility(horizonDays);
        }

        @Override
        public VolatilityModel update(PriceSeries history) {
            last = model.update(history);
            return new Tracked(last);
        }
    }
}
