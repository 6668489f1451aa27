package org.lstmrisk.core;

/** The process exit codes of {@code lstm-risk} (DESIGN.md). */
public final class ExitCode {

    /** Run complete; no hard limit breached. */
    public static final int OK = 0;
    /** Unexpected internal failure; nothing half-written. */
    public static final int INTERNAL_ERROR = 1;
    /** Bad usage or bad input data; nothing written. */
    public static final int BAD_INPUT = 2;
    /** Run complete; at least one hard limit breached. */
    public static final int HARD_BREACH = 3;

    private ExitCode() {
    }
}
