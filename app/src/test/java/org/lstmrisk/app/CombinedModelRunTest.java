package org.lstmrisk.app;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.ExitCode;
import org.lstmrisk.core.forecast.CombinedModel;
import org.lstmrisk.nightly.state.FolderFiles;

/**
 * {@code run --model lstm+gjr}: each position's forecast is the geometric mean of what {@code --model lstm} and
 * {@code --model gjr} forecast on the same night, to the bit; the state keeps the LSTM part as {@code --model lstm}
 * keeps it (the same files, byte for byte), so a night learns the new days instead of fitting again; bad
 * combinations exit 2 and write nothing.
 */
class CombinedModelRunTest {

    @TempDir
    Path tmp;

    private Path data;
    private Path weights;
    private LocalDate night1;
    private LocalDate night2;

    @BeforeEach
    void setUp() {
        data = StateFixture.smallData(tmp.resolve("data"), null, "AAPL", "MSFT");
        weights = StateFixture.weights(tmp.resolve("weights.csv"), "AAPL", "MSFT");
        List<LocalDate> all = StateFixture.dates(data, "AAPL");
        night1 = all.get(all.size() - 3);
        night2 = all.get(all.size() - 1);
    }

    private Cli run(String model, Path state, Path out, LocalDate asOf, String... more) {
        var args = new ArrayList<>(List.of("run", "--data", data.toString(), "--weights", weights.toString(),
                "--model", model, "--epochs", "2", "--threads", "2", "--as-of", asOf.toString(),
                "--out", out.toString()));
        if (state != null) {
            args.addAll(List.of("--state", state.toString()));
        }
        args.addAll(List.of(more));
        if (!args.contains("--var-method")) {
            args.addAll(List.of("--var-method", "normal")); // fhs, the default, needs more history than the fixture
        }
        return Cli.run(args.toArray(String[]::new));
    }

    private static JsonNode report(Path out, LocalDate asOf) throws IOException {
        return new ObjectMapper().readTree(out.resolve(asOf + "/report.json").toFile());
    }

    @Test
    void lstmPlusGjr_isTheGeometricMeanOfBothRuns_andKeepsTheLstmStateOfAnLstmRun() throws IOException {
        Path combinedState = tmp.resolve("state-combined");
        Path lstmState = tmp.resolve("state-lstm");
        Path out = tmp.resolve("out");
        Cli bootstrap = run("lstm+gjr", combinedState, out.resolve("combined"), night1);
        assertEquals(ExitCode.OK, bootstrap.exitCode(), bootstrap::toString);
        assertTrue(bootstrap.out().contains("bootstrapped (full fit): AAPL, MSFT"), bootstrap::toString);
        Cli update = run("lstm+gjr", combinedState, out.resolve("combined"), night2);
        assertEquals(ExitCode.OK, update.exitCode(), update::toString);
        assertTrue(update.out().contains("learned the days after " + night1 + ": AAPL, MSFT"), update::toString);

        assertEquals(ExitCode.OK, run("lstm", lstmState, out.resolve("lstm"), night1).exitCode());
        Path switched = tmp.resolve("state-switched");
        FolderFiles.copyTree(lstmState, switched);
        assertEquals(ExitCode.OK, run("lstm", lstmState, out.resolve("lstm"), night2).exitCode());

        // A state an LSTM run left is continued by the combination: its files are the combination's LSTM part.
        Cli continued = run("lstm+gjr", switched, out.resolve("switched"), night2);
        assertEquals(ExitCode.OK, continued.exitCode(), continued::toString);
        assertTrue(continued.out().contains("learned the days after " + night1 + ": AAPL, MSFT"), continued::toString);
        assertEquals(StateFixture.committedModels(lstmState), StateFixture.committedModels(switched));
        assertEquals(ExitCode.OK, run("gjr", null, out.resolve("gjr"), night2).exitCode());

        assertEquals(List.of("lstm/AAPL.model", "lstm/MSFT.model"),
                List.copyOf(StateFixture.committedModels(combinedState).keySet()));
        assertEquals(StateFixture.committedModels(lstmState), StateFixture.committedModels(combinedState),
                "the LSTM part is stored as an LSTM run stores it, byte for byte");

        JsonNode combined = report(out.resolve("combined"), night2);
        assertEquals(combined.get("volatilities"), report(out.resolve("switched"), night2).get("volatilities"));
        JsonNode lstm = report(out.resolve("lstm"), night2);
        JsonNode gjr = report(out.resolve("gjr"), night2);
        assertEquals("lstm+gjr", combined.get("model").asText());
        for (int i = 0; i < 2; i++) {
            double expected = CombinedModel.combine(lstm.get("volatilities").get(i).asDouble(),
                    gjr.get("volatilities").get(i).asDouble());
            assertEquals(expected, combined.get("volatilities").get(i).asDouble(), 0.0,
                    combined.get("tickers").get(i).asText());
        }
        double lstmOnly = lstm.get("volatilities").get(0).asDouble();
        assertFalse(lstmOnly == combined.get("volatilities").get(0).asDouble(), "the combination differs from its parts");

        // The same night with filtered historical simulation: the LSTM as stored, the past forecasts replayed.
        Cli fhs = run("lstm+gjr", combinedState, out.resolve("combined-fhs"), night2, "--var-method", "fhs",
                "--var-window", "150");
        assertEquals(ExitCode.OK, fhs.exitCode(), fhs::toString);
        assertTrue(fhs.out().contains("already learned the as-of date, used as stored: AAPL, MSFT"), fhs::toString);
        JsonNode withFhs = report(out.resolve("combined-fhs"), night2);
        assertEquals(combined.get("volatilities"), withFhs.get("volatilities"));
    }

    @Test
    void badCombinations_exit2WithOneLine_andWriteNothing() throws IOException {
        Path state = tmp.resolve("state");
        Path out = tmp.resolve("out");
        String[][] cases = {
                {"lstm+gjr@weight", "fitted weights (@weight, @regression) need past forecasts"},
                {"gjr+lstm", "the neural model lstm must come first"},
                {"lstm+nope", "'nope' is not a model"},
                {"lstm+lstm", "names lstm twice"},
                {"lstm+", "'' is not a model"},
        };
        for (String[] c : cases) {
            Cli cli = run(c[0], state, out, night2);
            assertEquals(ExitCode.BAD_INPUT, cli.exitCode(), cli::toString);
            assertTrue(cli.err().contains(c[1]), cli::toString);
            assertEquals(1, cli.err().strip().lines().count(), cli::toString);
        }
        Cli retrain = run("gjr+ewma", state, out, night2, "--retrain", "AAPL");
        assertEquals(ExitCode.BAD_INPUT, retrain.exitCode(), retrain::toString);
        assertTrue(retrain.err().contains("the gjr+ewma model is refitted from the data every run"), retrain::toString);
        assertFalse(Files.exists(out.resolve(night2.toString())), "no report written");
        try (var files = Files.walk(state)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".model")).toList(), "no model stored");
        }

        Cli evaluate = Cli.run("evaluate", "--data", data.toString(), "--models", "lstm+gjr", "--out",
                out.resolve("eval").toString());
        assertEquals(ExitCode.BAD_INPUT, evaluate.exitCode(), evaluate::toString);
        assertTrue(evaluate.err().contains("score a combination with --combine lstm+gjr"), evaluate::toString);
    }
}
