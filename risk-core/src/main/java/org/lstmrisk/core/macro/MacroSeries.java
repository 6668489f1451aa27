package org.lstmrisk.core.macro;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
public record MacroSeries(String name, List<LocalDate> periodStarts, List<LocalDate> publicationDates, double[] values) implements java.io.Serializable {

    /**
     * Validates a non-blank name, at least one observation, equal lengths, strictly ascending period starts,
     * non-decreasing publication dates, publication on or after the period start, and finite values.
     * Copies the lists and the array.
     */
    public MacroSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(periodStarts, "periodStarts");
        Objects.requireNonNull(publicationDates, "publicationDates");
        Objects.requireNonNull(values, "values");
        if (name.isBlank()) {
            throw new IllegalArgumentException("macro series name must not be blank");
        }
        periodStarts = List.copyOf(periodStarts);
        publicationDates = List.copyOf(publicationDates);
        values = values.clone();
        int n = periodStarts.size();
        if (n == 0) {
            throw new IllegalArgumentException(name + ": a macro series needs at least one observation");
        }
        if (publicationDates.size() != n || values.length != n) {
            throw new IllegalArgumentException(name + ": " + n + " period starts, " + publicationDates.size()
                    + " publication dates and " + values.length + " values; the lengths must be equal");
        }
        for (int i = 0; i < n; i++) {
            LocalDate start = periodStarts.get(i);
            LocalDate published = publicationDates.get(i);
            if (i > 0 && !start.isAfter(periodStarts.get(i - 1))) {
                throw new IllegalArgumentException(name + ": period starts must be strictly ascending, but "
                        + start + " follows " + periodStarts.get(i - 1));
            }
            if (i > 0 && published.isBefore(publicationDates.get(i - 1))) {
                throw new IllegalArgumentException(name + ": publication dates must be ascending, but "
                        + published + " follows " + publicationDates.get(i - 1));
            }
            if (published.isBefore(start)) {
                throw new IllegalArgumentException(name + ": the value for the period starting " + start
                        + " cannot be published before it, on " + published);
            }
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + ": value for the period starting " + start
                        + " must be finite, was " + values[i]);
            }
        }
    }

    /** Number of observations. */
    public int size() {
        return values.length;
    }

    /** The latest value published on or before {@code day}, or empty when none was yet published. */
    public OptionalDouble valueAsOf(LocalDate day) {
        int k = lastPublishedBy(day);
        return k < 0 ? OptionalDouble.empty() : OptionalDouble.of(values[k]);
    }

    /**
     * The period-on-period log growth ln(x_k / x_{k−1}) of the latest value published on or before {@code day},
     * or empty when fewer than two values were published by then, or when x_k or x_{k−1} is not positive
     * (the log growth is then undefined).
     */
    public OptionalDouble growthAsOf(LocalDate day) {
        int k = lastPublishedBy(day);
        if (k < 1 || values[k] <= 0 || values[k - 1] <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.log(values[k] / values[k - 1]));
    }

    /** Index of the last observation whose publication date is on or before {@code day}, or -1. */
    private int lastPublishedBy(LocalDate day) {
        Objects.requireNonNull(day, "day");
        int lo = 0;
        int hi = publicationDates.size();
        // first index whose publication date is after day
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (publicationDates.get(mid).isAfter(day)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo - 1;
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MacroSeries m
                && name.equals(m.name) && periodStarts.equals(m.periodStarts)
                && publicationDates.equals(m.publicationDates) && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, periodStarts, publicationDates, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "MacroSeries[" + name + ", " + values.length + " values, periods " + periodStarts.get(0) + ".."
                + periodStarts.get(values.length - 1) + "]";
    }
}
