package org.lstmrisk.io;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * How one ticker's data was read: source, date range, rows read, values forward-filled under the
 * {@link GapPolicy}, and which column returns come from. This class is immutable and thread-safe.
 *
 * @param ticker       the ticker
 * @param source       the file it came from
 * @param firstDate    first date in the file
 * @param lastDate     last date in the file
 * @param rows         data rows read
 * @param filledValues dates forward-filled
 * @param priceColumn  {@code Adj Close} or {@code Close}
 */
public record TickerCoverage(String ticker, Path source, LocalDate firstDate, LocalDate lastDate, int rows,
                             int filledValues, String priceColumn) {

    /** Validates non-null fields, at least one row, no negative fill count and first date on or before last. */
    public TickerCoverage {
        java.util.Objects.requireNonNull(ticker, "ticker");
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(firstDate, "firstDate");
        java.util.Objects.requireNonNull(lastDate, "lastDate");
        java.util.Objects.requireNonNull(priceColumn, "priceColumn");
        if (rows < 1 || filledValues < 0) {
            throw new IllegalArgumentException(ticker + ": rows must be >= 1 and filled values >= 0, were " + rows
                    + " and " + filledValues);
        }
        if (lastDate.isBefore(firstDate)) {
            throw new IllegalArgumentException(ticker + ": last date " + lastDate + " is before first date "
                    + firstDate);
        }
    }
}
