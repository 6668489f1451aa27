package org.lstmrisk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.stream.Stream;

/**
 * Small inputs and state inspection for the nightly-state tests: a short stretch of the shipped Dow data for a
 * few tickers, a weights file, the hash of every file of a state folder, the committed models and the history.
 */
final class StateFixture {

    /** The first date of the small data sets: about 440 trading days before the data's end (2024-03-08). */
    static final String FROM = "2022-06-01";

    private StateFixture() {
    }

    /** Copies {@code tickers}' rows dated {@code FROM} or later (and not after {@code to}, when given) into {@code dir}. */
    static Path smallData(Path dir, LocalDate to, String... tickers) {
        try {
            Path djia = SharedData.dir().resolve("djia30");
            Files.createDirectories(dir);
            for (String t : tickers) {
                List<String> lines = Files.readAllLines(djia.resolve(t + ".csv"));
                var kept = new ArrayList<String>();
                kept.add(lines.get(0));
                for (String line : lines.subList(1, lines.size())) {
                    String date = line.substring(0, line.indexOf(','));
                    if (date.compareTo(FROM) >= 0 && (to == null || date.compareTo(to.toString()) <= 0)) {
                        kept.add(line);
                    }
                }
                Files.write(dir.resolve(t + ".csv"), kept);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The trading dates of {@code ticker} in a data folder, in order. */
    static List<LocalDate> dates(Path dataDir, String ticker) {
        try (Stream<String> lines = Files.lines(dataDir.resolve(ticker + ".csv"))) {
            return lines.skip(1).map(l -> LocalDate.parse(l.substring(0, l.indexOf(',')))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A weights file with {@code tickers} equally weighted. */
    static Path weights(Path file, String... tickers) {
        var sb = new StringBuilder("ticker,weight\n");
        for (String t : tickers) {
            sb.append(t).append(',').append(1.0 / tickers.length).append('\n');
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under {@code dir} (relative path) with the SHA-256 of its bytes; empty when it does not exist. */
    static Map<String, String> snapshot(Path dir) {
        return org.lstmrisk.nightly.state.FolderFiles.snapshot(dir);
    }

    /** The current generation number recorded in the state's history (0 for none). */
    static long currentGeneration(Path state) {
        return query(state, "SELECT COALESCE(MAX(generation), 0) FROM model_generations").stream()
                .mapToLong(Long::parseLong).findFirst().orElse(0);
    }

    /** The committed models: each file of the current generation (path under it) with its SHA-256. */
    static Map<String, String> committedModels(Path state) {
        long g = currentGeneration(state);
        if (g == 0) {
            return Map.of();
        }
        return snapshot(state.resolve("models").resolve(String.format("g%06d", g)));
    }

    /** The as-of dates of the runs recorded in the state's history, in recording order. */
    static List<String> recordedAsOfDates(Path state) {
        return query(state, "SELECT as_of FROM runs ORDER BY run_seq");
    }

    /** The first column of {@code sql}'s rows as text; empty when the database or the table does not exist. */
    static List<String> query(Path state, String sql) {
        Path db = state.resolve("history.db");
        var rows = new ArrayList<String>();
        if (!Files.exists(db)) {
            return rows;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        } catch (SQLException e) {
            if (e.getMessage().contains("no such table")) {
                return rows;
            }
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
