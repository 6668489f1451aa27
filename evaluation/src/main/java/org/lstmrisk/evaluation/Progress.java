package org.lstmrisk.evaluation;

import java.io.PrintWriter;

/**
 * Reports how far a long evaluation has come. {@link #NONE} is silent (CI, schedulers, tests); {@link #terminal}
 * rewrites one line on a terminal. Implementations are thread-safe.
 */
public interface Progress {

    /** Prints nothing. */
    Progress NONE = (done, total, label) -> { };

    /** Called after each finished task: {@code done} of {@code total}, the last one described by {@code label}. */
    void step(int done, int total, String label);

    /** A one-line counter on {@code err}, rewritten in place with a carriage return and ended at the last step. */
    static Progress terminal(PrintWriter err) {
        return (done, total, label) -> {
            synchronized (err) {
                err.print("\revaluate: " + done + "/" + total + " walk-forwards done (" + label + ")        ");
                if (done == total) {
                    err.println();
                }
                err.flush();
            }
        };
    }
}
