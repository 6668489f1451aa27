package org.lstmrisk.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Daily prices of one ticker in ascending date order.
 *
 * <p>{@code close} is the price that returns are computed from: the dividend- and split-adjusted close
 * when the source has one, else the close. When the source has an adjusted close, {@code open},
 * {@code high} and {@code low} are scaled by the same daily factor (adjusted close / close), so that
 * range-based estimators see one consistent price scale. {@code open}, {@code high} and {@code low}
 * are either all present or all {@code null}; {@code volume} may be {@code null}.
 *
 * <p>This class is immutable and thread-safe: arrays are copied in and out.
 */
public record PriceSeries(
        String ticker,
        List<LocalDate> dates,
        double[] open,
        double[] high,
        double[] low,
        double[] close,
        double[] volume) implements java.io.Serializable {

    /** Validates lengths, ordering and price positivity. */
    public PriceSeries {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(close, "close");
        if (ticker.isBlank()) {
            throw new IllegalArgumentException("ticker must not be blank");
        }
        dates = List.copyOf(dates);
        int n = dates.size();
        for (int i = 1; i < n; i++) {
            if (!dates.get(i).isAfter(dates.get(i - 1))) {
                throw new IllegalArgumentException(ticker + ": dates must be strictly increasing, but "
                        + dates.get(i) + " follows " + dates.get(i - 1));
            }
        }
        if ((open == null) != (high == null) || (open == null) != (low == null)) {
            throw new IllegalArgumentException(ticker + ": open, high and low must be all present or all absent");
        }
        close = checkedCopy(ticker, "close", close, n, true);
        open = checkedCopy(ticker, "open", open, n, true);
        high = checkedCopy(ticker, "high", high, n, true);
        low = checkedCopy(ticker, "low", low, n, true);
        volume = checkedCopy(ticker, "volume", volume, n, false);
    }

    /** A series with closes only (no range, no volume). */
    public static PriceSeries ofCloses(String ticker, List<LocalDate> dates, double[] close) {
        return new PriceSeries(ticker, dates, null, null, null, close, null);
    }

    private static double[] checkedCopy(String ticker, String field, double[] values, int n, boolean positive) {
        if (values == null) {
            return null;
        }
        if (values.length != n) {
            throw new IllegalArgumentException(ticker + ": " + field + " has " + values.length
                    + " values but there are " + n + " dates");
        }
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (!Double.isFinite(v) || (positive ? v <= 0 : v < 0)) {
                throw new IllegalArgumentException(ticker + ": " + field + " must be finite and "
                        + (positive ? "positive" : "non-negative") + ", but is " + v + " on " + "index " + i);
            }
        }
        return values.clone();
    }

    /** Number of days. */
    public int size() {
        return dates.size();
    }

    /** The date at index {@code i}. */
    public LocalDate date(int i) {
        return dates.get(i);
    }

    /** The (adjusted) close at index {@code i}, the price returns are computed from. */
    public double close(int i) {
        return close[i];
    }

    /**
     * The (adjusted) open at index {@code i}.
     *
     * @throws IllegalStateException when the series has no open, high and low
     */
    public double open(int i) {
        requireRange();
        return open[i];
    }

    /**
     * The (adjusted) high at index {@code i}.
     *
     * @throws IllegalStateException when the series has no open, high and low
     */
    public double high(int i) {
        requireRange();
        return high[i];
    }

    /**
     * The (adjusted) low at index {@code i}.
     *
     * @throws IllegalStateException when the series has no open, high and low
     */
    public double low(int i) {
        requireRange();
        return low[i];
    }

    private void requireRange() {
        if (open == null) {
            throw new IllegalStateException(ticker + " has no open, high and low prices (closes only)");
        }
    }

    /** First date. */
    public LocalDate firstDate() {
        return dates.get(0);
    }

    /** Last date. */
    public LocalDate lastDate() {
        return dates.get(dates.size() - 1);
    }

    /** True when open, high and low are present, so range-based estimators apply. */
    public boolean hasRange() {
        return open != null;
    }

    /** True when volume is present. */
    public boolean hasVolume() {
        return volume != null;
    }

    /** Index of {@code date}, or -1 when the series has no price on that date. */
    public int indexOf(LocalDate date) {
        int i = Collections.binarySearch(dates, date);
        return i >= 0 ? i : -1;
    }

    /** Index of the last date on or before {@code date}, or -1 when all dates are after it. */
    public int indexAtOrBefore(LocalDate date) {
        int i = Collections.binarySearch(dates, date);
        return i >= 0 ? i : -i - 2;
    }

    /** The prefix of this series up to and including {@code asOf}: nothing after it is visible. */
    public PriceSeries truncatedTo(LocalDate asOf) {
        int end = indexAtOrBefore(asOf) + 1;
        if (end == size()) {
            return this;
        }
        if (end <= 0) {
            throw new IllegalArgumentException(ticker + " has no data on or before " + asOf);
        }
        return slice(0, end);
    }

    /** Days {@code from} (inclusive) to {@code to} (exclusive). */
    public PriceSeries slice(int from, int to) {
        return new PriceSeries(ticker, new ArrayList<>(dates.subList(from, to)),
                range(open, from, to), range(high, from, to), range(low, from, to),
                range(close, from, to), range(volume, from, to));
    }

    private static double[] range(double[] a, int from, int to) {
        return a == null ? null : Arrays.copyOfRange(a, from, to);
    }

    @Override
    public double[] open() {
        return open == null ? null : open.clone();
    }

    @Override
    public double[] high() {
        return high == null ? null : high.clone();
    }

    @Override
    public double[] low() {
        return low == null ? null : low.clone();
    }

    @Override
    public double[] close() {
        return close.clone();
    }

    @Override
    public double[] volume() {
        return volume == null ? null : volume.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriceSeries p
                && ticker.equals(p.ticker) && dates.equals(p.dates)
                && Arrays.equals(open, p.open) && Arrays.equals(high, p.high) && Arrays.equals(low, p.low)
                && Arrays.equals(close, p.close) && Arrays.equals(volume, p.volume);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ticker, dates, Arrays.hashCode(close));
    }

    @Override
    public String toString() {
        return "PriceSeries[" + ticker + ", " + size() + " days"
                + (size() > 0 ? ", " + firstDate() + ".." + lastDate() : "") + "]";
    }
}
