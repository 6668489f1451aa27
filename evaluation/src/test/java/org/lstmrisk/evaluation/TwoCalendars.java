package org.lstmrisk.evaluation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.forecast.WalkForwardWindow;
import org.lstmrisk.core.simulation.SyntheticMarket;
import org.lstmrisk.io.DataPolicy;
import org.lstmrisk.io.LoadedPrices;
import org.lstmrisk.io.MarketData;
import org.lstmrisk.io.TickerCoverage;

/** A test market on two exchange calendars: ticker B did not trade on the {@link #CLOSED} days of A's calendar. */
final class TwoCalendars {

    private TwoCalendars() {
    }

    static final Set<Integer> CLOSED = Set.of(300, 301, 302, 303, 304, 305, 306, 350);

    /** B without the closed days, and B carried onto the full calendar over them. */
    static MarketData market() {
        PriceHistory h = new SyntheticMarket(2, 420, LocalDate.of(2020, 1, 1), 7L).generate();
        PriceSeries a = h.series().get(0);
        PriceSeries b = h.series().get(1);
        var dates = new ArrayList<LocalDate>();
        var close = new ArrayList<Double>();
        double[] carried = b.close();
        for (int i = 0; i < b.size(); i++) {
            if (CLOSED.contains(i)) {
                carried[i] = carried[i - 1];
            } else {
                dates.add(b.date(i));
                close.add(b.close(i));
            }
        }
        PriceSeries own = PriceSeries.ofCloses(b.ticker(), dates, close.stream().mapToDouble(Double::doubleValue)
                .toArray());
        PriceSeries union = PriceSeries.ofCloses(b.ticker(), b.dates(), carried);
        PriceSeries aCloses = PriceSeries.ofCloses(a.ticker(), a.dates(), a.close());
        var coverage = List.of(
                new TickerCoverage(a.ticker(), Path.of("a.csv"), a.firstDate(), a.lastDate(), a.size(), 0, "Close"),
                new TickerCoverage(b.ticker(), Path.of("b.csv"), b.firstDate(), b.lastDate(), own.size(),
                        CLOSED.size(), "Close"));
        var loaded = new LoadedPrices(new PriceHistory(List.of(aCloses, union)), new PriceHistory(List.of(aCloses, own)),
                coverage, "sha256:test", DataPolicy.DEFAULT);
        return new MarketData(loaded, "two calendars");
    }

    static EvaluationSettings settings() {
        return new EvaluationSettings(List.of("ewma"), null, null, 1, 20, WalkForwardWindow.EXPANDING, 0,
                "close-to-close", 0.99, 0.1, 2, 252, 5, 0.94, 1, Path.of("out"));
    }
}
