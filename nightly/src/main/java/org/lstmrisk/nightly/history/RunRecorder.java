package org.lstmrisk.nightly.history;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lstmrisk.forecasters.ForecasterCatalog;
import org.lstmrisk.report.RiskReport;
import org.lstmrisk.report.json.JsonFormat;
import org.lstmrisk.report.json.ReportDocument;
import org.lstmrisk.nightly.config.RunSettings;
import org.lstmrisk.portfolio.PortfolioRisk;
import org.lstmrisk.portfolio.limits.LimitResult;

/**
 * Records runs in the history: the run's row, every limit result and, when it is new, the limits file, in
 * one transaction (the schema is created or migrated in the same transaction), so a failure leaves the
 * database as it was. Every row is appended to the audit chain ({@link AuditChain}), which is verified before
 * the run computes anything and again inside the transaction. The run id is {@code <as-of>-<n>}, the n-th run recorded for that as-of date. Times
 * come from the injected {@link Clock} as UTC instants to the millisecond. This class is immutable and
 * thread-safe.
 */
public final class RunRecorder {


    private final HistoryDatabase database;
    private final HistorySchema schema;
    private final ForecasterCatalog forecasters;
    private final Clock clock;
    private final HistoryVerifier verifier;

    /** A recorder from its collaborators. */
    @Inject
    public RunRecorder(HistoryDatabase database, HistorySchema schema, ForecasterCatalog forecasters, Clock clock) {
        this.database = database;
        this.schema = schema;
        this.forecasters = forecasters;
        this.clock = clock;
        this.verifier = new HistoryVerifier(database, schema);
    }

    /**
     * Checks, before a run computes anything, that {@code location} can record it (driver, schema version) and
     * that its audit chain is intact.
     *
     * @throws org.lstmrisk.core.UserInputException when it cannot, or the chain is broken
     */
    public void checkWritable(HistoryLocation location) {
        database.checkWritable(location, schema);
        verifier.requireIntact(location);
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
                var chain = verifier.check(c, location);
                if (!chain.intact()) { // broken since checkWritable: refuse to extend it
                    throw new SQLException(HistoryVerifier.refusal(location, chain.broken().orElseThrow()));
                }
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
        AuditChain.append(c, EvidenceTable.RUNS, List.of(AuditChain.row(
                runId, seq, asOf, pending.startedAt().toString(), now().toString(), exitCode, report.model(),
                modelVersions, report.horizonDays(), report.universe().tickers().size(), report.data().source(),
                report.data().fingerprint(), config.canonical(), config.fingerprint(),
                limits == null ? null : limits.source(), limitsFingerprint, risk.volatility(),
                risk.volatilityAnnualized(), risk.valueAtRisk().get(0.95), risk.valueAtRisk().get(0.99),
                risk.expectedShortfall().get(0.975), risk.weightSum(), risk.grossWeight(), reportDir.toString(),
                report.var().method(), (long) report.var().windowDays(),
                org.lstmrisk.report.json.JsonFormat.line(report.var().parameters()))));
        var results = new ArrayList<List<Object>>();
        int ordinal = 0;
        for (LimitResult r : report.limits()) {
            results.add(AuditChain.row(runId, ++ordinal, r.name(), r.metric().configName(), r.value(),
                    r.warnThreshold(), r.limit(), r.utilisation(), r.status().name(), r.hard() ? 1 : 0, drivers(r)));
        }
        AuditChain.append(c, EvidenceTable.LIMIT_RESULTS, results);
        if (limits != null && queryLong(c, "SELECT COUNT(*) FROM limit_files WHERE fingerprint = ?",
                limits.fingerprint()) == 0) {
            AuditChain.append(c, EvidenceTable.LIMIT_FILES, List.of(AuditChain.row(
                    limits.fingerprint(), limits.source(), limits.content(), runId)));
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

    /** The drivers as stored: one line of JSON, the records of report.json's {@code drivers}. */
    private static String drivers(LimitResult r) {
        return JsonFormat.line(r.drivers().stream()
                .map(d -> new ReportDocument.Driver(d.ticker(), d.weight(), d.share())).toList());
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
