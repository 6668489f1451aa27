package org.lstmrisk.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;

/**
 * Prices read from files, aligned on a common calendar, with each ticker's own trading days, per-ticker coverage,
 * the policy they were read under and a fingerprint of the input bytes. This class is immutable and thread-safe.
 *
 * @param history     the prices on the union calendar: a date a ticker did not trade (inside its own range) carries
 *                    its last close, so its return there is zero and the next trading day's return spans the closure
 * @param tradingDays each ticker's own trading days, what its volatility model sees (the same as {@code history}
 *                    with {@link DataPolicy.Calendars#FILL} or when every ticker trades every date)
 * @param coverage    one entry per ticker, in history order
 * @param fingerprint {@code sha256:<hex>} over the input files' names and bytes, in sorted name order
 * @param policy      the policy the prices were read under
 */
public record LoadedPrices(PriceHistory history, PriceHistory tradingDays, List<TickerCoverage> coverage,
                           String fingerprint, DataPolicy policy) {

    /** Copies the coverage list and checks that it has one entry per ticker, in history order. */
    public LoadedPrices {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(tradingDays, "tradingDays");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(policy, "policy");
        coverage = List.copyOf(coverage);
        List<String> covered = coverage.stream().map(TickerCoverage::ticker).toList();
        if (!covered.equals(history.tickers()) || !covered.equals(tradingDays.tickers())) {
            throw new IllegalArgumentException("coverage is for " + covered + " but the history holds "
                    + history.tickers() + " and the trading days " + tradingDays.tickers());
        }
    }

    /** Prices on one calendar, read under {@link DataPolicy#DEFAULT}: the trading days are the history. */
    public LoadedPrices(PriceHistory history, List<TickerCoverage> coverage, String fingerprint) {
        this(history, history, coverage, fingerprint, DataPolicy.DEFAULT);
    }

    /** True when some ticker lacks some date of the union calendar inside its own range. */
    public boolean severalCalendars() {
        return coverage.stream().anyMatch(c -> c.filledValues() > 0);
    }

    /**
     * Everything known at the close of {@code asOf}: both histories cut after {@code asOf}, the suspect jumps
     * confirmed on or before it (detected on the cut trading days, so none uses a later price), and, under the
     * {@code winsorise} or {@code missing} jump policy, both histories with those jumps treated.
     *
     * @throws IllegalArgumentException when no ticker has data on or before {@code asOf}
     */
    public PricesAsOf asOf(LocalDate asOf) {
        PriceHistory aligned = history.truncatedTo(asOf);
        PriceHistory own = tradingDays.truncatedTo(asOf);
        List<SuspectJump> flags = new ArrayList<>();
        for (PriceSeries s : own.series()) {
            flags.addAll(SuspectJumps.detect(s, policy.jumpThreshold()));
        }
        if (flags.isEmpty() || policy.jumps() == DataPolicy.Jumps.KEEP) {
            return new PricesAsOf(aligned, own, flags, policy);
        }
        var calendar = new TreeSet<LocalDate>(aligned.calendar()).toArray(new LocalDate[0]);
        List<PriceSeries> treatedOwn = new ArrayList<>();
        List<PriceSeries> treatedAligned = new ArrayList<>();
        for (PriceSeries s : own.series()) {
            List<SuspectJump> mine = flags.stream().filter(j -> j.ticker().equals(s.ticker())).toList();
            if (mine.isEmpty()) {
                treatedOwn.add(s);
                treatedAligned.add(aligned.series(s.ticker()));
                continue;
            }
            PriceSeries t = SuspectJumps.apply(s, mine, policy.jumps(), policy.jumpThreshold());
            treatedOwn.add(t);
            treatedAligned.add(CalendarAligner.carryOnto(t, calendar));
        }
        return new PricesAsOf(new PriceHistory(treatedAligned), new PriceHistory(treatedOwn), flags, policy);
    }
}
