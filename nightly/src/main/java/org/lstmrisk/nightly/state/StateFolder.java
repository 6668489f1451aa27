package org.lstmrisk.nightly.state;

import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.lstmrisk.core.UserInputException;

/**
 * Where the nightly run's model files live inside a state folder: {@code DIR/models/gNNNNNN/<model>/<TICKER>.model},
 * one immutable folder per generation, and hidden {@code DIR/models/.gNNNNNN.partial} folders while one is written.
 * This class is immutable and thread-safe.
 *
 * @param dir the state folder ({@code --state DIR})
 */
public record StateFolder(Path dir) {

    private static final Pattern GENERATION = Pattern.compile("g(\\d{6,})");

    /** Checks for null. */
    public StateFolder {
        Objects.requireNonNull(dir, "dir");
    }

    /** {@code DIR/models}. */
    public Path modelsDir() {
        return dir.resolve("models");
    }

    /** The folder of generation {@code number}, e.g. {@code DIR/models/g000012}. */
    public Path generationDir(long number) {
        return modelsDir().resolve(generationName(number));
    }

    /**
     * {@code DIR/replay}: the frozen neural fits that the past forecasts of {@code --var-method fhs} and
     * {@code student-t} start from, kept from one run to the next ({@link FitCheckpoint#retainUsed()}).
     */
    public Path replayDir() {
        return dir.resolve("replay");
    }

    /** {@code DIR/checkpoint}: the fits of a run that has not committed yet ({@link FitCheckpoint}). */
    public Path checkpointDir() {
        return dir.resolve("checkpoint");
    }

    /** The hidden folder generation {@code number} is written into before it is renamed into place. */
    public Path partialDir(long number) {
        return modelsDir().resolve("." + generationName(number) + ".partial");
    }

    /** The file of {@code model}'s model of {@code ticker} in generation {@code number}. */
    public Path modelFile(long number, String model, String ticker) {
        return generationDir(number).resolve(model).resolve(ticker + ".model");
    }

    /**
     * Refuses a state folder in which lstm-risk would write or delete through a symbolic link: {@code lock},
     * {@code models}, {@code checkpoint}, {@code replay}, {@code history.db} (and SQLite's {@code -journal} and {@code -wal} beside it) and each entry of
     * {@code models/} must not be links. Reads only.
     *
     * @throws UserInputException naming the first link found
     */
    public void requireNoLinks() {
        var names = java.util.List.of("lock", "models", "checkpoint", "replay", "history.db", "history.db-journal", "history.db-wal");
        for (String name : names) {
            requireNotLink(dir.resolve(name));
        }
        if (java.nio.file.Files.isDirectory(modelsDir(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (var children = java.nio.file.Files.list(modelsDir())) {
                for (Path p : children.toList()) {
                    requireNotLink(p);
                }
            } catch (java.io.IOException e) {
                throw new UserInputException("cannot list " + modelsDir() + ": " + e.getMessage(), e);
            }
        }
    }

    private static void requireNotLink(Path p) {
        if (java.nio.file.Files.isSymbolicLink(p)) {
            throw new UserInputException(p + " in the state folder is a symbolic link; lstm-risk does not write or "
                    + "delete through links in a state folder, so this run did nothing: replace the link by the folder "
                    + "or file itself");
        }
    }

    /** The generation number a folder name stands for, empty when it is not a generation folder. */
    public static OptionalLong generationNumber(String folderName) {
        var m = GENERATION.matcher(folderName);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    private static String generationName(long number) {
        if (number < 1) {
            throw new IllegalArgumentException("generation numbers start at 1, was " + number);
        }
        return String.format("g%06d", number);
    }
}
