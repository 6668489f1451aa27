package org.lstmrisk.nightly.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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

    @Test
    void test_acquire_refusedWhileAnotherProcessHoldsIt_andFreeWhenThatProcessEnds() throws Exception {
        Path state = tmp.resolve("state");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), state.toString()).redirectErrorStream(true).start();
        try {
            var reader = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = reader.readLine();
            assertTrue(line != null && line.startsWith("locked "), "holder said: " + line);
            StateLockedException e = assertThrows(StateLockedException.class, () -> StateLock.acquire(state));
            assertTrue(e.getMessage().contains("pid " + holder.pid()), e.getMessage());
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        try (StateLock lock = StateLock.acquire(state)) {
            assertTrue(lock.file().endsWith("lock"), "the operating system released the killed holder's lock");
        }
    }
}
