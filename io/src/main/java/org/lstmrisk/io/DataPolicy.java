package org.lstmrisk.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * How the price reader treats the patterns of real vendor data. Every value a policy skips, drops, carries or flags
 * is counted per ticker ({@link TickerCoverage}, {@link SuspectJump}); the strict settings refuse the file instead,
 * naming file, line and field. This class is immutable and thread-safe.
 *
 * @param missingRows   rows whose every value field is {@code null} (vendor holes)
 * @param suspensions   rows with zero volume and open = high = low = close = the previous close (suspensions,
 *                      holidays a vendor filled in)
 * @param calendars     how tickers that trade on different calendars are combined
 * @param gaps          the longest run of union-calendar dates a ticker may lack inside its own date range; longer
 *                      runs are refused ({@link GapPolicy#UNLIMITED} refuses none)
 * @param jumps         what a run does with a suspect jump
 * @param jumpThreshold the |daily log return| beyond which a return is a jump candidate, e.g. 0.25
 */
public record DataPolicy(MissingRows missingRows, Suspensions suspensions, Calendars calendars, GapPolicy gaps,
                         Jumps jumps, double jumpThreshold) {

    /** The default suspect-jump threshold: |log return| 0.25 (a 22% fall or a 28% rise in one day). */
    public static final double DEFAULT_JUMP_THRESHOLD = 0.25;

    /**
     * The defaults a risk team would choose: skip {@code null} rows, drop suspension rows, separate calendars with
     * no gap limit, keep (and flag) suspect jumps beyond 0.25.
     */
    public static final DataPolicy DEFAULT = new DataPolicy(MissingRows.SKIP, Suspensions.DROP, Calendars.SEPARATE,
            GapPolicy.UNLIMITED, Jumps.KEEP, DEFAULT_JUMP_THRESHOLD);

    /** Validates the fields. */
    public DataPolicy {
        Objects.requireNonNull(missingRows, "missingRows");
        Objects.requireNonNull(suspensions, "suspensions");
        Objects.requireNonNull(calendars, "calendars");
        Objects.requireNonNull(gaps, "gaps");
        Objects.requireNonNull(jumps, "jumps");
        if (!(jumpThreshold > 0) || !Double.isFinite(jumpThreshold)) {
            throw new IllegalArgumentException("--jump-threshold must be a positive |log return|, was "
                    + jumpThreshold);
        }
    }

    /** The same policy with the gap limit {@code gaps}. */
    public DataPolicy withGaps(GapPolicy gaps) {
        return new DataPolicy(missingRows, suspensions, calendars, gaps, jumps, jumpThreshold);
    }

    /** True when nothing differs from {@link #DEFAULT} (so a report need not state the policies). */
    public boolean isDefault() {
        return equals(DEFAULT);
    }

    /** A short text such as {@code missing-rows=skip, suspensions=drop, calendars=separate, ...}. */
    public String describe() {
        return "missing-rows=" + missingRows.optionValue() + ", suspensions=" + suspensions.optionValue()
                + ", calendars=" + calendars.optionValue() + ", max-fill="
                + (gaps.maxForwardFillDays() == Integer.MAX_VALUE ? "none" : gaps.maxForwardFillDays())
                + ", jumps=" + jumps.optionValue() + ", jump-threshold=" + jumpThreshold;
    }

    /** Rows whose every value field is {@code null}. */
    public enum MissingRows {
        /** Skip the row (the ticker did not trade that day as far as the data knows) and count it. */
        SKIP,
        /** Refuse the file at the first such row (exit 2 naming file, line and field). */
        STRICT;

        /** The option value, e.g. {@code skip}. */
        public String optionValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses an option value. */
        public static MissingRows of(String value) {
            return parse(MissingRows.class, values(), value, "--missing-rows");
        }
    }

    /** Zero-volume rows that repeat the previous close with flat open, high and low. */
    public enum Suspensions {
        /** Drop the row from that ticker's own series (not a trading day of it) and count it. */
        DROP,
        /** Keep the row (a zero return the volatility model sees) and count it. */
        KEEP,
        /** Refuse the file at the first such row (exit 2 naming file, line and the Volume field). */
        STRICT;

        /** The option value, e.g. {@code drop}. */
        public String optionValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses an option value. */
        public static Suspensions of(String value) {
            return parse(Suspensions.class, values(), value, "--suspensions");
        }
    }

    /** How tickers on different trading calendars are combined. */
    public enum Calendars {
        /**
         * Each ticker's volatility model sees only its own trading days; on the union calendar (correlation,
         * portfolio returns) its price is carried over the dates it did not trade, so the return it earns while its
         * market is closed lands, as one multi-day return, on its next trading day.
         */
        SEPARATE,
        /**
         * The behaviour before separate calendars: every ticker is forward-filled onto the union calendar and its
         * volatility model sees the filled dates as zero-return days.
         */
        FILL;

        /** The option value, e.g. {@code separate}. */
        public String optionValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses an option value. */
        public static Calendars of(String value) {
            return parse(Calendars.class, values(), value, "--calendars");
        }
    }

    /** What a run does with a suspect jump. */
    public enum Jumps {
        /** Keep the price as read; list the flag. */
        KEEP,
        /** Clip the flagged day's log return to ± the threshold (later prices are rescaled by the same factor). */
        WINSORISE,
        /** Treat the flagged day's prices as missing: the ticker did not trade that day. */
        MISSING;

        /** The option value, e.g. {@code keep}. */
        public String optionValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses an option value. */
        public static Jumps of(String value) {
            return parse(Jumps.class, values(), value, "--jumps");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, E[] values, String value, String option) {
        for (E e : values) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        throw new IllegalArgumentException(option + " must be one of " + Arrays.stream(values)
                .map(e -> e.name().toLowerCase(Locale.ROOT)).toList() + ", was '" + value + "'");
    }
}
