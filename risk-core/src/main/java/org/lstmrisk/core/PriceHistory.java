package org.lstmrisk.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The price series of several tickers, in a fixed ticker order.
 *
 * <p>Series may start and end on different dates (a later listing); on the dates a series covers it has
 * no holes relative to the calendar (the union of all dates): the reader fills or refuses gaps before
 * building this. This class is immutable and thread-safe.
 */
public record PriceHistory(List<PriceSeries> series) {

    /** Validates that tickers are unique and series are non-empty. */
    public PriceHistory {
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a price history needs at least one ticker");
        }
        var seen = new java.util.HashSet<String>();
        for (PriceSeries s : series) {
            if (!seen.add(s.ticker())) {
                throw new IllegalArgumentException("ticker " + s.ticker() + " appears twice");
            }
            if (s.size() == 0) {
                throw new IllegalArgumentException("ticker " + s.ticker() + " has no prices");
            }
        }
    }

    /** Tickers in order. */
    public List<String> tickers() {
        return series.stream().map(PriceSeries::ticker).toList();
    }

    /** The series of {@code ticker}. */
    public PriceSeries series(String ticker) {
        for (PriceSeries s : series) {
            if (s.ticker().equals(ticker)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no prices for ticker " + ticker);
    }

    /** True when the history has prices for {@code ticker}. */
    public boolean contains(String ticker) {
        return series.stream().anyMatch(s -> s.ticker().equals(ticker));
    }

    /** The sorted union of all dates. */
    public List<LocalDate> calendar() {
        List<LocalDate> union = series.get(0).dates();
        for (int i = 1; i < series.size(); i++) {
            union = union(union, series.get(i).dates());
        }
        return List.copyOf(union);
    }

    /** The union of two strictly increasing date lists, merged in one pass ({@code a} itself when they are equal). */
    private static List<LocalDate> union(List<LocalDate> a, List<LocalDate> b) {
        if (a.equals(b)) {
            return a;
        }
        var out = new java.util.ArrayList<LocalDate>(Math.max(a.size(), b.size()));
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            int c = a.get(i).compareTo(b.get(j));
            if (c <= 0) {
                out.add(a.get(i++));
                if (c == 0) {
                    j++;
                }
            } else {
                out.add(b.get(j++));
            }
        }
        out.addAll(a.subList(i, a.size()));
        out.addAll(b.subList(j, b.size()));
        return out;
    }

    /** The earliest first date over all tickers. */
    public LocalDate firstDate() {
        return series.stream().map(PriceSeries::firstDate).min(LocalDate::compareTo).orElseThrow();
    }

    /** The last date that every ticker has reached: the default as-of date. */
    public LocalDate lastCommonDate() {
        return series.stream().map(PriceSeries::lastDate).min(LocalDate::compareTo).orElseThrow();
    }

    /** The latest last date over all tickers. */
    public LocalDate lastDate() {
        return series.stream().map(PriceSeries::lastDate).max(LocalDate::compareTo).orElseThrow();
    }

    /**
     * Everything known at the close of {@code asOf}: each series cut after {@code asOf}; tickers with no
     * data on or before {@code asOf} are dropped.
     */
    public PriceHistory truncatedTo(LocalDate asOf) {
        var kept = new ArrayList<PriceSeries>();
        for (PriceSeries s : series) {
            if (!s.firstDate().isAfter(asOf)) {
                kept.add(s.truncatedTo(asOf));
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("no ticker has data on or before " + asOf);
        }
        return new PriceHistory(kept);
    }

    /** The same history restricted to {@code tickers}, in that order. */
    public PriceHistory select(List<String> tickers) {
        Map<String, PriceSeries> byTicker = new LinkedHashMap<>();
        for (String t : tickers) {
            byTicker.put(Objects.requireNonNull(t), series(t));
        }
        return new PriceHistory(new ArrayList<>(byTicker.values()));
    }

    /**
     * Daily log returns of {@code tickers} over the {@code windowDays} trading days ending at {@code asOf}
     * (inclusive), as a matrix of {@code windowDays} rows (oldest first) and one column per ticker.
     * Uses the {@code windowDays + 1} calendar dates ending at {@code asOf}; every ticker must have a
     * price on each of them.
     *
     * @throws IllegalArgumentException when {@code asOf} is not a calendar date, the calendar is too short,
     *                                  or a ticker lacks a price in the window
     */
    public double[][] logReturnWindow(List<String> tickers, LocalDate asOf, int windowDays) {
        if (windowDays < 2) {
            throw new IllegalArgumentException("window must be at least 2 days, was " + windowDays);
        }
        List<LocalDate> cal = calendar();
        int end = cal.indexOf(asOf);
        if (end < 0) {
            throw new IllegalArgumentException(asOf + " is not a trading date of the data");
        }
        int start = end - windowDays;
        if (start < 0) {
            throw new IllegalArgumentException("the data has only " + end + " returns up to " + asOf
                    + ", fewer than the " + windowDays + "-day window");
        }
        double[][] out = new double[windowDays][tickers.size()];
        for (int j = 0; j < tickers.size(); j++) {
            PriceSeries s = series(tickers.get(j));
            int i0 = s.indexOf(cal.get(start));
            if (i0 < 0 || s.indexOf(asOf) != i0 + windowDays) {
                throw new IllegalArgumentException(s.ticker() + " has no complete price history over the "
                        + windowDays + " days ending " + asOf + " (its data starts " + s.firstDate() + ")");
            }
            for (int t = 0; t < windowDays; t++) {
                out[t][j] = Math.log(s.close(i0 + t + 1)) - Math.log(s.close(i0 + t));
            }
        }
        return out;
    }
}
