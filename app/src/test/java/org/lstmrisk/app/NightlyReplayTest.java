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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly run carries its LSTM models from night to night: replaying a stretch of the Dow data one night at
 * a time ends in the same models and the same report as bootstrapping and then catching up in one run; a re-run
 * learns nothing twice; tickers that appear, leave and come back are bootstrapped, carried and updated.
 */
class NightlyReplayTest {

    private static final int NIGHTS = 10;

    @TempDir
    Path tmp;

    private Path data;
    private Path weights;
    private List<LocalDate> dates;

    @BeforeEach
    void setUp() {
        data = StateFixture.smallData(tmp.resolve("data"), null, "AAPL", "MSFT", "JPM");
        weights = StateFixture.weights(tmp.resolve("weights.csv"), "AAPL", "MSFT");
        List<LocalDate> all = StateFixture.dates(data, "AAPL");
        dates = all.subList(all.size() - NIGHTS - 1, all.size());
    }

    private Cli run(Path state, Path out, LocalDate asOf, String... more) {
        var args = new java.util.ArrayList<>(List.of("run", "--var-method", "normal",
                "--data", data.toString(), "--weights", weights.toString(),
                "--epochs", "2", "--threads", "2", "--as-of", asOf.toString(), "--state", state.toString(),
                "--out", out.toString()));
        args.addAll(List.of(more));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        return cli;
    }

    @Test
    void run_nightByNight_equalsOneCatchUpRun_andReRunLearnsNothingTwice() throws IOException {
        Path nightly = tmp.resolve("nightly");
        Path catchUp = tmp.resolve("catch-up");
        LocalDate first = dates.get(0);
        LocalDate last = dates.get(NIGHTS);

        Cli bootstrap = run(nightly, tmp.resolve("out-nightly"), first);
        assertTrue(bootstrap.out().contains("bootstrapped (full fit): AAPL, MSFT"), bootstrap::toString);
        for (LocalDate night : dates.subList(1, dates.size())) {
            Cli cli = run(nightly, tmp.resolve("out-nightly"), night);
            assertTrue(cli.out().contains("learned the days after"), cli::toString);
        }
        run(catchUp, tmp.resolve("out-catch-up"), first);
        Cli catchUpRun = run(catchUp, tmp.resolve("out-catch-up"), last);
        assertTrue(catchUpRun.out().contains("learned the days after " + first + ": AAPL, MSFT"), catchUpRun::toString);

        Map<String, String> models = StateFixture.committedModels(nightly);
        assertEquals(List.of("lstm/AAPL.model", "lstm/MSFT.model"), List.copyOf(models.keySet()));
        assertEquals(models, StateFixture.committedModels(catchUp), "the same model files, byte for byte");
        byte[] nightlyReport = Files.readAllBytes(tmp.resolve("out-nightly").resolve(last + "/report.json"));
        byte[] catchUpReport = Files.readAllBytes(tmp.resolve("out-catch-up").resolve(last + "/report.json"));
        assertArrayEquals(nightlyReport, catchUpReport, "the same report.json, byte for byte");
        assertEquals(NIGHTS + 1, StateFixture.currentGeneration(nightly), "one generation per night");
        assertEquals(1, StateFixture.query(nightly, "SELECT COUNT(*) FROM model_generations WHERE generation = "
                + (NIGHTS + 1) + " AND run_id = '" + last + "-1'").stream().mapToInt(Integer::parseInt).sum());

        // re-running the last night: nothing learned, no new generation, the same report bytes
        Map<String, String> stateBefore = StateFixture.committedModels(nightly);
        Cli again = run(nightly, tmp.resolve("out-nightly"), last);
        assertTrue(again.out().contains("already learned the as-of date, used as stored: AAPL, MSFT"), again::toString);
        assertTrue(again.out().contains("nothing new to store"), again::toString);
        assertEquals(stateBefore, StateFixture.committedModels(nightly));
        assertEquals(NIGHTS + 1, StateFixture.currentGeneration(nightly));
        assertArrayEquals(nightlyReport, Files.readAllBytes(tmp.resolve("out-nightly").resolve(last + "/report.json")));
        assertEquals(List.of(last.toString(), last.toString()),
                StateFixture.recordedAsOfDates(nightly).subList(NIGHTS, NIGHTS + 2), "the re-run is recorded as such");
        assertEquals(List.of("g" + String.format("%06d", NIGHTS + 1)),
                Files.list(nightly.resolve("models")).map(p -> p.getFileName().toString()).toList(),
                "older generations are removed once a newer one is committed");
    }

    @Test
    void run_tickerAppearsLeavesAndReturns_isBootstrappedCarriedAndUpdated() throws IOException {
        Path state = tmp.resolve("state");
        Path out = tmp.resolve("out");
        run(state, out, dates.get(0));

        weights = StateFixture.weights(tmp.resolve("weights2.csv"), "AAPL", "JPM");
        Cli second = run(state, out, dates.get(1));
        assertTrue(second.out().contains("bootstrapped (full fit): JPM"), second::toString);
        assertTrue(second.out().contains("carried unchanged: MSFT (not a position; learned up to " + dates.get(0) + ")"),
                second::toString);
        JsonNode carried = new ObjectMapper().readTree(out.resolve(dates.get(1) + "/report.json").toFile())
                .get("state").get("carried");
        assertEquals("[{\"ticker\":\"MSFT\",\"lastDate\":\"" + dates.get(0) + "\",\"reason\":\"not a position\"}]",
                carried.toString());

        Files.delete(data.resolve("MSFT.csv"));
        Cli third = run(state, out, dates.get(2));
        assertTrue(third.out().contains("carried unchanged: MSFT (not in the data; learned up to " + dates.get(0) + ")"),
                third::toString);
        assertEquals(List.of("lstm/AAPL.model", "lstm/JPM.model", "lstm/MSFT.model"),
                List.copyOf(StateFixture.committedModels(state).keySet()), "MSFT's model is kept");

        StateFixture.smallData(data, null, "MSFT");
        weights = StateFixture.weights(tmp.resolve("weights3.csv"), "AAPL", "MSFT", "JPM");
        Cli fourth = run(state, out, dates.get(3));
        assertTrue(fourth.out().contains("learned the days after " + dates.get(0) + ": MSFT"), fourth::toString);
        assertTrue(fourth.out().contains("learned the days after " + dates.get(2) + ": AAPL, JPM"), fourth::toString);
    }
}
