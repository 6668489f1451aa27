package org.lstmrisk.io;

import java.util.Objects;

/**
 * The prices a run works on and where they came from. This class is immutable and thread-safe.
 *
 * @param prices      the aligned prices with coverage and fingerprint
 * @param description a human-readable source, e.g. the data path or {@code synthetic market (seed 20240308)}
 */
public record MarketData(LoadedPrices prices, String description) {

    /** Checks for nulls. */
    public MarketData {
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(description, "description");
    }
}
