package org.lstmrisk.nightly.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.lstmrisk.forecasters.ForecasterCatalog;
import org.lstmrisk.report.RiskReport;
import org.lstmrisk.nightly.config.RunSettings;
import org.lstmrisk.portfolio.PortfolioRisk;
import org.lstmrisk.portfolio.limits.LimitDriver;
import org.lstmrisk.portfolio.limits.LimitResult;

/**
 * Records runs in the history: the run's row, every limit result and, when it is new, the limits file, in
 * one transaction (the schema is created or migrated in the same transaction), so a failure leaves the
 * database as it was. The run id is {@code <as-of>-<n>}, the n-th run recorded for that as-of date. Times
 * come from the injected {@link Clock} as UTC instants to the millisecond. This class is immutable and
 * thread-safe.
 */
public final class RunRecorder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HistoryDatabase database;
    private final HistorySchema schema;
    private final ForecasterCatalog forecasters;
    private final Clock clock;

    /** A recorder from its collaborators. */
    @Inject
    public RunRecorder(HistoryDatabase database, HistorySchema schema, ForecasterCatalog forecasters, Clock clock) {
        this.database = database;
        this.schema = schema;
        this.forecasters = forecasters;
        this.clock = clock;
    }

    /**
     * Checks, before a run computes anything, that {@code location} can record it (driver, schema version).
     *
     * @throws org.lstmrisk.core.UserInputException when it cannot
     */
    public void checkWritable(HistoryLocation location) {
        database.checkWritable(location, schema);
    }

    /** The start of a run to be recorded in {@code location}: notes the time now. */
    public PendingRun start(HistoryLocation location) {
        return new PendingRun(location, now());
    }

    /**
     * The log that records a run with {@code settings} and {@code limitsFile} (or {@code null} without one)
     * when its report is published. Reads the limits and weights files now, as the run uses them.
     */
    public RunLog runLog(PendingRun pending, RunSettings settings, Path limitsFile) {
        RunConfiguration config = RunConfiguration.of(settings);
        LimitsFileSnapshot limits = limitsFile == null ? null : LimitsFileSnapshot.read(limitsFile);
        String modelVersions = modelVersions(settings);
        return (report, reportDir, exitCode, extra) ->
                Optional.of(record(pending, config, modelVersions, limits, report, reportDir, exitCode, extra));
    }

    /**
     * Records one run in one transaction.
     *
     * @throws HistoryException when the database cannot be written; nothing of the run is then recorded
     */
    public RecordedRun record(PendingRun pending, RunConfiguration config, String modelVersions,
                              LimitsFileSnapshot limits, RiskReport report, Path reportDir, int exitCode) {
        return record(pending, config, modelVersions, limits, report, reportDir, exitCode, InTransaction.NONE);
    }

    /**
     * Records one run and {@code extra} rows in one transaction.
     *
     * @throws HistoryException when the database cannot be written; nothing of the run is then recorded
     */
    public RecordedRun record(PendingRun pending, RunConfiguration config, String modelVersions,
                              LimitsFileSnapshot limits, RiskReport report, Path reportDir, int exitCode,
                              InTransaction extra) {
        HistoryLocation location = pending.location();
        try (Connection c = database.openForWrite(location)) {
            try {
                schema.migrate(c, location, now());
                RecordedRun recorded = insert(c, pending, config, modelVersions, limits, report, reportDir, exitCode);
                extra.write(c, recorded.runId(), now());
                c.commit();
                return recorded;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new HistoryException("the report was published in " + reportDir + " but the run could not be "
                    + "recorded in the history " + location.describe() + " (nothing of it was recorded): "
                    + e.getMessage(), e);
        }
    }

    private RecordedRun insert(Connection c, PendingRun pending, RunConfiguration config, String modelVersions,
                               LimitsFileSnapshot limits, RiskReport report, Path reportDir, int exitCode)
            throws SQLException {
        String asOf = report.asOf().toString();
        long seq = queryLong(c, "SELECT COALESCE(MAX(run_seq), 0) FROM runs", null) + 1;
        long n = queryLong(c, "SELECT COUNT(*) FROM runs WHERE as_of = ?", asOf) + 1;
        String runId = asOf + "-" + n;
        boolean hadRuns = seq > 1;
        String previousLimits = previousLimitsFingerprint(c);
        String limitsFingerprint = limits == null ? null : limits.fingerprint();

        PortfolioRisk risk = report.risk();
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO runs (run_id, run_seq, as_of, started_at, finished_at, exit_code, model, model_versions,
                  horizon_days, positions, data_source, data_fingerprint, config, config_fingerprint, limits_source,
                  limits_fingerprint, portfolio_volatility, volatility_annualized, var95, var99, es975, weight_sum,
                  gross_weight, report_path)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int i = 0;
            p.setString(++i, runId);
            p.setLong(++i, seq);
            p.setString(++i, asOf);
            p.setString(++i, pending.startedAt().toString());
            p.setString(++i, now().toString());
            p.setInt(++i, exitCode);
            p.setString(++i, report.model());
            p.setString(++i, modelVersions);
            p.setInt(++i, report.horizonDays());
            p.setInt(++i, report.universe().tickers().size());
            p.setString(++i, report.data().source());
            p.setString(++i, report.data().fingerprint());
            p.setString(++i, config.canonical());
            p.setString(++i, config.fingerprint());
            p.setString(++i, limits == null ? null : limits.source());
            p.setString(++i, limitsFingerprint);
            p.setDouble(++i, risk.volatility());
            p.setDouble(++i, risk.volatilityAnnualized());
            setNullable(p, ++i, risk.valueAtRisk().get(0.95));
            setNullable(p, ++i, risk.valueAtRisk().get(0.99));
            setNullable(p, ++i, risk.expectedShortfall().get(0.975));
            p.setDouble(++i, risk.weightSum());
            p.setDouble(++i, risk.grossWeight());
            p.setString(++i, reportDir.toString());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO limit_results (run_id, ordinal, name, metric, metric_value, warn_threshold, limit_value,
                  utilisation, status, hard, drivers)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int ordinal = 0;
            for (LimitResult r : report.limits()) {
                int i = 0;
                p.setString(++i, runId);
                p.setInt(++i, ++ordinal);
                p.setString(++i, r.name());
                p.setString(++i, r.metric().configName());
                p.setDouble(++i, r.value());
                p.setDouble(++i, r.warnThreshold());
                p.setDouble(++i, r.limit());
                p.setDouble(++i, r.utilisation());
                p.setString(++i, r.status().name());
                p.setInt(++i, r.hard() ? 1 : 0);
                p.setString(++i, drivers(r));
                p.addBatch();
            }
            if (ordinal > 0) {
                p.executeBatch();
            }
        }
        if (limits != null && queryLong(c, "SELECT COUNT(*) FROM limit_files WHERE fingerprint = ?",
                limits.fingerprint()) == 0) {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO limit_files (fingerprint, source, content, first_seen_run) VALUES (?, ?, ?, ?)")) {
                p.setString(1, limits.fingerprint());
                p.setString(2, limits.source());
                p.setString(3, limits.content());
                p.setString(4, runId);
                p.executeUpdate();
            }
        }
        boolean changed = hadRuns && !Objects.equals(previousLimits, limitsFingerprint);
        return new RecordedRun(runId, pending.location().describe(), changed);
    }

    /** The forecaster and its parameters, e.g. {@code ewma(lambda=0.94, seedDays=30)}. */
    String modelVersions(RunSettings settings) {
        String text = forecasters.create(settings.model(), settings.forecasterOptions()).toString();
        int open = text.indexOf('[');
        String params = open >= 0 && text.endsWith("]") ? text.substring(open + 1, text.length() - 1) : "";
        return settings.model() + "(" + params + ")";
    }

    private static String previousLimitsFingerprint(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT limits_fingerprint FROM runs WHERE run_seq = (SELECT MAX(run_seq) FROM runs)");
             ResultSet rs = p.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static long queryLong(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            if (parameter != null) {
                p.setString(1, parameter);
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void rollback(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void setNullable(PreparedStatement p, int index, Double value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.DOUBLE);
        } else {
            p.setDouble(index, value);
        }
    }

    private static String drivers(LimitResult r) {
        ArrayNode array = JSON.createArrayNode();
        for (LimitDriver d : r.drivers()) {
            array.addObject().put("ticker", d.ticker()).put("weight", d.weight()).put("share", d.share());
        }
        try {
            return JSON.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render drivers", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * A run that has started and will be recorded when its report is published.
     *
     * @param location  the history it will be recorded in
     * @param startedAt when the run started (UTC)
     */
    public record PendingRun(HistoryLocation location, Instant startedAt) {

        /** Checks for nulls. */
        public PendingRun {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(startedAt, "startedAt");
        }
    }
}
