package org.lstmrisk.nightly.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.StandardOpenOption;
import org.lstmrisk.core.UserInputException;

/**
 * The exclusive lock of a state folder, {@code DIR/lock}, held for a whole run: a second run on the same folder
 * fails at once with {@link StateLockedException} and touches nothing. The lock is an operating-system file
 * lock ({@link FileChannel#tryLock()}), so it is released when the holding process ends, however it ends; the
 * file itself stays and only records the holder's process id. Close it to release it.
 *
 * <p>Hostile file systems. lstm-risk never deletes the lock file, and mutual exclusion holds even when someone
 * else does: a state folder that already holds a state ({@code history.db} or {@code models/}) but no lock file
 * is refused (exit 2), because its lock may have been deleted under a running run, whose lock then lives on an
 * unlinked file a second run cannot see. When the lock creates a new state folder, it creates {@code models/}
 * with it, so the folder holds a state from the moment it is locked. After the lock is taken, the file at the
 * path must still be the one locked (same file key, i.e. device and inode), else the run is refused. The lock
 * file is opened without following symbolic links: a {@code lock} that is a symbolic link is refused instead of
 * writing into its target, and so is a state path that is a file.
 */
public final class StateLock implements AutoCloseable {

    /** The lock file's name inside the state folder. */
    public static final String FILE_NAME = "lock";

    private static final String MODELS = "models";

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
        if (Files.exists(stateDir) && !Files.isDirectory(stateDir)) {
            throw new UserInputException("the state folder " + stateDir + " is a file, not a folder; give --state a folder");
        }
        if (Files.isSymbolicLink(file)) {
            throw new UserInputException("the state lock " + file + " is a symbolic link; lstm-risk does not write "
                    + "through links in a state folder: remove the link and run again");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserInputException("the state lock " + file + " is not a regular file; lstm-risk created it as "
                    + "one: replace it by an empty file and run again");
        }
        boolean fresh = !holdsState(stateDir);
        if (!fresh && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserInputException("the state folder " + stateDir + " holds a state but no lock file: its lock "
                    + "was deleted, perhaps while a run held it, so this run did nothing. Make sure no lstm-risk run "
                    + "uses " + stateDir + ", then recreate the lock (touch " + file + ") and run again");
        }
        FileChannel channel;
        Object key;
        try {
            Files.createDirectories(stateDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            key = fileKey(file);
        } catch (IOException e) {
            throw new UserInputException("cannot create the state folder's lock " + file + ": " + e.getMessage(), e);
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
            if (key != null && !key.equals(fileKey(file))) {
                throw new IOException("the lock file was replaced while it was being taken");
            }
            if (fresh) {
                Files.createDirectories(stateDir.resolve(MODELS));
            }
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UserInputException("cannot lock " + file + ": " + e.getMessage() + "; this run did nothing", e);
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

    /** True when {@code stateDir} holds a state: a history database or a models folder (links included). */
    private static boolean holdsState(Path stateDir) {
        return Files.exists(stateDir.resolve(HistoryLocation.DEFAULT_FILE_NAME), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(stateDir.resolve(MODELS), LinkOption.NOFOLLOW_LINKS);
    }

    /** The file key (device and inode on Unix) of {@code file} itself, not following links; null when unknown. */
    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
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
