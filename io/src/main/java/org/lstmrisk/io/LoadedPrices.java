package org.lstmrisk.io;

import java.util.List;
import org.lstmrisk.core.PriceHistory;

/**
 * Prices read from files, aligned on a common calendar, with per-ticker coverage and a fingerprint of the
 * input bytes. This class is immutable and thread-safe.
 *
 * @param history     the aligned prices
 * @param coverage    one entry per ticker, in history order
 * @param fingerprint {@code sha256:<hex>} over the input files' names and bytes, in sorted name order
 */
public record LoadedPrices(PriceHistory history, List<TickerCoverage> coverage, String fingerprint) {

    /** Copies the coverage list and checks that it has one entry per ticker, in history order. */
    public LoadedPrices {
        java.util.Objects.requireNonNull(history, "history");
        java.util.Objects.requireNonNull(fingerprint, "fingerprint");
        coverage = List.copyOf(coverage);
        List<String> covered = coverage.stream().map(TickerCoverage::ticker).toList();
        if (!covered.equals(history.tickers())) {
            throw new IllegalArgumentException("coverage is for " + covered + " but the history holds "
                    + history.tickers());
        }
    }
}
