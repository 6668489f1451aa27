package org.lstmrisk.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.forecast.EwmaForecaster;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.core.forecast.VolatilityModel;
import org.lstmrisk.core.forecast.WalkForward;
import org.lstmrisk.core.forecast.WalkForwardConfig;
import org.lstmrisk.core.forecast.WalkForwardWindow;
import org.lstmrisk.core.simulation.SyntheticMarket;
import org.lstmrisk.core.volatility.CloseToCloseEstimator;

/** A failed refit keeps the previous model, updated, and is counted; a failed first fit is not hidden. */
class RefitFallbackTest {

    private static final PriceSeries SERIES =
            new SyntheticMarket(1, 300, LocalDate.of(2020, 1, 1), 7L).generate().series().get(0);

    /** EWMA that fails every fit after the first {@code good} ones, as a non-converging estimation would. */
    private record FailingAfter(int good, int[] calls) implements VolatilityForecaster {
        @Override
        public String name() {
            return "ewma";
        }

        @Override
        public VolatilityModel fit(PriceSeries history) {
            if (calls[0]++ >= good) {
                throw new IllegalStateException("estimation did not converge");
            }
            return EwmaForecaster.RISKMETRICS.fit(history);
        }

        @Override
        public int minimumHistory() {
            return EwmaForecaster.RISKMETRICS.minimumHistory();
        }
    }

    private static WalkForwardConfig everyDays(int refit) {
        return new WalkForwardConfig(1, refit, WalkForwardWindow.EXPANDING, 0, new CloseToCloseEstimator());
    }

    @Test
    void failedRefits_keepThePreviousModelUpdated_andAreCounted() {
        var fallback = new RefitFallback(new FailingAfter(1, new int[1]));
        LocalDate from = SERIES.date(100);
        var withFailures = new WalkForward(fallback, everyDays(20)).run(SERIES, from, SERIES.lastDate());
        // EWMA updated from one fit equals EWMA refitted: the fallback path must give the same forecasts
        var neverRefit = new WalkForward(EwmaForecaster.RISKMETRICS, everyDays(10_000)).run(SERIES, from,
                SERIES.lastDate());
        assertArrayEquals(neverRefit.forecastVolatility(), withFailures.forecastVolatility());
        int refits = (withFailures.size() - 1) / 20;
        assertEquals(refits, fallback.failures());
    }

    @Test
    void aFailedFirstFit_isNotHidden() {
        var fallback = new RefitFallback(new FailingAfter(0, new int[1]));
        assertThrows(IllegalStateException.class, () -> new WalkForward(fallback, everyDays(20))
                .run(SERIES, SERIES.date(100), SERIES.lastDate()));
    }

    @Test
    void aRefit_isHandedTheModelItself_notItsTracker() {
        var seen = new java.util.ArrayList<VolatilityModel>();
        var fitted = new java.util.ArrayList<VolatilityModel>();
        VolatilityForecaster warm = new VolatilityForecaster() {
            @Override
            public String name() {
                return "ewma";
            }

            @Override
            public VolatilityModel fit(PriceSeries history) {
                VolatilityModel m = EwmaForecaster.RISKMETRICS.fit(history);
                fitted.add(m);
                return m;
            }

            @Override
            public VolatilityModel refit(PriceSeries history, VolatilityModel previous) {
                seen.add(previous);
                return fit(history);
            }

            @Override
            public int minimumHistory() {
                return EwmaForecaster.RISKMETRICS.minimumHistory();
            }
        };
        var fallback = new RefitFallback(warm);
        new WalkForward(fallback, everyDays(20)).run(SERIES, SERIES.date(100), SERIES.date(125));
        assertEquals(1, seen.size());
        assertEquals(EwmaForecaster.RISKMETRICS.fit(SERIES.slice(0, 120)).forecastVolatility(1),
                seen.get(0).forecastVolatility(1), 0.0, "the model in use, updated to the day before the refit");
        assertEquals(fitted.get(0).getClass(), seen.get(0).getClass(), "the forecaster's own model, unwrapped");
    }
}
