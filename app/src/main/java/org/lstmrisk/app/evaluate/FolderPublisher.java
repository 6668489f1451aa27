package org.lstmrisk.app.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.lstmrisk.app.UserInputException;

/**
 * Writes a folder all at once, as {@code ReportPublisher} does for reports: the files go to a hidden staging folder
 * beside the target, are flushed to disk, and the folder is renamed into place; an earlier folder is replaced only
 * when it holds the {@code marker} file of an earlier run (never an unrelated folder). This class is immutable and
 * thread-safe.
 */
public final class FolderPublisher {

    /**
     * Checks, before any work, that {@link #publish} may write {@code target}: it does not exist, is empty, or holds
     * {@code marker}.
     *
     * @throws UserInputException otherwise
     */
    public void checkReplaceable(Path target, String marker) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute) && !isEmptyDirectory(absolute) && !Files.exists(absolute.resolve(marker))) {
                throw new UserInputException("refusing to replace " + target + ": it exists and holds no " + marker
                        + " of an earlier evaluation; choose another --out");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Publishes {@code files} (name → bytes) as the folder {@code target}.
     *
     * @throws UserInputException when {@code target} exists, is not empty and holds no {@code marker} file
     */
    public Path publish(Path target, String marker, Map<String, byte[]> files) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        checkReplaceable(target, marker);
        try {
            Files.createDirectories(parent);
            String name = absolute.getFileName().toString();
            Path staging = Files.createTempDirectory(parent, "." + name + ".new-");
            try {
                for (var e : files.entrySet()) {
                    writeDurably(staging.resolve(e.getKey()), e.getValue());
                }
                Path previous = null;
                if (Files.exists(absolute)) {
                    previous = parent.resolve("." + name + ".old-" + staging.getFileName());
                    Files.move(absolute, previous, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
                if (previous != null) {
                    deleteTree(previous);
                }
                return target;
            } finally {
                if (Files.exists(staging)) {
                    deleteTree(staging);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            var buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
