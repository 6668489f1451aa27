package org.lstmrisk.io;

/**
 * One row of a weights file. This class is immutable and thread-safe.
 *
 * @param ticker the ticker
 * @param weight fraction of portfolio value (negative for a short)
 * @param line   the 1-based line it was read from
 */
public record WeightEntry(String ticker, double weight, int line) {
}
