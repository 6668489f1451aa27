package org.lstmrisk.core.progress;

/**
 * Reports how far long work (training, forecasting every ticker, walk-forward evaluation) has come: shown on a
 * terminal by {@link TerminalProgress}, silent in CI, under a scheduler and in tests ({@link #SILENT}).
 * Implementations are thread-safe: workers call them from their own threads.
 */
public interface Progress {

    /** Shows nothing. */
    Progress SILENT = (task, done, total, detail) -> { };

    /**
     * {@code done} of {@code total} units of {@code task} are finished.
     *
     * @param task   what is being counted, e.g. {@code walk-forwards}
     * @param done   units finished, 1 … total
     * @param total  units in all
     * @param detail the unit just finished (e.g. {@code AAPL garch}), or empty
     */
    void advance(String task, int done, int total, String detail);

    /** {@code done} of {@code total} units of {@code task} are finished. */
    default void advance(String task, int done, int total) {
        advance(task, done, total, "");
    }

    /** A stage of the work has begun, e.g. {@code training LSTM on 2400 windows}. Ignored unless overridden. */
    default void note(String message) {
    }
}
