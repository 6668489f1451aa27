package org.lstmrisk.io;

/**
 * One row of a weights file. This class is immutable and thread-safe.
 *
 * @param ticker the ticker
 * @param weight fraction of portfolio value (negative for a short)
 * @param line   the 1-based line it was read from
 */
public record WeightEntry(String ticker, double weight, int line) {

    /** Validates a non-blank ticker, a finite weight and a non-negative line (0 when not read from a file). */
    public WeightEntry {
        java.util.Objects.requireNonNull(ticker, "ticker");
        if (ticker.isBlank()) {
            throw new IllegalArgumentException("ticker must not be blank");
        }
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException(ticker + ": weight must be finite, was " + weight);
        }
        if (line < 0) {
            throw new IllegalArgumentException(ticker + ": line must be >= 0, was " + line);
        }
    }
}
