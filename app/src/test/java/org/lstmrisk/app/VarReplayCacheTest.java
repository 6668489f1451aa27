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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.ExitCode;

/**
 * {@code run --model lstm --var-method fhs} with a state folder: the frozen fits behind the VaR method's past
 * forecasts are kept in {@code DIR/replay}, the next night reads them instead of training again, and the figures
 * are bit for bit those of a run without the cache. A run that no longer needs them removes them.
 */
class VarReplayCacheTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TICKERS = List.of("KO", "MSFT");
    private static final int WINDOW = 60;
    private static final int ANCHOR_DAYS = 63;

    @TempDir
    Path tmp;

    @Test
    void theNextNight_readsTheReplayFits_andGivesTheFiguresOfAFreshReplay() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        for (String t : TICKERS) {
            Files.copy(SharedData.dir().resolve("djia30").resolve(t + ".csv"), data.resolve(t + ".csv"));
        }
        // Two consecutive trading days whose windows start after the same anchor (a multiple of 63 days from the
        // first date of the positions' calendar), computed here from the CSV file's own dates.
        List<LocalDate> calendar = new ArrayList<>(IndependentCsv.adjustedCloses(data.resolve("KO.csv")).keySet());
        int second = calendar.indexOf(LocalDate.of(2024, 3, 7));
        while ((second - 1 - WINDOW) % ANCHOR_DAYS == ANCHOR_DAYS - 1) {
            second--; // the first night's window must not start on the last day before an anchor
        }
        LocalDate night1 = calendar.get(second - 1);
        LocalDate night2 = calendar.get(second);
        Path state = tmp.resolve("state");

        Cli first = run(data, night1, "fhs", state, "out1");
        assertEquals(ExitCode.OK, first.exitCode(), first::toString);
        Set<String> fits = files(state.resolve("replay"));
        assertEquals(TICKERS.size(), fits.size(), "one frozen fit per position is kept: " + fits);

        Cli next = run(data, night2, "fhs", state, "out2");
        assertEquals(ExitCode.OK, next.exitCode(), next::toString);
        assertTrue(next.out().contains("past forecasts of the VaR method replayed from the cached fits of 2 positions"),
                next::toString);
        assertEquals(fits, files(state.resolve("replay")), "the same anchor: the same fits, nothing new");

        // The same two nights on a second state whose cache is removed in between: the second night replays afresh.
        Path other = tmp.resolve("other");
        assertEquals(ExitCode.OK, run(data, night1, "fhs", other, "out3").exitCode());
        deleteTree(other.resolve("replay"));
        Cli fresh = run(data, night2, "fhs", other, "out4");
        assertEquals(ExitCode.OK, fresh.exitCode(), fresh::toString);
        assertFalse(fresh.out().contains("replayed from the cached fits"), fresh::toString);
        JsonNode cached = portfolio(tmp.resolve("out2"), night2);
        JsonNode replayed = portfolio(tmp.resolve("out4"), night2);
        assertEquals(replayed.toString(), cached.toString(), "the cache changes no figure");
        assertTrue(cached.get("var").get("0.99").asDouble() > 0, cached::toString);
        assertEquals(fits, files(other.resolve("replay")), "the fresh replay stores the same fits");

        Cli normal = run(data, night2, "normal", state, "out5");
        assertEquals(ExitCode.OK, normal.exitCode(), normal::toString);
        assertFalse(Files.exists(state.resolve("replay")), "a run that needs no replay keeps no fits");
    }

    private Cli run(Path data, LocalDate asOf, String method, Path state, String out) {
        List<String> args = new ArrayList<>(List.of("run", "--data", data.toString(), "--model", "lstm",
                "--epochs", "1", "--threads", "2", "--var-method", method,
                "--var-window", String.valueOf(WINDOW), "--as-of", asOf.toString(),
                "--out", tmp.resolve(out).toString()));
        if (state != null) {
            args.addAll(List.of("--state", state.toString()));
        }
        return Cli.run(args.toArray(new String[0]));
    }

    private static JsonNode portfolio(Path out, LocalDate asOf) throws IOException {
        return JSON.readTree(out.resolve(asOf.toString()).resolve("report.json").toFile()).get("portfolio");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Set<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }
}
