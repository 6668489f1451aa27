package org.lstmrisk.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.forecast.EwmaForecaster;
import org.lstmrisk.core.forecast.WalkForwardWindow;
import org.lstmrisk.core.simulation.SyntheticMarket;

/** The span and universe of an evaluation: history before the first forecast, full data, nothing after --to. */
class SpanSelectorTest {

    private static final ModelLineup EWMA = new ModelLineup(List.of("ewma"), List.of(EwmaForecaster.RISKMETRICS));

    private static PriceHistory withLateListing() {
        PriceHistory h = new SyntheticMarket(3, 600, LocalDate.of(2020, 1, 1), 3L).generate();
        var series = new ArrayList<>(h.series());
        PriceSeries s = series.remove(2);
        series.add(s.slice(200, s.size()));
        return new PriceHistory(series);
    }

    private static EvaluationSettings settings(LocalDate from, LocalDate to) {
        return new EvaluationSettings(List.of("ewma"), from, to, 1, 20, WalkForwardWindow.EXPANDING, 0,
                "close-to-close", 0.99, 0.1, 2, 252, 5, 0.94, 1, Path.of("out"));
    }

    @Test
    void defaultSpan_startsWhenTheCorrelationWindowIsFull_andExcludesTheLateListingWithAReason() {
        PriceHistory h = withLateListing();
        EvaluationSpan span = new SpanSelector().select(h, settings(null, null), EWMA);
        List<LocalDate> calendar = h.calendar();
        assertEquals(253, span.neededPrices());
        assertEquals(calendar.get(252), span.firstAsOf());
        assertEquals(calendar.get(calendar.size() - 2), span.lastAsOf());
        assertEquals(List.of("SYN01", "SYN02"), span.tickers());
        assertEquals("SYN03", span.excluded().get(0).ticker());
        assertTrue(span.excluded().get(0).reason().contains("253 prices"), span.excluded().get(0).reason());
        assertEquals(0.5, span.weights()[0]);
    }

    @Test
    void to_cutsTheHistory_soNoLaterPriceIsSeen() {
        PriceHistory h = withLateListing();
        LocalDate to = h.calendar().get(500);
        EvaluationSpan span = new SpanSelector().select(h, settings(null, to), EWMA);
        assertEquals(to, span.lastDate());
        for (PriceSeries s : span.history().series()) {
            assertEquals(to, s.lastDate());
        }
    }

    @Test
    void fromTooEarly_isRefusedNamingTheEarliestDate() {
        PriceHistory h = withLateListing();
        var e = assertThrows(UserInputException.class,
                () -> new SpanSelector().select(h, settings(h.calendar().get(10), null), EWMA));
        assertTrue(e.getMessage().contains(h.calendar().get(252).toString()), e.getMessage());
    }
}
