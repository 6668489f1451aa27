package org.lstmrisk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.ExitCode;
import org.lstmrisk.nightly.history.HistoryLocation;
import org.lstmrisk.nightly.history.PostgresTestDatabase;

/**
 * The nightly job with its history on a real PostgreSQL server and its models in the state folder: a bootstrap
 * and two nightly updates give byte for byte the models and report.json of the same nights on SQLite, each
 * night's generation is committed with its run in the server's transaction, {@code history --verify} holds, and a
 * run refused by the server's history (a disabled guard) changes neither the models nor the history.
 */
class PostgresNightlyCliTest {

    @TempDir
    Path tmp;

    @RegisterExtension
    final PostgresTestDatabase server = new PostgresTestDatabase();
    private HistoryLocation history;
    private Path data;
    private Path weights;
    private List<LocalDate> nights;

    @BeforeEach
    void setUp() throws SQLException {
        history = server.location();
        data = StateFixture.smallData(tmp.resolve("data"), null, "AAPL", "MSFT", "JPM");
        weights = StateFixture.weights(tmp.resolve("weights.csv"), "AAPL", "MSFT");
        List<LocalDate> all = StateFixture.dates(data, "AAPL");
        nights = all.subList(all.size() - 3, all.size());
    }

    private Cli run(Path state, Path out, LocalDate asOf, String... more) {
        var args = new ArrayList<>(List.of("run", "--var-method", "normal",
                "--data", data.toString(), "--weights", weights.toString(),
                "--epochs", "2", "--threads", "2", "--as-of", asOf.toString(), "--state", state.toString(),
                "--out", out.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void nights_onPostgres_equalTheSameNightsOnSqlite_andAreCommittedWithTheirRuns() throws Exception {
        Path pgState = tmp.resolve("pg-state");
        Path sqliteState = tmp.resolve("sqlite-state");
        for (LocalDate night : nights) {
            Cli onPostgres = run(pgState, tmp.resolve("out-pg"), night, "--history-url", history.jdbcUrl());
            assertEquals(ExitCode.OK, onPostgres.exitCode(), onPostgres::toString);
            assertTrue(onPostgres.out().contains("recorded: run " + night + "-1 in jdbc:postgresql:"), onPostgres::toString);
            assertTrue(!onPostgres.out().contains("password=lstm") && !onPostgres.out().matches("(?s).*password=[^*].*"),
                    "the password is not printed");
            Cli onSqlite = run(sqliteState, tmp.resolve("out-sqlite"), night);
            assertEquals(ExitCode.OK, onSqlite.exitCode(), onSqlite::toString);
            assertArrayEquals(Files.readAllBytes(tmp.resolve("out-sqlite").resolve(night + "/report.json")),
                    Files.readAllBytes(tmp.resolve("out-pg").resolve(night + "/report.json")), "report.json of " + night);
        }
        assertTrue(!Files.exists(pgState.resolve("history.db")), "the history is on the server, not in the folder");
        assertEquals(List.of("1", "2", "3"), query("SELECT generation FROM model_generations ORDER BY generation"));
        assertEquals(List.of(nights.get(2) + "-1"), query("SELECT run_id FROM model_generations WHERE generation = 3"));
        assertEquals(StateFixture.snapshot(sqliteState.resolve("models").resolve("g000003")),
                StateFixture.snapshot(pgState.resolve("models").resolve("g000003")), "the same model files, byte for byte");
        assertEquals(List.of("g000003"), Files.list(pgState.resolve("models")).map(p -> p.getFileName().toString()).toList());

        Cli verify = Cli.run("history", "--verify", "--history-url", history.jdbcUrl());
        assertEquals(ExitCode.OK, verify.exitCode(), verify::toString);
        assertTrue(verify.out().startsWith("history verified: "), verify::toString);
    }

    @Test
    void aRunRefusedByTheServersHistory_changesNeitherModelsNorHistory() throws Exception {
        Path state = tmp.resolve("state");
        Cli first = run(state, tmp.resolve("out"), nights.get(0), "--history-url", history.jdbcUrl());
        assertEquals(ExitCode.OK, first.exitCode(), first::toString);
        try (Connection c = DriverManager.getConnection(history.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE runs DISABLE TRIGGER runs_no_delete");
        }
        Map<String, String> before = StateFixture.snapshot(state);
        List<String> runsBefore = query("SELECT run_id FROM runs ORDER BY run_seq");

        Cli refused = run(state, tmp.resolve("out"), nights.get(1), "--history-url", history.jdbcUrl());
        assertEquals(ExitCode.BAD_INPUT, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("trigger runs_no_delete on runs: disabled"), refused::toString);
        assertEquals(1, refused.err().strip().lines().count(), refused::toString);
        assertEquals(before, StateFixture.snapshot(state), "the state folder is unchanged");
        assertEquals(runsBefore, query("SELECT run_id FROM runs ORDER BY run_seq"), "nothing was recorded");

        Cli verify = Cli.run("history", "--verify", "--history-url", history.jdbcUrl());
        assertEquals(ExitCode.BAD_INPUT, verify.exitCode(), verify::toString);
    }

    private List<String> query(String sql) throws SQLException {
        var rows = new ArrayList<String>();
        try (Connection c = DriverManager.getConnection(history.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
