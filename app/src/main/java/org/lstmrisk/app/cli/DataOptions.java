package org.lstmrisk.app.cli;

import static org.lstmrisk.app.cli.OptionValues.first;

import org.lstmrisk.core.UserInputException;
import org.lstmrisk.io.DataPolicy;
import org.lstmrisk.io.GapPolicy;
import picocli.CommandLine.Option;

/**
 * The options of the price reader's data policy that {@code run} and {@code evaluate} share ({@link DataPolicy}), and
 * how they merge with a configuration file: a flag wins over the file, the file over the default.
 */
public final class DataOptions {

    /** The gap limit of {@code --calendars fill} when {@code --max-fill} is not given. */
    static final int DEFAULT_FILL_LIMIT_DAYS = 5;

    @Option(names = "--missing-rows", paramLabel = "skip|strict",
            description = "Rows whose every value is null (vendor holes): skip (default; counted per "
                    + "ticker) or strict (exit 2 naming file, line and field).")
    String missingRows;

    @Option(names = "--suspensions", paramLabel = "drop|keep|strict",
            description = "Zero-volume rows with open = high = low = close = the previous close (suspensions, "
                    + "holidays a vendor filled in): drop (default; not a trading day of that ticker), keep (a "
                    + "zero-return day) or strict (exit 2); counted per ticker.")
    String suspensions;

    @Option(names = "--calendars", paramLabel = "separate|fill",
            description = "Tickers on different exchange calendars: separate (default; each volatility model sees "
                    + "its own trading days, the correlation uses the union calendar with the close carried over "
                    + "a closed market, so the next return spans the closure) or fill (forward-fill every ticker onto "
                    + "the union calendar, at most --max-fill days).")
    String calendars;

    @Option(names = "--jumps", paramLabel = "keep|winsorise|missing",
            description = "Suspect jumps (|log return| above --jump-threshold with no volume, or undone by half the "
                    + "next day): keep (default; flagged in the report), winsorise (clip to the threshold) or "
                    + "missing (not a trading day).")
    String jumps;

    @Option(names = "--jump-threshold", paramLabel = "R",
            description = "|Daily log return| beyond which a return is a jump candidate (default 0.25).")
    Double jumpThreshold;

    /**
     * The policy: flags, then the configuration file, then the defaults. {@code maxFill} is {@code --max-fill} (or
     * the file's {@code maxForwardFillDays}) when given, else null: no gap limit with separate calendars, 5 days with
     * {@code fill}.
     *
     * @throws UserInputException for a bad value
     */
    DataPolicy policy(SettingsFile file, Integer maxFill) {
        return OptionValues.parsed(() -> {
            var calendarMode = DataPolicy.Calendars.of(first(calendars, file.calendars(), "separate"));
            GapPolicy gaps = maxFill != null ? new GapPolicy(maxFill)
                    : calendarMode == DataPolicy.Calendars.FILL ? new GapPolicy(DEFAULT_FILL_LIMIT_DAYS)
                    : GapPolicy.UNLIMITED;
            return new DataPolicy(
                    DataPolicy.MissingRows.of(first(missingRows, file.missingRows(), "skip")),
                    DataPolicy.Suspensions.of(first(suspensions, file.suspensions(), "drop")),
                    calendarMode, gaps,
                    DataPolicy.Jumps.of(first(jumps, file.jumps(), "keep")),
                    first(jumpThreshold, file.jumpThreshold(), DataPolicy.DEFAULT_JUMP_THRESHOLD));
        });
    }
}
