package org.lstmrisk.nightly.run;

/** Reports how far long work has come (one unit per ticker): shown on a terminal, silent otherwise. */
public interface Progress {

    /** Shows nothing: for CI, schedulers and tests. */
    Progress SILENT = (task, done, total) -> { };

    /** {@code done} of {@code total} units of {@code task} are finished. Called from worker threads. */
    void advance(String task, int done, int total);
}
