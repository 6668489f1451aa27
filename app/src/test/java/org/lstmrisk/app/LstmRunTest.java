package org.lstmrisk.app;

import org.lstmrisk.core.ExitCode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nightly run with the LSTM forecaster, end to end through the command line, kept short with few epochs. */
class LstmRunTest {

    @TempDir
    Path tmp;

    private Path weights() throws IOException {
        Path w = tmp.resolve("weights.csv");
        Files.writeString(w, "ticker,weight\nAAPL,0.5\nJPM,0.3\nKO,0.2\n");
        return w;
    }

    private Cli run(String model, Path out, String threads) throws IOException {
        return Cli.run("run", "--data", SharedData.dir().resolve("djia30").toString(), "--weights", weights().toString(),
                "--as-of", "2024-03-08", "--model", model, "--epochs", "2", "--threads", threads, "--out", out.toString());
    }

    @Test
    void run_lstm_writesAReport_reproducibleBitForBitWithOneOrTwoThreads() throws IOException {
        Cli one = run("lstm", tmp.resolve("a"), "1");
        Cli two = run("lstm", tmp.resolve("b"), "2");
        assertEquals(ExitCode.OK, one.exitCode(), one::toString);
        assertEquals(ExitCode.OK, two.exitCode(), two::toString);
        Path a = tmp.resolve("a/2024-03-08/report.json");
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(tmp.resolve("b/2024-03-08/report.json")));
        JsonNode r = new ObjectMapper().readTree(a.toFile());
        assertEquals("lstm", r.get("model").asText());
        for (JsonNode v : r.get("volatilities")) {
            assertTrue(v.asDouble() > 0.002 && v.asDouble() < 0.08, "plausible daily volatility " + v);
        }
        String html = Files.readString(a.resolveSibling("report.html"));
        assertTrue(html.contains("id=\"training\""), "the page shows the training of the models fitted in this run");
        for (String t : new String[] {"AAPL", "JPM", "KO"}) {
            assertTrue(html.contains("<b>" + t + "</b>2 epochs"), "a loss curve for " + t);
        }
    }

    @Test
    void run_rnn_isAvailableForTheComparison() throws IOException {
        Cli cli = run("rnn", tmp.resolve("r"), "2");
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        assertTrue(cli.out().contains("model rnn"), cli::toString);
    }
}
