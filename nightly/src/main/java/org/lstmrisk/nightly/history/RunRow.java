package org.lstmrisk.nightly.history;

import org.lstmrisk.io.Fingerprints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded run as {@code lstm-risk history} shows it. This class is immutable and thread-safe.
 *
 * @param runId        {@code <as-of>-<n>}
 * @param asOf         the as-of date
 * @param startedAt    when the run started (UTC)
 * @param finishedAt   when it was recorded, after its report was published (UTC)
 * @param exitCode     0, or 3 for a hard breach
 * @param model        forecaster name
 * @param horizonDays  forecast horizon, trading days
 * @param positions    number of positions
 * @param figures      the portfolio's risk figures
 * @param inputs       what the run was computed from
 * @param counts       how many limit results, warnings and breaches it had (all of them, whatever the filter)
 * @param limitsChange how its limits file differs from the run recorded before it, or {@code null} when it does not
 * @param reportPath   the published report folder
 * @param limitResults the selected limit results (empty unless the filter selects results)
 * @param var          the VaR method of the run, or {@code null} for a run recorded before schema version 4 (whose
 *                     VaR and ES were normal)
 */
public record RunRow(String runId, LocalDate asOf, Instant startedAt, Instant finishedAt, int exitCode, String model,
                     int horizonDays, int positions, Figures figures, Inputs inputs, Counts counts,
                     LimitsChange limitsChange, String reportPath, List<LimitResultRow> limitResults,
                     VarMethod var) {

    /** Copies the list. */
    public RunRow {
        limitResults = List.copyOf(limitResults);
    }

    /** A run recorded before VaR methods (schema version 4). */
    public RunRow(String runId, LocalDate asOf, Instant startedAt, Instant finishedAt, int exitCode, String model,
                  int horizonDays, int positions, Figures figures, Inputs inputs, Counts counts,
                  LimitsChange limitsChange, String reportPath, List<LimitResultRow> limitResults) {
        this(runId, asOf, startedAt, finishedAt, exitCode, model, horizonDays, positions, figures, inputs, counts,
                limitsChange, reportPath, limitResults, null);
    }

    /** This run with {@code results} as its selected limit results. */
    public RunRow withLimitResults(List<LimitResultRow> results) {
        return new RunRow(runId, asOf, startedAt, finishedAt, exitCode, model, horizonDays, positions, figures, inputs,
                counts, limitsChange, reportPath, results, var);
    }

    /**
     * The VaR method a run used.
     *
     * @param name       {@code normal}, {@code student-t}, {@code historical} or {@code fhs}
     * @param windowDays its window (0 for normal)
     * @param parameters its fitted parameters as stored (JSON object text, e.g. {@code {"nu":5.1}})
     */
    public record VarMethod(String name, int windowDays, String parameters) {
    }

    /**
     * The portfolio's figures: daily volatility and its annualised value, VaR and ES over the horizon, as
     * fractions of portfolio value (VaR/ES {@code null} when the run did not compute that level).
     *
     * @param volatility           σp, daily
     * @param volatilityAnnualized σp·√252
     * @param var95                VaR 95 %
     * @param var99                VaR 99 %
     * @param es975                ES 97.5 %
     * @param weightSum            Σ w
     * @param grossWeight          Σ |w|
     */
    public record Figures(double volatility, double volatilityAnnualized, Double var95, Double var99, Double es975,
                          double weightSum, double grossWeight) {
    }

    /**
     * What a run was computed from.
     *
     * @param dataSource        the price data path
     * @param dataFingerprint   {@code sha256:...} of the price data
     * @param config            the canonical effective settings (JSON)
     * @param configFingerprint {@code sha256:...} of {@code config}
     * @param modelVersions     the forecaster and its parameters, e.g. {@code ewma(lambda=0.94, seedDays=20)}
     * @param limitsSource      the limits file path, or {@code null}
     * @param limitsFingerprint {@code sha256:...} of the limits file, or {@code null}
     */
    public record Inputs(String dataSource, String dataFingerprint, String config, String configFingerprint,
                         String modelVersions, String limitsSource, String limitsFingerprint) {
    }

    /**
     * The number of limit results of a run by status.
     *
     * @param results      all results
     * @param warnings     WARN
     * @param breaches     BREACH
     * @param hardBreaches BREACH of a hard limit
     */
    public record Counts(int results, int warnings, int breaches, int hardBreaches) {
    }

    /**
     * A change of the limits file between the run recorded before and this one.
     *
     * @param previousRunId       the run recorded before, or {@code null} for the first run of the history
     * @param previousFingerprint its limits file's fingerprint, or {@code null} when it had none
     * @param fingerprint         this run's limits file's fingerprint, or {@code null} when it has none
     */
    public record LimitsChange(String previousRunId, String previousFingerprint, String fingerprint) {

        /** A short description, e.g. {@code limits changed 3fa2c91b -> 77d0e1aa}. */
        public String describe() {
            if (previousRunId == null) {
                return "first limits file " + Fingerprints.shortForm(fingerprint, 8);
            }
            if (fingerprint == null) {
                return "limits removed (was " + Fingerprints.shortForm(previousFingerprint, 8) + " in " + previousRunId + ")";
            }
            return "limits changed " + Fingerprints.shortForm(previousFingerprint, 8) + " -> "
                    + Fingerprints.shortForm(fingerprint, 8) + " (since " + previousRunId + ")";
        }
    }
}
