package org.lstmrisk.app.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state folder's lock: exclusive while held, free again once closed, and the folder is created. */
class StateLockTest {

    @TempDir
    Path tmp;

    @Test
    void test_acquire_createsTheFolderAndRefusesASecondHolder() throws Exception {
        Path state = tmp.resolve("a/b/state");
        try (StateLock lock = StateLock.acquire(state)) {
            assertEquals(state.resolve("lock"), lock.file());
            assertTrue(Files.isRegularFile(state.resolve("lock")));
            StateLockedException e = assertThrows(StateLockedException.class, () -> StateLock.acquire(state));
            assertEquals(state.resolve("lock"), e.lockFile());
            assertTrue(e.getMessage().contains(state.resolve("lock").toString()), e.getMessage());
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
        }
        try (StateLock again = StateLock.acquire(state)) {
            assertTrue(again.file().endsWith("lock"), "released on close");
        }
    }
}
