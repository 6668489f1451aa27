package org.lstmrisk.nightly.state;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.nightly.history.AuditChain;
import org.lstmrisk.nightly.history.EvidenceTable;
import org.lstmrisk.nightly.history.HistoryDatabase;
import org.lstmrisk.nightly.history.HistoryLocation;
import org.lstmrisk.nightly.history.InTransaction;

/**
 * The model generations in the history database ({@code model_generations}, {@code generation_models}, schema
 * version 2): reads the current one (the highest committed number) and appends a new one inside the transaction
 * that records the run, which makes that transaction the commit point of the whole run. This class is immutable
 * and thread-safe.
 */
public final class GenerationRecords {

    private final HistoryDatabase database;

    /** Records in the databases {@code database} opens. */
    @Inject
    public GenerationRecords(HistoryDatabase database) {
        this.database = database;
    }

    /**
     * The current generation: the one the last committed run recorded; {@link ModelGeneration#EMPTY} when the
     * database does not exist yet or predates schema version 2. Reads only.
     */
    public ModelGeneration current(HistoryLocation location) {
        if (location.sqliteFile().map(f -> !Files.exists(f)).orElse(false)) {
            return ModelGeneration.EMPTY;
        }
        try (Connection c = database.openExisting(location)) {
            if (!hasTable(c, "model_generations")) {
                return ModelGeneration.EMPTY;
            }
            return current(c);
        } catch (SQLException e) {
            throw new UserInputException("cannot read the model state from " + location.describe() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The rows that make {@code next} the current generation, to be written in the run's transaction. Fails (and
     * so rolls the run back) unless the generation current in the database is still {@code expectedCurrent}.
     */
    public InTransaction committing(ModelGeneration next, long expectedCurrent) {
        return (c, runId, now) -> {
            long current = current(c).number();
            if (current != expectedCurrent) {
                throw new SQLException("the current model generation changed during the run (" + expectedCurrent
                        + " -> " + current + "); is another process writing this state without its lock?");
            }
            AuditChain.append(c, EvidenceTable.MODEL_GENERATIONS,
                    List.of(AuditChain.row(next.number(), runId, now.toString())));
            var models = new ArrayList<List<Object>>();
            for (ModelEntry e : next.entries()) {
                models.add(AuditChain.row(next.number(), e.model(), e.ticker(), e.lastDate().toString(), e.sha256()));
            }
            AuditChain.append(c, EvidenceTable.GENERATION_MODELS, models);
        };
    }

    /** The current generation through an open connection whose schema has the generation tables. */
    static ModelGeneration current(Connection c) throws SQLException {
        long number;
        try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(generation), 0) FROM model_generations");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            number = rs.getLong(1);
        }
        if (number == 0) {
            return ModelGeneration.EMPTY;
        }
        var entries = new ArrayList<ModelEntry>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT model, ticker, last_date, sha256 FROM generation_models WHERE generation = ?")) {
            p.setLong(1, number);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    entries.add(new ModelEntry(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)),
                            rs.getString(4)));
                }
            }
        }
        return new ModelGeneration(number, entries);
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema(); // the connection's own schema only (PostgreSQL: currentSchema)
        for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
            try (ResultSet rs = meta.getTables(null, schema, name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
