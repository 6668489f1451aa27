package org.lstmrisk.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.forecast.EwmaForecaster;
import org.lstmrisk.core.progress.Progress;
import org.lstmrisk.io.MarketData;
import org.lstmrisk.io.SuspectJump;
import org.lstmrisk.portfolio.SampleCorrelation;

/**
 * An evaluation over two exchange calendars: each ticker is walked forward over its own trading days, a date it did
 * not trade carries its last forecast and is not scored for it; and the days excluded for a suspect jump.
 */
class EvaluatorCalendarsTest {

    @Test
    void eachTickerOnItsOwnDays_closedDatesCarryTheLastForecastAndAreNotScored() {
        MarketData market = TwoCalendars.market();
        var lineup = new ModelLineup(List.of("ewma"), List.of(EwmaForecaster.RISKMETRICS));
        Evaluation e = new Evaluator(SampleCorrelation.DEFAULT).evaluate(market, lineup, TwoCalendars.settings(), Progress.SILENT);
        ForecastPanel panel = e.forecasts();
        PriceSeries own = market.prices().tradingDays().series(panel.tickers().get(1));
        PriceSeries a = market.prices().tradingDays().series(panel.tickers().get(0));
        int closedInSpan = 0;
        for (int t = 0; t < panel.days(); t++) {
            LocalDate d = panel.dates().get(t);
            boolean trades = own.indexOf(d) >= 0;
            assertEquals(trades, panel.traded(1, t), d.toString());
            assertTrue(panel.traded(0, t));
            // independent: a model fitted on B's own days up to its last trading day on or before d
            PriceSeries upTo = own.truncatedTo(d);
            double expected = EwmaForecaster.RISKMETRICS.fit(upTo).forecastVolatility(1);
            assertEquals(expected, panel.forecast()[0][1][t], 1e-12, d.toString());
            assertEquals(EwmaForecaster.RISKMETRICS.fit(a.truncatedTo(d)).forecastVolatility(1),
                    panel.forecast()[0][0][t], 1e-12, d.toString());
            closedInSpan += trades ? 0 : 1;
        }
        assertEquals(8, closedInSpan, "every closed date falls in the span");
        assertArrayEquals(new int[] {0, 8}, e.scored().notTraded());
        assertFalse(e.data().quiet());
        assertTrue(e.data().severalCalendars());
    }

    @Test
    void jumpDays_markTheForecastsWhoseRealisedWindowHoldsTheJump() {
        var dates = new ArrayList<LocalDate>();
        for (int i = 0; i < 10; i++) {
            dates.add(LocalDate.of(2024, 1, 1).plusDays(i));
        }
        double[][][] f = new double[1][1][10];
        var panel = new ForecastPanel(dates, List.of("X"), List.of("m"), f, new double[1][10], new int[1][1]);
        var jump = List.of(new SuspectJump("X", dates.get(5), -0.5, SuspectJump.REVERSED, dates.get(6)),
                new SuspectJump("Y", dates.get(2), -0.5, SuspectJump.REVERSED, dates.get(3)));
        boolean[] h1 = Evaluator.jumpDays(panel, jump, 1)[0];
        boolean[] h2 = Evaluator.jumpDays(panel, jump, 2)[0];
        for (int t = 0; t < 10; t++) {
            assertEquals(t == 4, h1[t], "h=1, t=" + t);
            assertEquals(t == 3 || t == 4, h2[t], "h=2, t=" + t);
        }
    }
}
