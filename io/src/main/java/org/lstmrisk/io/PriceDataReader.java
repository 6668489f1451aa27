package org.lstmrisk.io;

import java.nio.file.Path;

/**
 * Reads daily prices with Tablesaw from one of:
 * <ul>
 *   <li>a folder of per-ticker CSV files ({@code AAPL.csv} → ticker {@code AAPL}) in the Yahoo layout
 *       {@code Date,Open,High,Low,Close,Adj Close,Volume}, or without {@code Adj Close};</li>
 *   <li>one such file (the ticker is the file name without extension, upper case);</li>
 *   <li>one long-format file with a {@code ticker} column ({@code date,ticker,open,high,low,close,adj close,volume};
 *       header names are case-insensitive; only date, ticker and close are required).</li>
 * </ul>
 * Dates are ISO {@code yyyy-MM-dd} or {@code dd-MM-yy} (as in the shipped S&amp;P 500 file); one pattern per
 * file, chosen from the first data row, every other row must match it. Every row is checked: a missing
 * or non-numeric or non-positive price, an empty or {@code null} cell, a duplicate or out-of-order or
 * unparseable date, or high below low is a {@link DataInputException} naming file, line and field. Nothing
 * is dropped silently. Tickers are then aligned on the common calendar under the {@link GapPolicy}.
 * This class is immutable and thread-safe.
 */
public final class PriceDataReader {

    private final GapPolicy gapPolicy;

    /** A reader that treats gaps by {@code gapPolicy}. */
    public PriceDataReader(GapPolicy gapPolicy) {
        this.gapPolicy = java.util.Objects.requireNonNull(gapPolicy, "gapPolicy");
    }

    /**
     * Reads a folder or a file.
     *
     * @throws DataInputException when the path does not exist, holds no CSV file, or any row is bad
     */
    public LoadedPrices read(Path path) throws DataInputException {
        throw new UnsupportedOperationException("TODO");
    }
}
