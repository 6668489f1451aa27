package org.lstmrisk.nightly.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.lstmrisk.io.Fingerprints;

/** Test helpers over folders of state and output: the hash of every file, and a copy of a whole tree. */
public final class FolderFiles {

    private FolderFiles() {
    }

    /** Every regular file under {@code dir} (relative path) with the SHA-256 of its bytes; empty when it does not exist. */
    public static Map<String, String> snapshot(Path dir) {
        var files = new TreeMap<String, String>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Fingerprints.sha256(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Copies the tree {@code from} to {@code to}, keeping each file's attributes. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
