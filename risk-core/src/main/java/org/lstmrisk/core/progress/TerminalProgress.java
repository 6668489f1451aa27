package org.lstmrisk.core.progress;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;

/**
 * Progress on a terminal's stderr: a counter line redrawn in place with a carriage return and ended at the last
 * unit ({@code   walk-forwards: 3/12 AAPL garch (4 s)}), and stage notes on lines of their own. Use
 * {@link #forThisProcess} so that a process without a terminal (CI, a scheduler) stays quiet. Thread-safe.
 */
public final class TerminalProgress implements Progress {

    private final PrintWriter err;
    private final Clock clock;
    private final long startedMillis;
    private int openLineLength;

    /** Progress on {@code err}, the seconds counted by {@code clock} from now. */
    public TerminalProgress(PrintWriter err, Clock clock) {
        this.err = err;
        this.clock = clock;
        this.startedMillis = clock.millis();
    }

    /** Progress on {@code err} when this process has a terminal, else {@link Progress#SILENT}. */
    public static Progress forThisProcess(PrintWriter err) {
        return System.console() != null ? new TerminalProgress(err, Clock.systemUTC()) : SILENT;
    }

    @Override
    public synchronized void advance(String task, int done, int total, String detail) {
        long seconds = Math.round((clock.millis() - startedMillis) / 1000.0);
        String line = String.format(Locale.ROOT, "  %s: %d/%d%s (%d s)", task, done, total,
                detail.isEmpty() ? "" : " " + detail, seconds);
        // pad with spaces over the rest of a longer line drawn before
        String pad = " ".repeat(Math.max(0, openLineLength - line.length()));
        err.print("\r" + line + pad);
        if (done >= total) {
            err.println();
            openLineLength = 0;
        } else {
            openLineLength = line.length();
        }
        err.flush();
    }

    @Override
    public synchronized void note(String message) {
        if (openLineLength > 0) {
            err.println();
            openLineLength = 0;
        }
        err.println("  " + message);
        err.flush();
    }
}
