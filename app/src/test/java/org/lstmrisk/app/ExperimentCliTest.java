package org.lstmrisk.app;

import org.lstmrisk.core.ExitCode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lstm-risk experiment} end to end on small synthetic index files with few epochs: exit codes, the printed
 * table beside the published one and the naive row, the files written, the naive figures recomputed from the input,
 * and byte-identical output on a re-run.
 */
class ExperimentCliTest {

    @TempDir
    Path tmp;

    /** A seeded random-walk index file; returns the closes written. */
    private static double[] writeIndex(Path file, int n, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>();
        lines.add("Date,Open,High,Low,Close,Volume");
        double[] closes = new double[n];
        double level = 3000;
        LocalDate d = LocalDate.of(2015, 1, 5);
        for (int i = 0; i < n; i++) {
            while (d.getDayOfWeek().getValue() > 5) {
                d = d.plusDays(1);
            }
            level *= 1 + 0.01 * (random.nextDouble() - 0.49);
            double close = Math.round(level * 100) / 100.0;
            closes[i] = close;
            long volume = 100_000 + random.nextInt(50_000);
            lines.add(d + "," + close + "," + close + "," + close + "," + close + "," + volume);
            d = d.plusDays(1);
        }
        Files.write(file, lines);
        return closes;
    }

    @Test
    void test_sse_missingFile_exits2AndWritesNothing() {
        Path out = tmp.resolve("out");
        Cli r = Cli.run("experiment", "sse", "--data", tmp.resolve("nope.csv").toString(), "--out", out.toString());
        assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().contains("nope.csv") && r.err().contains("not found"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void test_sp500_missingFile_exits2() {
        Cli r = Cli.run("experiment", "sp500", "--data", tmp.resolve("nope.csv").toString(), "--out",
                tmp.resolve("o").toString());
        assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    }

    @Test
    void test_sse_endToEnd_printsTableBesidePublishedAndNaive_andIsDeterministic() throws IOException {
        Path data = tmp.resolve("index.csv");
        double[] closes = writeIndex(data, 400, 5);
        Path out = tmp.resolve("sse");
        Cli r = Cli.run("experiment", "sse", "--data", data.toString(), "--from", "2015-01-01", "--epochs", "2",
                "--repeats", "2", "--out", out.toString());
        assertEquals(ExitCode.OK, r.exitCode(), r.toString());
        assertTrue(r.out().contains("| LSTM |") && r.out().contains("| RNN |"), r.out());
        assertTrue(r.out().contains("| 16.02 | 26.88 | 0.97 | 0.99 |"), r.out());
        assertTrue(r.out().contains("| 27.84 | 39.69 | 0.93 | 0.98 |"), r.out());
        assertTrue(r.out().contains("naive (tomorrow = today)"), r.out());
        assertTrue(r.out().contains("mean ± sd"), r.out());
        for (String f : List.of("sse.json", "sse.md", "sse.html", "loss-lstm.svg", "loss-rnn.svg", "errors-lstm.svg",
                "errors-rnn.svg")) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }

        JsonNode json = new ObjectMapper().readTree(out.resolve("sse.json").toFile());
        JsonNode main = json.get("result").get("main");
        int testStart = main.get("split").get("train").asInt() + main.get("split").get("validation").asInt();
        double abs = 0;
        int n = 0;
        for (int t = testStart + 7; t < closes.length; t++) {
            abs += Math.abs(closes[t - 1] - closes[t]);
            n++;
        }
        assertEquals(n, main.get("naive").get("observations").asInt());
        assertEquals(abs / n, main.get("naive").get("mae").asDouble(), 1e-9);
        assertEquals(2, json.get("result").get("repeats").size());
        assertEquals(2, main.get("lstm").get("trainLoss").size());

        byte[] first = Files.readAllBytes(out.resolve("sse.json"));
        byte[] firstHtml = Files.readAllBytes(out.resolve("sse.html"));
        Cli again = Cli.run("experiment", "sse", "--data", data.toString(), "--from", "2015-01-01", "--epochs", "2",
                "--repeats", "2", "--out", out.toString());
        assertEquals(ExitCode.OK, again.exitCode(), again.toString());
        assertArrayEquals(first, Files.readAllBytes(out.resolve("sse.json")));
        assertArrayEquals(firstHtml, Files.readAllBytes(out.resolve("sse.html")));
    }

    @Test
    void test_sp500_endToEnd_writesThreeModes() throws IOException {
        Path data = tmp.resolve("sp.csv");
        writeIndex(data, 700, 8);
        Path out = tmp.resolve("sp500");
        Cli r = Cli.run("experiment", "sp500", "--data", data.toString(), "--epochs", "1", "--out", out.toString());
        assertEquals(ExitCode.OK, r.exitCode(), r.toString());
        for (String mode : List.of("point-by-point", "full-sequence", "multi-sequence")) {
            assertTrue(r.out().contains("| " + mode + " |"), r.out());
            assertTrue(Files.size(out.resolve("prediction-" + mode + ".svg")) > 100, mode);
        }
        JsonNode json = new ObjectMapper().readTree(out.resolve("sp500.json").toFile());
        JsonNode modes = json.get("result").get("modes");
        assertEquals(3, modes.size());
        int testWindows = json.get("result").get("testSamples").asInt();
        assertEquals(700 - 595 - 50, testWindows);
        assertEquals(testWindows, modes.get(0).get("network").get("observations").asInt());
        assertEquals(testWindows, modes.get(1).get("network").get("observations").asInt());
        assertEquals(50, modes.get(2).get("network").get("observations").asInt());
        assertTrue(Files.exists(out.resolve("sp500.html")));
    }
}
