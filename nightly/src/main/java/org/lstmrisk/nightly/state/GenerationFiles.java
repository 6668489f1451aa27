package org.lstmrisk.nightly.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes generation folders durably and removes the ones no committed run points to. A generation is written
 * under a hidden name ({@code .gNNNNNN.partial}), every file and folder fsynced, then renamed into place and
 * its parent fsynced, so a visible {@code gNNNNNN} folder is always complete. A file unchanged since the
 * current generation is hard-linked (copied where links are not supported). This class is immutable and thread-safe.
 */
public final class GenerationFiles {

    /**
     * Writes generation {@code number}: {@code newFiles} (relative path → bytes) and {@code unchanged} (relative
     * path → the existing file to link). Leftovers of a killed run with the same number are removed first (a
     * number above the current one was never committed).
     *
     * @return the generation's folder
     */
    public Path write(StateFolder folder, long number, Map<String, byte[]> newFiles, Map<String, Path> unchanged) {
        try {
            requireNotLink(folder.modelsDir());
            Files.createDirectories(folder.modelsDir());
            Path partial = folder.partialDir(number);
            Path target = folder.generationDir(number);
            deleteTree(partial);
            deleteTree(target);
            Files.createDirectories(partial);
            var dirs = new HashSet<Path>();
            for (var e : newFiles.entrySet()) {
                Path file = partial.resolve(e.getKey());
                dirs.add(Files.createDirectories(file.getParent()));
                writeDurably(file, e.getValue());
            }
            for (var e : unchanged.entrySet()) {
                Path file = partial.resolve(e.getKey());
                dirs.add(Files.createDirectories(file.getParent()));
                linkOrCopy(e.getValue(), file);
            }
            for (Path d : dirs) {
                fsyncDirectory(d);
            }
            fsyncDirectory(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            fsyncDirectory(folder.modelsDir());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model generation " + number + " under "
                    + folder.modelsDir() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes every generation folder and partial folder except {@code current}'s: older generations, and
     * those a killed run wrote but never committed. Call only after the commit. Deletes only real folders whose
     * names it writes ({@code gNNNNNN}, {@code .gNNNNNN.partial}); symbolic links are neither followed nor
     * deleted, and a {@code models} that is a link is left alone.
     */
    public void collectGarbage(StateFolder folder, long current) {
        Path models = folder.modelsDir();
        if (!Files.isDirectory(models, LinkOption.NOFOLLOW_LINKS)) {
            return; // absent, or a link: nothing is deleted through a link
        }
        try (Stream<Path> children = Files.list(models)) {
            List<Path> doomed = children.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).filter(p -> {
                String name = p.getFileName().toString();
                var n = StateFolder.generationNumber(name);
                return n.isPresent() ? n.getAsLong() != current : name.startsWith(".g") && name.endsWith(".partial");
            }).toList();
            for (Path p : doomed) {
                deleteTree(p);
            }
            if (!doomed.isEmpty()) {
                fsyncDirectory(models);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove old model generations under " + models + ": "
                    + e.getMessage(), e);
        }
    }

    private static void requireNotLink(Path p) throws IOException {
        if (Files.isSymbolicLink(p)) {
            throw new java.nio.file.FileSystemException(p.toString(), null,
                    "is a symbolic link; lstm-risk does not write through links in a state folder");
        }
    }

    private static void linkOrCopy(Path existing, Path link) throws IOException {
        try {
            Files.createLink(link, existing);
        } catch (UnsupportedOperationException | IOException e) {
            Files.deleteIfExists(link);
            writeDurably(link, Files.readAllBytes(existing));
        }
    }

    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
    }

    /** Makes a folder's entries durable (Linux and macOS; a no-op where folders cannot be opened). */
    private static void fsyncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")) {
                throw e;
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
