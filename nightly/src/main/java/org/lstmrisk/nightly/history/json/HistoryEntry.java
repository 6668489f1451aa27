package org.lstmrisk.nightly.history.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One recorded run in {@code lstm-risk history --format json} (an array of these), as records in the order of
 * its fields. Figures are fractions at full precision; instants are ISO-8601 UTC.
 *
 * @param runId         the run's id, e.g. {@code 2024-03-08-1}
 * @param asOf          its as-of date
 * @param startedAt     when it started
 * @param finishedAt    when it was recorded
 * @param exitCode      its exit code
 * @param model         the forecaster
 * @param modelVersions the forecaster and its parameters
 * @param horizonDays   forecast horizon in trading days
 * @param positions     positions in the portfolio
 * @param portfolio     the portfolio's figures
 * @param limitCounts   limit results by status
 * @param inputs        what it was computed from
 * @param limitsChange  how its limits file differs from the run before, or null
 * @param reportPath    the folder of its report
 * @param limitResults  its selected limit results; absent unless a filter selects results
 */
public record HistoryEntry(String runId, LocalDate asOf, Instant startedAt, Instant finishedAt, int exitCode,
                           String model, String modelVersions, int horizonDays, int positions, Portfolio portfolio,
                           LimitCounts limitCounts, Inputs inputs, LimitsChange limitsChange, String reportPath,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<LimitResult> limitResults) {

    /**
     * The portfolio's figures; VaR and ES keyed by confidence level, null when the run did not compute a level.
     *
     * @param volatility           σp, daily
     * @param volatilityAnnualized σp·√252
     * @param var                  VaR 95 % and 99 %
     * @param es                   ES 97.5 %
     * @param varMethod            the method that gave the VaR and ES; absent for runs recorded before the history
     *                             kept it (schema version 4), whose figures are normal
     * @param weightSum            Σ w
     * @param grossWeight          Σ |w|
     */
    public record Portfolio(double volatility, double volatilityAnnualized, Map<String, Double> var,
                            Map<String, Double> es, @JsonInclude(JsonInclude.Include.NON_NULL) VarMethod varMethod,
                            double weightSum, double grossWeight) {
    }

    /**
     * A run's VaR method.
     *
     * @param name       {@code normal}, {@code student-t}, {@code historical} or {@code fhs}
     * @param windowDays trailing days it read (0 for normal)
     * @param parameters its fitted parameters, e.g. {@code nu}
     */
    public record VarMethod(String name, int windowDays, Object parameters) {
    }

    /**
     * Limit results by status.
     *
     * @param results      all
     * @param warnings     WARN
     * @param breaches     BREACH
     * @param hardBreaches BREACH of a hard limit
     */
    public record LimitCounts(int results, int warnings, int breaches, int hardBreaches) {
    }

    /**
     * What the run was computed from.
     *
     * @param dataSource        the price data path
     * @param dataFingerprint   {@code sha256:...} of the price data
     * @param configFingerprint {@code sha256:...} of the settings
     * @param config            the canonical settings as stored (a JSON object; the stored text if it is not JSON)
     * @param limitsSource      the limits file, or null
     * @param limitsFingerprint {@code sha256:...} of the limits file, or null
     */
    public record Inputs(String dataSource, String dataFingerprint, String configFingerprint, Object config,
                         String limitsSource, String limitsFingerprint) {
    }

    /**
     * A change of the limits file since the run before.
     *
     * @param previousRunId       the run before, or null
     * @param previousFingerprint its limits fingerprint, or null
     * @param fingerprint         this run's, or null
     */
    public record LimitsChange(String previousRunId, String previousFingerprint, String fingerprint) {
    }

    /**
     * A limit result with its reviews.
     *
     * @param name        the limit's name
     * @param metric      its metric
     * @param value       the measured value
     * @param warn        the warning threshold
     * @param limit       the limit
     * @param utilisation value / limit
     * @param status      OK, WARN or BREACH
     * @param hard        true for a hard limit
     * @param drivers     the drivers as stored (a JSON array of ticker, weight, share; the stored text if not JSON)
     * @param acks        the reviews, oldest first
     */
    public record LimitResult(String name, String metric, double value, double warn, double limit,
                              double utilisation, String status, boolean hard, Object drivers, List<Ack> acks) {
    }

    /**
     * A review of a breach.
     *
     * @param ackId          its id
     * @param ackedAt        when it was recorded
     * @param reviewer       who
     * @param classification why the breach happened
     * @param action         what is done
     * @param comment        free text, or null
     */
    public record Ack(long ackId, Instant ackedAt, String reviewer, String classification, String action,
                      String comment) {
    }
}
