package org.lstmrisk.nightly.run;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress counter on stderr, redrawn in place, used only when the process has a terminal
 * (a scheduler or CI has none, so they stay quiet). This class is thread-safe.
 */
public final class TerminalProgress implements Progress {

    private final PrintStream err;
    private final long started = System.nanoTime();

    /** Progress on {@code err}. */
    public TerminalProgress(PrintStream err) {
        this.err = err;
    }

    /** Progress on stderr when there is a terminal, else {@link Progress#SILENT}. */
    public static Progress forThisProcess() {
        return System.console() != null ? new TerminalProgress(System.err) : SILENT;
    }

    @Override
    public synchronized void advance(String task, int done, int total) {
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(Locale.ROOT, "\r  %s: %d/%d (%.0f s)%s", task, done, total, seconds, done == total ? "\n" : "");
        err.flush();
    }
}
