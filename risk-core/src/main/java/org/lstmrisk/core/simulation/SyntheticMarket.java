package org.lstmrisk.core.simulation;

import java.time.LocalDate;
import org.lstmrisk.core.PriceHistory;

/**
 * Generates a seeded synthetic stock market for demos and tests: daily OHLCV for a number of tickers on
 * weekdays, with GARCH(1,1)-like volatility clustering per ticker and a one-factor (market) plus sector
 * correlation structure. The same parameters and seed give the same prices bit for bit.
 * This class is immutable and thread-safe.
 *
 * @param tickers   number of tickers, named {@code SYN01}, {@code SYN02}, …
 * @param days      number of trading days
 * @param startDate first trading day (moved to the next weekday when it is a weekend)
 * @param seed      random seed
 */
public record SyntheticMarket(int tickers, int days, LocalDate startDate, long seed) {

    /** The demo market: 30 tickers, 2520 trading days (about ten years) from 2015-01-02, seed 20240308. */
    public static final SyntheticMarket DEMO = new SyntheticMarket(30, 2520, LocalDate.of(2015, 1, 2), 20240308L);

    /** Validates positive sizes. */
    public SyntheticMarket {
        if (tickers < 1 || days < 2) {
            throw new IllegalArgumentException("need at least 1 ticker and 2 days, got " + tickers + " and " + days);
        }
        java.util.Objects.requireNonNull(startDate, "startDate");
    }

    /** Generates the market. */
    public PriceHistory generate() {
        throw new UnsupportedOperationException("TODO");
    }
}
