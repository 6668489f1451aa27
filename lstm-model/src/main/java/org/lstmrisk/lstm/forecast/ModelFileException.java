package org.lstmrisk.lstm.forecast;

import java.nio.file.Path;

/** A model file that cannot be used: missing, corrupted (checksum), from a newer format, or malformed. */
public class ModelFileException extends Exception {

    private final Path file;

    /** A problem with {@code file}. */
    public ModelFileException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    /** A problem with {@code file}, caused by {@code cause}. */
    public ModelFileException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    /** The file. */
    public Path file() {
        return file;
    }
}
