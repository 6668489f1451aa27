package org.lstmrisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.ExitCode;

/**
 * The seeds' small LSTM from the command line: {@code --lstm-preset small} with its GDP input from {@code --gdp}
 * (or the config file), carried from night to night in the state; a gdp input without a GDP series, a bad GDP file
 * and an unknown preset are one-line errors (exit 2), not stack traces.
 */
class LstmPresetCliTest {

    @TempDir
    Path tmp;

    private Path data;
    private Path gdp;
    private List<LocalDate> dates;

    @BeforeEach
    void setUp() throws IOException {
        data = StateFixture.smallData(tmp.resolve("data"), null, "AAPL", "MSFT");
        dates = StateFixture.dates(data, "AAPL");
        var lines = new ArrayList<String>();
        lines.add("observation_date,GDPC1");
        LocalDate q = LocalDate.of(2019, 1, 1);
        for (int k = 0; q.isBefore(LocalDate.of(2024, 7, 1)); k++, q = q.plusMonths(3)) {
            lines.add(q + "," + (19000 + 100 * k + (k % 3) * 37.5));
        }
        gdp = Files.write(tmp.resolve("gdp.csv"), lines);
    }

    private Cli run(String... more) {
        var args = new ArrayList<>(List.of("run", "--var-method", "normal",
                "--data", data.toString(), "--epochs", "1", "--threads", "2",
                "--out", tmp.resolve("out").toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void smallPreset_withGdp_bootstrapsAndUpdatesItsStoredModels() throws IOException {
        Path state = tmp.resolve("state");
        LocalDate first = dates.get(dates.size() - 2);
        LocalDate last = dates.get(dates.size() - 1);
        Cli bootstrap = run("--lstm-preset", "small", "--gdp", gdp.toString(), "--as-of", first.toString(),
                "--state", state.toString());
        assertEquals(ExitCode.OK, bootstrap.exitCode(), bootstrap::toString);
        assertTrue(bootstrap.out().contains("bootstrapped (full fit): AAPL, MSFT"), bootstrap::toString);
        Cli next = run("--lstm-preset", "small", "--gdp", gdp.toString(), "--as-of", last.toString(),
                "--state", state.toString());
        assertEquals(ExitCode.OK, next.exitCode(), next::toString);
        assertTrue(next.out().contains("learned the days after " + first + ": AAPL, MSFT"), next::toString);
        var report = new ObjectMapper().readTree(tmp.resolve("out").resolve(last + "/report.json").toFile());
        assertTrue(report.get("portfolio").get("volatility").asDouble() > 0);

        Cli otherPreset = run("--as-of", last.toString(), "--state", state.toString());
        assertEquals(ExitCode.BAD_INPUT, otherPreset.exitCode(), "the stored small models are not the default's");
    }

    @Test
    void theConfigFileNamesPresetAndGdp_relativeToItself() throws IOException {
        Path config = Files.writeString(tmp.resolve("run.yaml"), "lstmPreset: small\ngdp: gdp.csv\n");
        Cli cli = run("--config", config.toString());
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
    }

    @Test
    void aGdpInputWithoutGdp_aBadGdpFile_andAnUnknownPreset_areOneLineErrors() throws IOException {
        Cli noGdp = run("--lstm-preset", "small");
        assertEquals(ExitCode.BAD_INPUT, noGdp.exitCode(), noGdp::toString);
        assertTrue(noGdp.err().contains("--gdp FILE"), noGdp::toString);
        assertEquals(1, noGdp.err().strip().lines().count(), noGdp::toString);

        Cli evaluate = Cli.run("evaluate", "--data", data.toString(), "--models", "lstm", "--epochs", "1",
                "--lstm-features", "vol(garman-klass,1),gdp", "--out", tmp.resolve("eval").toString());
        assertEquals(ExitCode.BAD_INPUT, evaluate.exitCode(), evaluate::toString);
        assertTrue(evaluate.err().contains("include gdp"), evaluate::toString);
        assertEquals(1, evaluate.err().strip().lines().count(), evaluate::toString);

        Path bad = Files.writeString(tmp.resolve("bad-gdp.csv"), "observation_date,GDPC1\n2020-01-01,100\n2020-04-01,.\n");
        Cli badFile = run("--lstm-preset", "small", "--gdp", bad.toString());
        assertEquals(ExitCode.BAD_INPUT, badFile.exitCode(), badFile::toString);
        assertTrue(badFile.err().contains("bad-gdp.csv") && badFile.err().contains("line 3"), badFile::toString);

        Cli unknown = run("--lstm-preset", "huge");
        assertEquals(ExitCode.BAD_INPUT, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("unknown preset 'huge'"), unknown::toString);
        Cli unknownInEvaluate = Cli.run("evaluate", "--data", data.toString(), "--models", "lstm",
                "--lstm-preset", "huge", "--out", tmp.resolve("eval2").toString());
        assertEquals(ExitCode.BAD_INPUT, unknownInEvaluate.exitCode(), unknownInEvaluate::toString);
    }
}
