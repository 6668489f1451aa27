package org.lstmrisk.nightly.run;

import org.lstmrisk.io.ExcludedTicker;
import org.lstmrisk.report.Universe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.io.WeightEntry;
import org.lstmrisk.io.WeightsFile;

/**
 * Chooses the positions of a run. With a weights file, every ticker in it must have data and enough history
 * at the as-of date, else the run is refused (exit 2). Without one, the portfolio is equally weighted over
 * the tickers that have enough history; the others are listed as excluded with the reason.
 * This class is immutable and thread-safe.
 */
public final class UniverseSelector {

    /**
     * Selects the positions.
     *
     * @param history       prices up to and including {@code asOf} only
     * @param asOf          the as-of date
     * @param weights       the weights file, or {@code null} for equal weights
     * @param neededPrices  prices a ticker needs up to {@code asOf} (correlation window and model)
     */
    public Universe select(PriceHistory history, LocalDate asOf, WeightsFile weights, int neededPrices) {
        List<LocalDate> calendar = history.calendar();
        if (weights != null) {
            return fromWeightsFile(history, asOf, weights, neededPrices, calendar);
        }
        var tickers = new ArrayList<String>();
        var excluded = new ArrayList<ExcludedTicker>();
        for (PriceSeries s : history.series()) {
            Optional<String> problem = shortfall(s, asOf, neededPrices, calendar);
            if (problem.isPresent()) {
                excluded.add(new ExcludedTicker(s.ticker(), problem.get()));
            } else {
                tickers.add(s.ticker());
            }
        }
        if (tickers.isEmpty()) {
            throw new UserInputException("no ticker has the " + neededPrices + " prices up to " + asOf
                    + " that the run needs; choose a later --as-of date or a shorter correlation window");
        }
        double[] w = new double[tickers.size()];
        java.util.Arrays.fill(w, 1.0 / tickers.size());
        return new Universe(tickers, w, "equal", excluded);
    }

    private static Universe fromWeightsFile(PriceHistory history, LocalDate asOf, WeightsFile weights,
                                            int neededPrices, List<LocalDate> calendar) {
        var tickers = new ArrayList<String>();
        double[] w = new double[weights.entries().size()];
        int k = 0;
        for (WeightEntry e : weights.entries()) {
            String where = weights.source() + ", line " + e.line() + ", field 'ticker': ";
            if (!history.contains(e.ticker())) {
                throw new UserInputException(where + "no price data for ticker " + e.ticker()
                        + " on or before " + asOf);
            }
            Optional<String> problem = shortfall(history.series(e.ticker()), asOf, neededPrices, calendar);
            if (problem.isPresent()) {
                throw new UserInputException(where + e.ticker() + " cannot be risked at " + asOf + ": " + problem.get());
            }
            tickers.add(e.ticker());
            w[k++] = e.weight();
        }
        return new Universe(tickers, w, weights.source().toString(), List.of());
    }

    /** Why {@code s} cannot be a position at {@code asOf}, or empty when it can. */
    private static Optional<String> shortfall(PriceSeries s, LocalDate asOf, int neededPrices, List<LocalDate> calendar) {
        if (!s.lastDate().equals(asOf)) {
            return Optional.of("no price on " + asOf + " (its data ends " + s.lastDate() + ")");
        }
        int end = calendar.size() - 1;
        int start = end - (neededPrices - 1);
        if (s.size() < neededPrices || start < 0 || s.indexOf(calendar.get(start)) < 0) {
            return Optional.of("listed from " + s.firstDate() + ": " + s.size() + " prices up to " + asOf
                    + ", " + neededPrices + " needed");
        }
        return Optional.empty();
    }
}
