package org.lstmrisk.nightly.state;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which stored models a run must refit from scratch instead of loading: named tickers
 * ({@code --retrain AAPL,MSFT}) and/or every model whose file is unreadable ({@code --retrain-corrupted}).
 * This class is immutable and thread-safe.
 *
 * @param tickers   tickers to refit whatever their file holds
 * @param corrupted refit any ticker whose model file is missing, corrupted or unreadable
 */
public record RetrainRequest(Set<String> tickers, boolean corrupted) {

    /** Retrain nothing. */
    public static final RetrainRequest NONE = new RetrainRequest(Set.of(), false);

    /** Copies the tickers into a sorted set. */
    public RetrainRequest {
        tickers = Set.copyOf(new TreeSet<>(tickers));
    }

    /** True when anything is asked for. */
    public boolean any() {
        return corrupted || !tickers.isEmpty();
    }
}
