package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/** Helpers for tests: the shared data folder (tests skip without it) and small files in a temporary folder. */
final class TestData {

    private TestData() {
    }

    /** {@code <sharedData>/<relative>}; the calling test is skipped when it does not exist. */
    static Path shared(String relative) {
        String root = System.getProperty("lstmrisk.sharedData");
        assumeTrue(root != null, "system property lstmrisk.sharedData is not set");
        Path p = Path.of(root).resolve(relative);
        assumeTrue(Files.exists(p), "shared data not found: " + p);
        return p;
    }

    /** Writes {@code text} to {@code dir/name} and returns the path. */
    static Path write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the lines, each followed by {@code \n}. */
    static Path writeLines(Path dir, String name, List<String> lines) {
        return write(dir, name, String.join("\n", lines) + "\n");
    }

    /** All lines of a file. */
    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code code} throws a {@link DataInputException} at this file name, line and field. */
    static DataInputException assertDataError(String fileName, long line, String field, Executable code) {
        DataInputException e = assertThrows(DataInputException.class, code);
        assertEquals(fileName, String.valueOf(e.file().getFileName()), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        return e;
    }
}
