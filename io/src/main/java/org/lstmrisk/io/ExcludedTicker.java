package org.lstmrisk.io;

/**
 * A ticker present in the data but left out of an equally weighted portfolio, and why.
 * This class is immutable and thread-safe.
 *
 * @param ticker the ticker
 * @param reason e.g. {@code "listed 2019-03-20: 70 prices up to the as-of date, 253 needed"}
 */
public record ExcludedTicker(String ticker, String reason) {
}
