package org.lstmrisk.io;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * How one ticker's data was read: source, date range, rows read, dates of the union calendar it lacks (carried
 * forward under the {@link GapPolicy}), rows skipped or dropped or kept under the {@link DataPolicy}, and which column
 * returns come from. This class is immutable and thread-safe.
 *
 * @param ticker       the ticker
 * @param source       the file it came from
 * @param firstDate    first date in the file
 * @param lastDate     last date in the file
 * @param rows         data rows read
 * @param filledValues dates of the union calendar, between its first and last date, on which the ticker has no
 *                     price of its own: its last close is carried there (with separate calendars only the
 *                     correlation and the portfolio returns see the carried dates, its volatility model does not)
 * @param priceColumn  {@code Adj Close} or {@code Close}
 * @param nullRows           rows skipped because every value field was {@code null}
 * @param droppedSuspensions suspension rows (zero volume, flat at the previous close) dropped from its own days
 * @param keptSuspensions    suspension rows kept as zero-return days
 */
public record TickerCoverage(String ticker, Path source, LocalDate firstDate, LocalDate lastDate, int rows,
                             int filledValues, String priceColumn, int nullRows, int droppedSuspensions,
                             int keptSuspensions) {

    /** Coverage with nothing skipped, dropped or kept. */
    public TickerCoverage(String ticker, Path source, LocalDate firstDate, LocalDate lastDate, int rows,
                          int filledValues, String priceColumn) {
        this(ticker, source, firstDate, lastDate, rows, filledValues, priceColumn, 0, 0, 0);
    }

    /** True when a policy skipped, dropped, kept or carried any value of this ticker. */
    public boolean touched() {
        return filledValues + nullRows + droppedSuspensions + keptSuspensions > 0;
    }

    /** Validates non-null fields, at least one row, no negative fill count and first date on or before last. */
    public TickerCoverage {
        java.util.Objects.requireNonNull(ticker, "ticker");
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(firstDate, "firstDate");
        java.util.Objects.requireNonNull(lastDate, "lastDate");
        java.util.Objects.requireNonNull(priceColumn, "priceColumn");
        if (nullRows < 0 || droppedSuspensions < 0 || keptSuspensions < 0) {
            throw new IllegalArgumentException(ticker + ": counts must be >= 0");
        }
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
