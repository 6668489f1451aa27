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

    /** Copies the list. */
    public WeightsFile {
        entries = List.copyOf(entries);
    }
}
