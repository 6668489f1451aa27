package org.lstmrisk.core.forecast;

import java.time.LocalDate;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.TestPrices;
import org.lstmrisk.core.simulation.Garch11Process;

/** Price series built from given or simulated daily log returns, for forecaster tests. */
final class SimulatedPrices {

    private SimulatedPrices() {
    }

    /** Closes 100·exp(cumulative sum of {@code returns}) on weekdays from 2000-01-03: returns.length + 1 prices. */
    static PriceSeries fromReturns(String ticker, double[] returns) {
        double[] c = new double[returns.length + 1];
        c[0] = 100;
        for (int i = 0; i < returns.length; i++) {
            c[i + 1] = c[i] * Math.exp(returns[i]);
        }
        return PriceSeries.ofCloses(ticker, TestPrices.weekdays(LocalDate.of(2000, 1, 3), c.length), c);
    }

    /** A closes-only series whose returns follow {@code process}. */
    static PriceSeries garch(String ticker, Garch11Process process, int days, long seed) {
        return fromReturns(ticker, process.simulate(days, seed).returns());
    }
}
