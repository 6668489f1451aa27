package org.lstmrisk.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a run's files into {@code OUT/<as-of>/} all at once: the files go to a hidden temporary folder
 * beside it, are flushed to disk, and the folder is renamed into place, so a reader never sees a
 * half-written report. An earlier report for the same date is replaced. This class is immutable and thread-safe.
 */
public final class ReportPublisher {

    /**
     * Publishes {@code files} (name → bytes) as {@code outDir/asOf/}.
     *
     * @return the published folder
     */
    public Path publish(Path outDir, LocalDate asOf, Map<String, byte[]> files) {
        try {
            Files.createDirectories(outDir);
            Path target = outDir.resolve(asOf.toString());
            Path staging = Files.createTempDirectory(outDir, "." + asOf + ".new-");
            try {
                for (var e : files.entrySet()) {
                    writeDurably(staging.resolve(e.getKey()), e.getValue());
                }
                Path previous = null;
                if (Files.exists(target)) {
                    previous = outDir.resolve("." + asOf + ".old-" + staging.getFileName());
                    Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
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
            throw new UncheckedIOException("cannot write the report under " + outDir + ": " + e.getMessage(), e);
        }
    }

    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            var buffer = java.nio.ByteBuffer.wrap(bytes);
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
