package org.lstmrisk.experiments;

import java.util.List;

/**
 * The S&amp;P 500 window-normalisation experiment's set-up (the tutorial's {@code config.json}): windows of
 * {@code window} rows of (close, volume), each normalised by its first row; the first {@code window − 1} rows
 * predict the last row's normalised close. This class is immutable and thread-safe.
 *
 * @param window         rows per window, inputs plus the target (tutorial: 50)
 * @param trainShare     the chronological share of rows for training (tutorial: 0.85)
 * @param recurrentSizes LSTM layers (tutorial: 100, 100, 100)
 * @param dropout        dropout probability on the inputs of every layer above the first (tutorial: 0.2)
 * @param epochs         training epochs (tutorial: 2)
 * @param batchSize      samples per Adam step (tutorial: 32)
 * @param seed           seeds the weights, shuffling and dropout
 */
public record Sp500Settings(int window, double trainShare, List<Integer> recurrentSizes, double dropout, int epochs,
        int batchSize, long seed) {

    /** Validates and copies. */
    public Sp500Settings {
        if (window < 3 || !(trainShare > 0 && trainShare < 1) || epochs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("need window >= 3, 0 < trainShare < 1, positive epochs and batch; were "
                    + window + ", " + trainShare + ", " + epochs + ", " + batchSize);
        }
        recurrentSizes = List.copyOf(recurrentSizes);
    }

    /** The tutorial's set-up with {@code epochs} and {@code seed}. */
    public static Sp500Settings tutorial(int epochs, long seed) {
        return new Sp500Settings(50, 0.85, List.of(100, 100, 100), 0.2, epochs, 32, seed);
    }

    /**
     * The fewest rows that leave at least one multi-sequence of {@code window} steps in the test slice:
     * the test slice needs 2·window rows.
     */
    public int minimumRows() {
        return (int) Math.ceil((2.0 * window + 1) / (1 - trainShare)) + 1;
    }

    /** The multi-sequence horizon: a restart every {@code window} steps, as in the tutorial. */
    public int horizon() {
        return window;
    }
}
