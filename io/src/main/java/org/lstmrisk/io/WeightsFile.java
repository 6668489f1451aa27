package org.lstmrisk.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Portfolio weights as read from a CSV file {@code ticker,weight}, in file order. This class is immutable
 * and thread-safe.
 *
 * @param source  the file
 * @param entries one per ticker, unique tickers
 */
public record WeightsFile(Path source, List<WeightEntry> entries) {

    /** Copies the list and checks that tickers are unique. */
    public WeightsFile {
        entries = List.copyOf(entries);
        var seen = new java.util.HashSet<String>();
        for (WeightEntry e : entries) {
            if (!seen.add(e.ticker())) {
                throw new IllegalArgumentException("ticker " + e.ticker() + " has two weights");
            }
        }
    }
}
