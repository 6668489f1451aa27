package org.lstmrisk.evaluation;

import java.util.List;

/**
 * Accuracy of the per-ticker forecasts: pooled per model, and per ticker. This class is immutable and thread-safe.
 *
 * @param bestBaseline the classical model with the lowest pooled QLIKE, or {@code null} when no baseline was run
 * @param pooled       one entry per model, in lineup order
 * @param tickers      one entry per ticker, in span order
 * @param pooledDays   days of the cross-sectional mean loss series of the pooled Diebold–Mariano tests
 */
public record AccuracyResults(String bestBaseline, List<PooledScore> pooled, List<TickerEvaluation> tickers,
        int pooledDays) {

    /** Copies the lists. */
    public AccuracyResults {
        pooled = List.copyOf(pooled);
        tickers = List.copyOf(tickers);
    }
}
