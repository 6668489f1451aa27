package org.lstmrisk.core.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.simulation.SyntheticMarket;

/**
 * {@link CombinedForecaster} and {@link CombinedModel}: the forecast is the geometric mean of the parts' volatilities
 * (closed form), the very figure {@code evaluate --combine}'s equal weights give ({@link PastForecastCombination}),
 * each part is fitted, updated and refitted as it is alone, and a state's first part is continued, the others refitted.
 */
class CombinedForecasterTest {

    private static final PriceSeries SERIES = new SyntheticMarket(1, 700, LocalDate.of(2020, 1, 1), 5L)
            .generate().series().get(0);
    private static final CombinedForecaster GJR_EWMA = new CombinedForecaster(
            List.of(GjrForecaster.GAUSSIAN, EwmaForecaster.RISKMETRICS));

    @Test
    void combine_isTheGeometricMeanOfTheVolatilities_closedForm() {
        assertEquals(Math.sqrt(0.01 * 0.04), CombinedModel.combine(0.01, 0.04), 1e-15 * 0.02);
        assertEquals(Math.cbrt(0.01 * 0.02 * 0.05), CombinedModel.combine(0.01, 0.02, 0.05), 1e-15 * 0.02);
        assertEquals(0.013, CombinedModel.combine(0.013, 0.013), 1e-15 * 0.013);
        assertThrows(IllegalArgumentException.class, () -> CombinedModel.combine(0.01, 0.0));
        assertThrows(IllegalArgumentException.class, () -> CombinedModel.combine(0.01, Double.NaN));
    }

    @Test
    void combine_equalsEvaluatesEqualWeightCombination_bitForBit() {
        var random = new SplittableRandom(3);
        int days = 400;
        double[][] forecasts = new double[2][days];
        double[] realised = new double[days];
        for (int k = 0; k < days; k++) {
            forecasts[0][k] = 0.005 + 0.03 * random.nextDouble();
            forecasts[1][k] = 0.005 + 0.03 * random.nextDouble();
            realised[k] = 0.02 * random.nextDouble();
        }
        double[] evaluated = new PastForecastCombination(1, 250, 63, PastForecastCombination.Method.MEAN)
                .combine(forecasts, realised).volatility();
        for (int k = 0; k < days; k++) {
            assertEquals(evaluated[k], CombinedModel.combine(forecasts[0][k], forecasts[1][k]), 0.0, "day " + k);
        }
    }

    @Test
    void fitAndUpdate_combineThePartsFittedAndUpdatedAlone() {
        PriceSeries first = SERIES.slice(0, 600);
        CombinedModel model = GJR_EWMA.fit(first);
        VolatilityModel gjr = GjrForecaster.GAUSSIAN.fit(first);
        VolatilityModel ewma = EwmaForecaster.RISKMETRICS.fit(first);
        assertEquals("gjr+ewma", GJR_EWMA.name());
        assertEquals(first.lastDate(), model.lastDate());
        for (int h : new int[] {1, 10}) {
            assertEquals(Math.sqrt(gjr.forecastVolatility(h) * ewma.forecastVolatility(h)), model.forecastVolatility(h),
                    1e-15 * model.forecastVolatility(h));
        }
        CombinedModel updated = model.update(SERIES);
        assertEquals(SERIES.lastDate(), updated.lastDate());
        assertEquals(CombinedModel.combine(gjr.update(SERIES).forecastVolatility(1),
                ewma.update(SERIES).forecastVolatility(1)), updated.forecastVolatility(1), 0.0);
        CombinedModel refitted = GJR_EWMA.refit(SERIES, model);
        assertEquals(CombinedModel.combine(GjrForecaster.GAUSSIAN.refit(SERIES, gjr).forecastVolatility(1),
                EwmaForecaster.RISKMETRICS.refit(SERIES, ewma).forecastVolatility(1)), refitted.forecastVolatility(1), 0.0);
        assertEquals(Math.max(GjrForecaster.GAUSSIAN.minimumHistory(), EwmaForecaster.RISKMETRICS.minimumHistory()),
                GJR_EWMA.minimumHistory());
    }

    @Test
    void continueFrom_updatesTheStoredFirstPart_andFitsTheOthersOnTheWholeHistory() {
        VolatilityModel storedGjr = GjrForecaster.GAUSSIAN.fit(SERIES.slice(0, 600));
        CombinedModel continued = GJR_EWMA.continueFrom(SERIES, storedGjr);
        assertEquals(storedGjr.update(SERIES).forecastVolatility(1), continued.parts().get(0).forecastVolatility(1), 0.0,
                "the stored part learns the new days; it is not refitted");
        assertEquals(EwmaForecaster.RISKMETRICS.fit(SERIES).forecastVolatility(1),
                continued.parts().get(1).forecastVolatility(1), 0.0);

        VolatilityModel upToDate = GjrForecaster.GAUSSIAN.fit(SERIES);
        assertSame(upToDate, GJR_EWMA.continueFrom(SERIES, upToDate).parts().get(0), "a stored part at the date is used");
        assertSame(upToDate, GJR_EWMA.continueFrom(SERIES, new CombinedModel(List.of(upToDate,
                EwmaForecaster.RISKMETRICS.fit(SERIES)))).parts().get(0), "a stored combination gives its first part");
    }

    @Test
    void refuses_fewerThanTwoParts_aPartTwice_andPartsOfDifferentDays() {
        assertThrows(IllegalArgumentException.class, () -> new CombinedForecaster(List.of(GjrForecaster.GAUSSIAN)));
        assertThrows(IllegalArgumentException.class,
                () -> new CombinedForecaster(List.of(GjrForecaster.GAUSSIAN, GjrForecaster.GAUSSIAN)));
        assertThrows(IllegalArgumentException.class, () -> new CombinedModel(List.of(
                GjrForecaster.GAUSSIAN.fit(SERIES), EwmaForecaster.RISKMETRICS.fit(SERIES.slice(0, 600)))));
    }
}
