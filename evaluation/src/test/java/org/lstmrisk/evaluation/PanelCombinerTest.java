package org.lstmrisk.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.forecast.PastForecastCombination;
import org.lstmrisk.core.forecast.PastForecastCombination.Method;

/** The combinations laid onto a panel whose second ticker trades on another calendar. */
class PanelCombinerTest {

    private static final int DAYS = 420;

    /** Ticker B is closed every 9th day: its forecast carries the last trading day's, its realised value is NaN. */
    private static ForecastPanel panel() {
        var random = new Random(11);
        var dates = new ArrayList<LocalDate>();
        double[][][] f = new double[2][2][DAYS];
        double[][] realised = new double[2][DAYS];
        boolean[][] traded = new boolean[2][DAYS];
        for (int t = 0; t < DAYS; t++) {
            dates.add(LocalDate.of(2020, 1, 1).plusDays(t));
            for (int i = 0; i < 2; i++) {
                traded[i][t] = i == 0 || t % 9 != 4;
                double level = 0.01 * Math.exp(0.3 * Math.sin(t / 40.0 + i));
                if (traded[i][t]) {
                    f[0][i][t] = level * Math.exp(0.2 * random.nextGaussian());
                    f[1][i][t] = level * Math.exp(0.2 * random.nextGaussian());
                    realised[i][t] = level * Math.abs(random.nextGaussian());
                } else {
                    f[0][i][t] = f[0][i][t - 1];
                    f[1][i][t] = f[1][i][t - 1];
                    realised[i][t] = Double.NaN;
                }
            }
        }
        return new ForecastPanel(dates, List.of("A", "B"), List.of("x", "y"), f, realised, new int[2][2], traded);
    }

    @Test
    void eachTickerIsCombinedOnItsOwnTradingDays_andAClosedDateCarriesTheLastCombination() {
        ForecastPanel panel = panel();
        var specs = List.of(CombinationSpec.parse("x+y@weight"), CombinationSpec.parse("x+y"));
        var combined = new PanelCombiner().extend(panel, specs, 1, 63);
        assertEquals(List.of("x", "y", "x+y@weight", "x+y"), combined.panel().models());
        assertTrue(combined.setups().get("x+y@weight").contains("refitted every 63 trading days from day 250"));
        var combination = new PastForecastCombination(1, 250, 63, Method.WEIGHT);
        for (int i = 0; i < 2; i++) {
            var own = new ArrayList<Integer>();
            for (int t = 0; t < DAYS; t++) {
                if (panel.traded(i, t)) {
                    own.add(t);
                }
            }
            double[][] f = new double[2][own.size()];
            double[] r = new double[own.size()];
            for (int k = 0; k < own.size(); k++) {
                f[0][k] = panel.forecast()[0][i][own.get(k)];
                f[1][k] = panel.forecast()[1][i][own.get(k)];
                r[k] = panel.realised()[i][own.get(k)];
            }
            double[] expected = combination.combine(f, r).volatility();
            double[] actual = combined.panel().forecast()[2][i];
            int k = -1;
            for (int t = 0; t < DAYS; t++) {
                k += panel.traded(i, t) ? 1 : 0;
                assertEquals(expected[k], actual[t], 0.0, "ticker " + i + " date " + t);
            }
            if (i == 1) {
                assertTrue(own.size() < DAYS && own.size() > 250 + 63, "B reaches a second fit on its own days");
            }
        }
        assertArrayEquals(new int[] {0, 0}, combined.panel().refitFailures()[2]);
    }
}
