package org.lstmrisk.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;

/**
 * Aligns tickers on the common calendar (the union of their dates). Inside a ticker's own first..last date,
 * a calendar date it lacks is forward-filled (open = high = low = close = previous close, volume 0) when the
 * run of consecutive missing dates is at most {@link GapPolicy#maxForwardFillDays()}, else refused. Nothing is
 * added before a ticker's first date or after its last. Tickers come out in alphabetical order. Besides the aligned
 * history, the result holds each ticker's own trading days: the rows read, unfilled, with
 * {@link DataPolicy.Calendars#SEPARATE}; the aligned series with {@link DataPolicy.Calendars#FILL}.
 */
final class CalendarAligner {

    private final GapPolicy policy;
    private final DataPolicy.Calendars calendars;

    CalendarAligner(GapPolicy policy) {
        this(policy, DataPolicy.Calendars.SEPARATE);
    }

    CalendarAligner(GapPolicy policy, DataPolicy.Calendars calendars) {
        this.policy = policy;
        this.calendars = calendars;
    }

    /**
     * The aligned history, each ticker's own trading days and the coverage of each ticker, in the same order.
     *
     * @param history     prices on the union calendar (dates a ticker lacks carry its last close)
     * @param tradingDays the prices a ticker's volatility model sees
     * @param coverage    one entry per ticker
     */
    record Result(PriceHistory history, PriceHistory tradingDays, List<TickerCoverage> coverage) {
    }

    Result align(List<RawSeries> input) throws DataInputException {
        List<RawSeries> sorted = new ArrayList<>(input);
        sorted.sort(Comparator.comparing(RawSeries::ticker));
        TreeSet<LocalDate> union = new TreeSet<>();
        for (RawSeries s : sorted) {
            union.addAll(Arrays.asList(s.dates()));
        }
        LocalDate[] calendar = union.toArray(new LocalDate[0]);
        List<PriceSeries> series = new ArrayList<>(sorted.size());
        List<PriceSeries> own = new ArrayList<>(sorted.size());
        List<TickerCoverage> coverage = new ArrayList<>(sorted.size());
        for (RawSeries s : sorted) {
            int filled = fill(s, calendar, series, policy);
            own.add(calendars == DataPolicy.Calendars.FILL ? series.get(series.size() - 1) : own(s));
            coverage.add(new TickerCoverage(s.ticker(), s.source(), s.dates()[0], s.dates()[s.size() - 1], s.size(),
                    filled, s.priceColumn(), s.nullRows(),
                    s.suspensionsDropped() ? s.suspensionRows() : 0,
                    s.suspensionsDropped() ? 0 : s.suspensionRows()));
        }
        PriceHistory history = new PriceHistory(series);
        return new Result(history, calendars == DataPolicy.Calendars.FILL ? history : new PriceHistory(own), coverage);
    }

    /** {@code s} as read, on its own dates. */
    private static PriceSeries own(RawSeries s) {
        return new PriceSeries(s.ticker(), Arrays.asList(s.dates()), s.open(), s.high(), s.low(), s.close(),
                s.volume());
    }

    /**
     * {@code own} carried onto {@code calendar} (sorted, holding every date of {@code own}) between its first and last
     * date, with no gap limit.
     */
    static PriceSeries carryOnto(PriceSeries own, LocalDate[] calendar) {
        var raw = new RawSeries(own.ticker(), java.nio.file.Path.of(own.ticker()), "Date", "Close",
                own.dates().toArray(new LocalDate[0]), new int[own.size()], own.open(), own.high(), own.low(),
                own.close(), own.volume(), 0, 0, false);
        List<PriceSeries> out = new ArrayList<>(1);
        try {
            fill(raw, calendar, out, GapPolicy.UNLIMITED);
        } catch (DataInputException e) {
            throw new IllegalStateException("an unlimited gap policy refused a gap", e);
        }
        return out.get(0);
    }

    /** Adds the aligned series of {@code s} to {@code out}; returns the number of filled dates. */
    private static int fill(RawSeries s, LocalDate[] calendar, List<PriceSeries> out, GapPolicy policy)
            throws DataInputException {
        int from = Arrays.binarySearch(calendar, s.dates()[0]);
        int to = Arrays.binarySearch(calendar, s.dates()[s.size() - 1]);
        int m = to - from + 1;
        boolean range = s.open() != null;
        boolean hasVolume = s.volume() != null;
        double[] open = range ? new double[m] : null;
        double[] high = range ? new double[m] : null;
        double[] low = range ? new double[m] : null;
        double[] close = new double[m];
        double[] volume = hasVolume ? new double[m] : null;
        int j = 0;
        int filled = 0;
        for (int k = 0; k < m; k++) {
            LocalDate day = calendar[from + k];
            if (day.equals(s.dates()[j])) {
                close[k] = s.close()[j];
                if (range) {
                    open[k] = s.open()[j];
                    high[k] = s.high()[j];
                    low[k] = s.low()[j];
                }
                if (hasVolume) {
                    volume[k] = s.volume()[j];
                }
                j++;
                continue;
            }
            // a gap: calendar[from + k .. from + k + run - 1] are missing, s.dates()[j] comes next
            int run = 0;
            while (!calendar[from + k + run].equals(s.dates()[j])) {
                run++;
            }
            if (run > policy.maxForwardFillDays()) {
                throw new DataInputException(s.source(), s.lines()[j], s.dateField(), s.ticker() + " lacks " + run
                        + " consecutive dates of the common calendar " + day + ".." + calendar[from + k + run - 1]
                        + " between "
                        + s.dates()[j - 1] + " and " + s.dates()[j] + "; the gap policy forward-fills at most "
                        + policy.maxForwardFillDays());
            }
            double previous = close[k - 1];
            for (int r = 0; r < run; r++) {
                close[k + r] = previous;
                if (range) {
                    open[k + r] = previous;
                    high[k + r] = previous;
                    low[k + r] = previous;
                }
                if (hasVolume) {
                    volume[k + r] = 0;
                }
            }
            filled += run;
            k += run - 1;
        }
        out.add(new PriceSeries(s.ticker(), Arrays.asList(Arrays.copyOfRange(calendar, from, to + 1)),
                open, high, low, close, volume));
        return filled;
    }
}
