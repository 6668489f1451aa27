package org.lstmrisk.nightly.history;

import java.nio.file.Path;

/** A separate process for {@link StateLockTest}: takes a state folder's lock, says so, and holds it until stdin closes. */
public final class LockHolder {

    private LockHolder() {
    }

    /** {@code args[0]}: the state folder. */
    public static void main(String[] args) throws Exception {
        try (StateLock lock = StateLock.acquire(Path.of(args[0]))) {
            System.out.println("locked " + lock.file());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the parent closes our stdin (or dies)
            }
        }
    }
}
