package org.lstmrisk.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writes a folder all at once: the files go to a hidden staging folder beside the target, are flushed to disk,
 * and the folder is renamed into place (an earlier one moved aside first, then deleted), so a reader never sees a
 * half-written folder. The hidden folders a killed write of the same target left behind are deleted by the next
 * write of it. Used by the reports, the evaluation and the experiments. This class is immutable and thread-safe.
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
            removeLeftovers(parent, name);
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
     * Deletes the hidden folders a killed {@link #replace} of {@code parent/name} left behind: its staging folders
     * ({@code .NAME.new-<digits>}) and moved-aside predecessors ({@code .NAME.old-.NAME.new-<digits>}). Only real
     * folders with exactly these names are deleted; links are left alone.
     */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        Pattern leftover = Pattern.compile("\\.(" + Pattern.quote(name) + "\\.old-\\.)?" + Pattern.quote(name)
                + "\\.new-\\d+");
        List<Path> doomed;
        try (Stream<Path> entries = Files.list(parent)) {
            doomed = entries.filter(p -> leftover.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .toList();
        }
        for (Path p : doomed) {
            deleteTree(p);
        }
    }

    /**
     * A new hidden folder beside the target ({@code .NAME.new-<digits>}, the pattern {@link #removeLeftovers}
     * knows), created like any folder (mode 777 less the umask, e.g. 755), so that
     * the published folder is as readable as a folder the user made; {@code Files.createTempDirectory} would make
     * it owner-only (700).
     */
    private static Path createStagingFolder(Path parent, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path staging = parent.resolve("." + name + ".new-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()));
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
