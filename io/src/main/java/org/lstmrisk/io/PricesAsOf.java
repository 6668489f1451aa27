package org.lstmrisk.io;

import java.util.List;
import java.util.Objects;
import org.lstmrisk.core.PriceHistory;

/**
 * What the data shows at the close of one as-of date ({@link LoadedPrices#asOf}). This class is immutable and
 * thread-safe.
 *
 * @param aligned     prices on the union calendar up to the as-of date (correlation, portfolio returns)
 * @param tradingDays each ticker's own trading days up to the as-of date (volatility models)
 * @param jumps       the suspect jumps confirmed on or before the as-of date, by ticker then date
 * @param policy      the policy applied
 */
public record PricesAsOf(PriceHistory aligned, PriceHistory tradingDays, List<SuspectJump> jumps, DataPolicy policy) {

    /** Copies the list; checks for nulls. */
    public PricesAsOf {
        Objects.requireNonNull(aligned, "aligned");
        Objects.requireNonNull(tradingDays, "tradingDays");
        Objects.requireNonNull(policy, "policy");
        jumps = List.copyOf(jumps);
    }
}
