package org.lstmrisk.nightly.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.lstmrisk.core.UserInputException;

/**
 * The exclusive lock of a state folder, {@code DIR/lock}, held for a whole run: a second run on the same folder
 * fails at once with {@link StateLockedException} and touches nothing. The lock is an operating-system file
 * lock ({@link FileChannel#tryLock()}), so it is released when the holding process ends, however it ends; the
 * file itself stays and only records the holder's process id. Close it to release it.
 */
public final class StateLock implements AutoCloseable {

    /** The lock file's name inside the state folder. */
    public static final String FILE_NAME = "lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final Path file;

    private StateLock(FileChannel channel, FileLock lock, Path file) {
        this.channel = channel;
        this.lock = lock;
        this.file = file;
    }

    /**
     * Creates {@code stateDir} if needed and takes its lock.
     *
     * @throws StateLockedException when another run (in this or another process) holds it
     * @throws UserInputException   when the folder or the lock file cannot be created
     */
    public static StateLock acquire(Path stateDir) {
        Path file = stateDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            Files.createDirectories(stateDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UserInputException("cannot create the state folder's lock " + file + ": " + e, e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UserInputException("cannot lock " + file + ": " + e, e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StateLockedException(file, holder(file));
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            // The holder's pid is only a courtesy for the message of a second run.
        }
        return new StateLock(channel, lock, file);
    }

    /** The lock file. */
    public Path file() {
        return file;
    }

    /** Releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
