package org.lstmrisk.nightly.history;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lstmrisk.portfolio.limits.LimitStatus;

/**
 * Reads the history: runs in a date range, their limit counts and limits-file changes, and (when the filter
 * selects them) their limit results with every review. Reads only; never creates a database. This class is
 * immutable and thread-safe.
 */
public final class HistoryQuery {

    private final HistoryDatabase database;
    private final HistorySchema schema;

    /** A query from its collaborators. */
    @Inject
    public HistoryQuery(HistoryDatabase database, HistorySchema schema) {
        this.database = database;
        this.schema = schema;
    }

    /**
     * The runs and results {@code filter} selects.
     *
     * @throws org.lstmrisk.core.UserInputException when there is no history at {@code location}
     * @throws HistoryException                    when the database cannot be read
     */
    public HistoryView find(HistoryLocation location, HistoryFilter filter) {
        try (Connection c = database.openExisting(location)) {
            schema.requireReadable(c, location);
            List<RunRow> runs = runs(c, filter);
            if (filter.selectsResults()) {
                Map<String, List<LimitResultRow>> results = results(c, filter);
                runs = runs.stream().map(r -> r.withLimitResults(results.getOrDefault(r.runId(), List.of()))).toList();
            }
            return new HistoryView(location.describe(), filter, runs);
        } catch (SQLException e) {
            throw ForeignDatabase.refusal(e, location).orElseGet(() ->
                    new HistoryException("cannot read the history " + location.describe() + ": " + e.getMessage(), e));
        }
    }

    private static List<RunRow> runs(Connection c, HistoryFilter filter) throws SQLException {
        var where = new Where();
        dateRange(where, filter);
        if (filter.selectsResults()) {
            var sub = new Where();
            sub.add("lr.run_id = r.run_id", null);
            resultConditions(sub, filter);
            where.add("EXISTS (SELECT 1 FROM limit_results lr" + sub.sql() + ")", null);
            where.parameters.addAll(sub.parameters);
        }
        String sql = """
                SELECT r.*, p.run_id AS prev_run_id, p.limits_fingerprint AS prev_limits,
                  COALESCE(n.results, 0) AS n_results, COALESCE(n.warnings, 0) AS n_warnings,
                  COALESCE(n.breaches, 0) AS n_breaches, COALESCE(n.hard_breaches, 0) AS n_hard
                FROM runs r
                LEFT JOIN runs p ON p.run_seq = (SELECT MAX(q.run_seq) FROM runs q WHERE q.run_seq < r.run_seq)
                LEFT JOIN (SELECT run_id, COUNT(*) AS results,
                             SUM(CASE WHEN status = 'WARN' THEN 1 ELSE 0 END) AS warnings,
                             SUM(CASE WHEN status = 'BREACH' THEN 1 ELSE 0 END) AS breaches,
                             SUM(CASE WHEN status = 'BREACH' AND hard = 1 THEN 1 ELSE 0 END) AS hard_breaches
                           FROM limit_results GROUP BY run_id) n ON n.run_id = r.run_id"""
                + where.sql() + " ORDER BY r.as_of, r.run_seq";
        var runs = new ArrayList<RunRow>();
        try (PreparedStatement p = where.prepare(c, sql); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                runs.add(run(rs));
            }
        }
        return runs;
    }

    private static RunRow run(ResultSet rs) throws SQLException {
        String limits = rs.getString("limits_fingerprint");
        String prevRun = rs.getString("prev_run_id");
        String prevLimits = rs.getString("prev_limits");
        RunRow.LimitsChange change = null;
        if (prevRun == null ? limits != null : !Objects.equals(prevLimits, limits)) {
            change = new RunRow.LimitsChange(prevRun, prevLimits, limits);
        }
        return new RunRow(
                rs.getString("run_id"),
                LocalDate.parse(rs.getString("as_of")),
                Instant.parse(rs.getString("started_at")),
                Instant.parse(rs.getString("finished_at")),
                rs.getInt("exit_code"),
                rs.getString("model"),
                rs.getInt("horizon_days"),
                rs.getInt("positions"),
                new RunRow.Figures(rs.getDouble("portfolio_volatility"), rs.getDouble("volatility_annualized"),
                        nullableDouble(rs, "var95"), nullableDouble(rs, "var99"), nullableDouble(rs, "es975"),
                        rs.getDouble("weight_sum"), rs.getDouble("gross_weight")),
                new RunRow.Inputs(rs.getString("data_source"), rs.getString("data_fingerprint"),
                        rs.getString("config"), rs.getString("config_fingerprint"), rs.getString("model_versions"),
                        rs.getString("limits_source"), limits),
                new RunRow.Counts(rs.getInt("n_results"), rs.getInt("n_warnings"), rs.getInt("n_breaches"),
                        rs.getInt("n_hard")),
                change,
                rs.getString("report_path"),
                List.of(),
                varMethod(rs));
    }

    /** The run's VaR method, or null when it was recorded before schema version 4 (or the database predates it). */
    private static RunRow.VarMethod varMethod(ResultSet rs) throws SQLException {
        java.sql.ResultSetMetaData meta = rs.getMetaData();
        boolean present = false;
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            present |= meta.getColumnName(i).equalsIgnoreCase("var_method");
        }
        if (!present) {
            return null;
        }
        String name = rs.getString("var_method");
        return name == null ? null
                : new RunRow.VarMethod(name, rs.getInt("var_window_days"), rs.getString("var_parameters"));
    }

    private static Map<String, List<LimitResultRow>> results(Connection c, HistoryFilter filter) throws SQLException {
        Map<String, List<BreachAckRow>> acks = acks(c, filter);
        var where = new Where();
        dateRange(where, filter);
        resultConditions(where, filter);
        String sql = "SELECT lr.* FROM limit_results lr JOIN runs r ON r.run_id = lr.run_id" + where.sql()
                + " ORDER BY r.as_of, r.run_seq, lr.ordinal";
        var byRun = new LinkedHashMap<String, List<LimitResultRow>>();
        try (PreparedStatement p = where.prepare(c, sql); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                String runId = rs.getString("run_id");
                String name = rs.getString("name");
                byRun.computeIfAbsent(runId, k -> new ArrayList<>()).add(new LimitResultRow(
                        runId, name, rs.getString("metric"), rs.getDouble("metric_value"),
                        rs.getDouble("warn_threshold"), rs.getDouble("limit_value"), rs.getDouble("utilisation"),
                        LimitStatus.valueOf(rs.getString("status")), rs.getInt("hard") != 0, rs.getString("drivers"),
                        acks.getOrDefault(runId + "\u0000" + name, List.of())));
            }
        }
        return byRun;
    }

    private static Map<String, List<BreachAckRow>> acks(Connection c, HistoryFilter filter) throws SQLException {
        var where = new Where();
        dateRange(where, filter);
        String sql = "SELECT a.* FROM breach_acks a JOIN runs r ON r.run_id = a.run_id" + where.sql()
                + " ORDER BY a.ack_id";
        var acks = new LinkedHashMap<String, List<BreachAckRow>>();
        try (PreparedStatement p = where.prepare(c, sql); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                BreachAckRow a = new BreachAckRow(rs.getLong("ack_id"), rs.getString("run_id"),
                        rs.getString("limit_name"), Instant.parse(rs.getString("acked_at")), rs.getString("reviewer"),
                        BreachClassification.parse(rs.getString("classification")), rs.getString("action_taken"),
                        rs.getString("ack_comment"));
                acks.computeIfAbsent(a.runId() + "\u0000" + a.limitName(), k -> new ArrayList<>()).add(a);
            }
        }
        return acks;
    }

    private static void dateRange(Where where, HistoryFilter filter) {
        if (filter.from() != null) {
            where.add("r.as_of >= ?", filter.from().toString());
        }
        if (filter.to() != null) {
            where.add("r.as_of <= ?", filter.to().toString());
        }
    }

    private static void resultConditions(Where where, HistoryFilter filter) {
        if (filter.status() != null) {
            where.add("lr.status = ?", filter.status().name());
        }
        if (filter.limitName() != null) {
            where.add("(lr.name = ? OR SUBSTR(lr.name, 1, " + (filter.limitName().length() + 1) + ") = ?)",
                    filter.limitName());
            where.parameters.add(filter.limitName() + ":");
        }
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    /** A WHERE clause built from conditions and their string parameters, in order. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<String> parameters = new ArrayList<>();

        void add(String condition, String parameter) {
            conditions.add(condition);
            if (parameter != null) {
                parameters.add(parameter);
            }
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        PreparedStatement prepare(Connection c, String sql) throws SQLException {
            PreparedStatement p = c.prepareStatement(sql);
            for (int i = 0; i < parameters.size(); i++) {
                p.setString(i + 1, parameters.get(i));
            }
            return p;
        }
    }
}
