package org.lstmrisk.core.macro;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A low-frequency macroeconomic series (e.g. quarterly real GDP) with the date each observation became
 * public. A value is visible on day d only if its publication date is on or before d, so no trading day sees
 * a figure before it was published. This class is immutable and thread-safe.
 *
 * @param name             series name, e.g. {@code GDPC1}
 * @param periodStarts     first day of each observation's period, ascending
 * @param publicationDates the day each observation became known, ascending
 * @param values           the observations, in the source's units
 */
public record MacroSeries(String name, List<LocalDate> periodStarts, List<LocalDate> publicationDates, double[] values) {

    /** Validates equal lengths, ascending dates, publication on or after the period start, and finite values. */
    public MacroSeries {
        throw new UnsupportedOperationException("TODO");
    }

    /** The latest value published on or before {@code day}, or empty when none was yet published. */
    public OptionalDouble valueAsOf(LocalDate day) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * The period-on-period log growth ln(x_k / x_{k−1}) of the latest value published on or before {@code day},
     * or empty when fewer than two values were published by then.
     */
    public OptionalDouble growthAsOf(LocalDate day) {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
