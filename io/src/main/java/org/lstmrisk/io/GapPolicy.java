package org.lstmrisk.io;

/**
 * What to do when a ticker lacks a price on a trading date of the common calendar (the union of all tickers'
 * dates) between its own first and last date: carry the last price forward for at most
 * {@code maxForwardFillDays} consecutive dates, else refuse the data. 0 refuses every gap.
 * This class is immutable and thread-safe.
 */
public record GapPolicy(int maxForwardFillDays) {

    /** Forward fill up to 5 consecutive trading days (a long holiday on one exchange), refuse longer gaps. */
    public static final GapPolicy DEFAULT = new GapPolicy(5);

    /** Refuse no gap (the default with separate calendars: a week-long holiday of one exchange is normal). */
    public static final GapPolicy UNLIMITED = new GapPolicy(Integer.MAX_VALUE);

    /** Refuse every gap. */
    public static final GapPolicy REFUSE = new GapPolicy(0);

    /** Validates a non-negative limit. */
    public GapPolicy {
        if (maxForwardFillDays < 0) {
            throw new IllegalArgumentException("max forward-fill days must be >= 0, was " + maxForwardFillDays);
        }
    }
}
