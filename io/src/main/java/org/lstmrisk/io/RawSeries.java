package org.lstmrisk.io;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One ticker's validated rows from one file, before calendar alignment, with the line each row came from.
 * Open, high and low are all present or all {@code null}; volume may be {@code null}. Prices are already
 * on the adjusted-close scale when the file has an adjusted close. Arrays are owned, not copied: package use only.
 * {@code nullRows} rows were skipped as all-{@code null}; {@code suspensionRows} suspension rows were found, and
 * dropped from the rows here when {@code suspensionsDropped}, else kept in them.
 */
record RawSeries(String ticker, Path source, String dateField, String priceColumn, LocalDate[] dates, int[] lines,
                 double[] open, double[] high, double[] low, double[] close, double[] volume, int nullRows,
                 int suspensionRows, boolean suspensionsDropped) {

    int size() {
        return dates.length;
    }
}
