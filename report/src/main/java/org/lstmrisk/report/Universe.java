package org.lstmrisk.report;

import org.lstmrisk.io.ExcludedTicker;

import java.util.List;

/**
 * The positions of a run: tickers and their weights (fractions of portfolio value), where the weights came
 * from, and the tickers of the data that were left out. This class is immutable and thread-safe.
 *
 * @param tickers       the positions, in report order
 * @param weights       one weight per ticker
 * @param weightsSource the weights file, or {@code "equal"}
 * @param excluded      tickers with data that are not positions because they lack history at the as-of date
 */
public record Universe(List<String> tickers, double[] weights, String weightsSource, List<ExcludedTicker> excluded) {

    /** Validates matching sizes and copies. */
    public Universe {
        tickers = List.copyOf(tickers);
        weights = weights.clone();
        excluded = List.copyOf(excluded);
        if (tickers.size() != weights.length) {
            throw new IllegalArgumentException(tickers.size() + " tickers but " + weights.length + " weights");
        }
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }
}
