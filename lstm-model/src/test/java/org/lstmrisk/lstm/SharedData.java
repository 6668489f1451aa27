package org.lstmrisk.lstm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the data shipped beside the project (system property {@code lstmrisk.sharedData}); skips if absent. */
final class SharedData {

    private SharedData() {
    }

    /** The one-column {@code sinewave.csv} (header {@code sinewave}), or a skipped test. */
    static double[] sineWave() throws IOException {
        String dir = System.getProperty("lstmrisk.sharedData");
        assumeTrue(dir != null, "lstmrisk.sharedData not set");
        Path file = Path.of(dir, "sinewave.csv");
        assumeTrue(Files.isRegularFile(file), "no " + file);
        List<String> lines = Files.readAllLines(file);
        if (!lines.get(0).trim().equals("sinewave")) {
            throw new IllegalStateException("unexpected header in " + file + ": " + lines.get(0));
        }
        return lines.stream().skip(1).map(String::trim).filter(s -> !s.isEmpty()).mapToDouble(Double::parseDouble)
                .toArray();
    }
}
