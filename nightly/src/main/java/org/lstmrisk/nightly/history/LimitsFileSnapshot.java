package org.lstmrisk.nightly.history;

import org.lstmrisk.io.Fingerprints;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.lstmrisk.core.UserInputException;

/**
 * A limits file as a run used it: its path, the SHA-256 of its bytes and its text, kept in the history so a
 * reviewer can see exactly which limits applied. This class is immutable and thread-safe.
 *
 * @param source      the path as given
 * @param fingerprint {@code sha256:...} of the file's bytes
 * @param content     the file's text (UTF-8)
 */
public record LimitsFileSnapshot(String source, String fingerprint, String content) {

    /** Checks for nulls. */
    public LimitsFileSnapshot {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(content, "content");
    }

    /** Reads {@code file}. */
    public static LimitsFileSnapshot read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new LimitsFileSnapshot(file.toString(), Fingerprints.sha256(bytes),
                    new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserInputException("cannot read the limits file " + file + ": " + e, e);
        }
    }
}
