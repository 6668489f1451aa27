package org.lstmrisk.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.io.AtomicFolderWriter;

/**
 * Writes a folder all at once ({@link AtomicFolderWriter}), replacing an earlier folder only when it holds the
 * {@code marker} file of an earlier run (never an unrelated folder). This class is immutable and
 * thread-safe.
 */
public final class FolderPublisher {

    private final AtomicFolderWriter folder = new AtomicFolderWriter();

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
        checkReplaceable(target, marker);
        return folder.replace(target, files);
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
