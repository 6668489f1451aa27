package org.lstmrisk.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shipped data beside the project ({@code ../shared/data}); tests that need it are skipped without it. */
final class SharedData {

    private SharedData() {
    }

    static Path dir() {
        String p = System.getProperty("lstmrisk.sharedData", "../shared/data");
        Path dir = Path.of(p).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(dir.resolve("djia30")), "shared data not found at " + dir);
        return dir;
    }
}
