package org.lstmrisk.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writes a folder all at once: the files go to a hidden staging folder beside the target, are flushed to disk,
 * and the folder is renamed into place (an earlier one moved aside first, then deleted), so a reader never sees a
 * half-written folder. Used by the reports, the evaluation and the experiments. This class is immutable and
 * thread-safe.
 */
public final class AtomicFolderWriter {

    /**
     * Replaces the folder {@code target} by one holding {@code files} (name → bytes).
     *
     * @return {@code target}
     * @throws UncheckedIOException when the folder cannot be written
     */
    public Path replace(Path target, Map<String, byte[]> files) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
            String name = absolute.getFileName().toString();
            Path staging = createStagingFolder(parent, name);
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

    /**
     * A new hidden folder beside the target, created like any folder (mode 777 less the umask, e.g. 755), so that
     * the published folder is as readable as a folder the user made; {@code Files.createTempDirectory} would make
     * it owner-only (700).
     */
    private static Path createStagingFolder(Path parent, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path staging = parent.resolve("." + name + ".new-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
            try {
                return Files.createDirectory(staging);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
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
