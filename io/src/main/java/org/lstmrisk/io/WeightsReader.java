package org.lstmrisk.io;

import java.nio.file.Path;

/**
 * Reads a weights file: CSV with header {@code ticker,weight} (case-insensitive), one row per ticker.
 * A missing file, a missing column, an empty or non-numeric or non-finite weight, a blank or duplicate
 * ticker, or no rows at all is a {@link DataInputException} naming file, line and field. This class is
 * immutable and thread-safe.
 */
public final class WeightsReader {

    /** Reads {@code file}. */
    public WeightsFile read(Path file) throws DataInputException {
        throw new UnsupportedOperationException("TODO");
    }
}
