package org.lstmrisk.experiments;

import java.util.List;

/**
 * The SSE Composite experiment's set-up: the previous {@code window} closes predict the next close, through
 * stacked recurrent layers trained with Adam on MSE. This class is immutable and thread-safe.
 *
 * @param window         closes per input window, at least 1 (published: 7)
 * @param recurrentSizes hidden units of each recurrent layer (published: 32, 32)
 * @param epochs         training epochs, all run; the weights of the best validation epoch are kept (published: 100)
 * @param batchSize      samples per Adam step (published: 32)
 * @param seed           seeds the network weights, the shuffling and the repeats' random splits (published: 2025)
 * @param repeats        runs with random split fractions after the published split (published: 5)
 */
public record SseSettings(int window, List<Integer> recurrentSizes, int epochs, int batchSize, long seed, int repeats) {

    /** Validates and copies. */
    public SseSettings {
        if (window < 1 || epochs < 1 || batchSize < 1 || repeats < 0) {
            throw new IllegalArgumentException("window, epochs and batch size must be positive and repeats "
                    + "non-negative, were " + window + ", " + epochs + ", " + batchSize + ", " + repeats);
        }
        recurrentSizes = List.copyOf(recurrentSizes);
    }

    /** The published set-up with {@code epochs}, {@code repeats} and {@code seed}. */
    public static SseSettings published(int epochs, int repeats, long seed) {
        return new SseSettings(7, List.of(32, 32), epochs, 32, seed, repeats);
    }
}
