package org.lstmrisk.nightly.history;

import java.nio.file.Path;
import org.lstmrisk.core.UserInputException;

/** Another run holds the state folder's lock: this run does nothing and exits 2. */
public class StateLockedException extends UserInputException {

    private final transient Path lockFile;

    /** The lock {@code lockFile} is held, by {@code holder} when known (e.g. {@code "pid 1234"}). */
    public StateLockedException(Path lockFile, String holder) {
        super("another lstm-risk run holds the lock " + lockFile + (holder.isEmpty() ? "" : " (" + holder + ")")
                + "; this run did nothing. Run again when that run has finished: its lock is released when its "
                + "process ends.");
        this.lockFile = lockFile;
    }

    /** The lock file. */
    public Path lockFile() {
        return lockFile;
    }
}
