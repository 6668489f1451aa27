package org.lstmrisk.app;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium} run headless on a local file: no network, no first-run work, a fresh profile per call,
 * killed (with its child processes) when it takes longer than the timeout. Absent Chromium skips the calling test
 * unless {@code LSTMRISK_REQUIRE_CHROMIUM=1}, which makes it fail (CI installs it).
 */
final class HeadlessChromium {

    /** Debian's binary; the system property {@code lstmrisk.chromium} may name another (e.g. to test the skip). */
    static final Path BINARY = Path.of(System.getProperty("lstmrisk.chromium", "/usr/bin/chromium"));
    static final long TIMEOUT_SECONDS = 60;

    private final Path workDir;

    private HeadlessChromium(Path workDir) {
        this.workDir = workDir;
    }

    /** Chromium working in {@code workDir}; skips or fails the test when it is not installed. */
    static HeadlessChromium require(Path workDir) {
        boolean present = Files.isExecutable(BINARY);
        if (!present && "1".equals(System.getenv("LSTMRISK_REQUIRE_CHROMIUM"))) {
            fail(BINARY + " is missing but LSTMRISK_REQUIRE_CHROMIUM=1; install Debian's chromium package");
        }
        assumeTrue(present, BINARY + " is not installed (set LSTMRISK_REQUIRE_CHROMIUM=1 to make this a failure)");
        return new HeadlessChromium(workDir);
    }

    /** The DOM of {@code page} after it loaded in a window of {@code width} × {@code height} CSS pixels, serialised. */
    String dumpDom(Path page, int width, int height) throws IOException, InterruptedException {
        return run("dom", List.of("--window-size=" + width + "," + height, "--dump-dom", page.toUri().toString()));
    }

    /** Saves a PNG of {@code page} rendered in a window of {@code width} × {@code height} CSS pixels. */
    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run("shot", List.of("--hide-scrollbars", "--screenshot=" + png.toAbsolutePath(),
                "--window-size=" + width + "," + height, page.toUri().toString()));
        if (!Files.isRegularFile(png)) {
            fail("chromium wrote no screenshot at " + png);
        }
    }

    private String run(String name, List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile-");
        Path out = workDir.resolve(name + ".out");
        Path err = workDir.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
            if (p.exitValue() != 0) {
                fail("chromium exited with " + p.exitValue() + ": " + Files.readString(err, StandardCharsets.UTF_8));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
