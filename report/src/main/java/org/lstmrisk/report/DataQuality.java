package org.lstmrisk.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.lstmrisk.io.DataPolicy;
import org.lstmrisk.io.SuspectJump;

/**
 * What the data policy did at the as-of date of a run, beyond the per-ticker counts of
 * {@link org.lstmrisk.io.TickerCoverage}: the policy, whether the tickers trade on several calendars and how they were
 * combined, the positions that did not trade on the as-of date, and the suspect jumps known at the as-of date. This
 * class is immutable and thread-safe.
 *
 * @param policy           the policy the prices were read and treated under
 * @param severalCalendars true when some ticker lacks some date of the union calendar inside its own range
 * @param stale            positions without a price on the as-of date (their market was closed): each uses the
 *                         forecast made at its last trading day
 * @param jumps            suspect jumps confirmed on or before the as-of date, over every ticker read
 */
public record DataQuality(DataPolicy policy, boolean severalCalendars, List<Stale> stale, List<SuspectJump> jumps) {

    /** The default policy with nothing to report. */
    public static final DataQuality NONE = new DataQuality(DataPolicy.DEFAULT, false, List.of(), List.of());

    /** Copies the lists. */
    public DataQuality {
        Objects.requireNonNull(policy, "policy");
        stale = List.copyOf(stale);
        jumps = List.copyOf(jumps);
    }

    /** True when there is nothing to say beyond the coverage counts: the default policy, one calendar, no flags. */
    public boolean isQuiet() {
        return policy.isDefault() && !severalCalendars && stale.isEmpty() && jumps.isEmpty();
    }

    /** One sentence on how the calendars were treated, for the report and the console. */
    public String calendarTreatment() {
        return calendarTreatment(policy.calendars());
    }

    /** One sentence on how {@code calendars} treats tickers on several calendars. */
    public static String calendarTreatment(DataPolicy.Calendars calendars) {
        return switch (calendars) {
            case SEPARATE -> "separate calendars: each ticker's volatility model sees only its own trading days; on "
                    + "the union calendar (correlation window, portfolio returns) a ticker's last close is carried "
                    + "over the dates it did not trade, so its return there is 0 and the move made while its market "
                    + "was closed counts, as one multi-day return, on its next trading day (closing times within a "
                    + "day are not synchronised); a position without a price on the as-of date uses the forecast "
                    + "made at its last trading day";
            case FILL -> "filled calendar: every ticker is forward-filled onto the union calendar and its volatility "
                    + "model sees the filled dates as zero-return days";
        };
    }

    /**
     * A position that did not trade on the as-of date.
     *
     * @param ticker         the ticker
     * @param lastTradingDay its last trading day on or before the as-of date: the date of its forecast
     */
    public record Stale(String ticker, LocalDate lastTradingDay) {
    }
}
