package org.lstmrisk.io;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A daily log return beyond the jump threshold that the market did not confirm: either no volume traded that day, or
 * the next trading day undid at least half of it. The first is known at the close of {@code date}, the second only at
 * the close of the next trading day: {@code confirmedOn} is the first as-of date whose data shows the flag, and a run
 * or an evaluation at an earlier as-of date does not see it. This class is immutable and thread-safe.
 *
 * @param ticker      the ticker
 * @param date        the day of the suspect return (on the ticker's own trading days)
 * @param logReturn   the daily log return into {@code date}, from the ticker's previous trading day
 * @param reason      {@code no volume} or {@code reversed}
 * @param confirmedOn the date whose data confirms the flag: {@code date} for no volume, the next trading day of the
 *                    ticker for a reversal
 */
public record SuspectJump(String ticker, LocalDate date, double logReturn, String reason, LocalDate confirmedOn) {

    /** The reason of a jump on a day without volume. */
    public static final String NO_VOLUME = "no volume";
    /** The reason of a jump that the next day undid by at least half. */
    public static final String REVERSED = "reversed";

    /** Checks for nulls and that the confirmation is not before the day. */
    public SuspectJump {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(confirmedOn, "confirmedOn");
        if (confirmedOn.isBefore(date)) {
            throw new IllegalArgumentException(ticker + ": a jump on " + date + " cannot be confirmed on "
                    + confirmedOn);
        }
    }
}
