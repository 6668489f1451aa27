package org.lstmrisk.evaluation;

import java.util.List;
import java.util.Objects;
import org.lstmrisk.io.DataPolicy;
import org.lstmrisk.io.SuspectJump;
import org.lstmrisk.io.TickerCoverage;

/**
 * What the data policy did in an evaluation: the policy, the per-ticker counts of the price reader, whether the
 * evaluated tickers trade on several calendars, and the suspect jumps over the span (with whether the days whose
 * realised window holds one were left out of the scoring). This class is immutable and thread-safe.
 *
 * @param policy           the policy the prices were read under
 * @param coverage         every ticker read, with its counts
 * @param severalCalendars true when some ticker lacks some date of the union calendar inside its range
 * @param jumps            suspect jumps of the evaluated tickers up to the last date, by ticker then date
 * @param excludeJumps     true when the days whose realised window holds a suspect jump are not scored
 * @param priceFingerprints each evaluated ticker's {@code sha256:} fingerprint of the prices its walk-forwards read
 *                          (up to the last realised date), in span order
 */
public record EvaluationData(DataPolicy policy, List<TickerCoverage> coverage, boolean severalCalendars,
                             List<SuspectJump> jumps, boolean excludeJumps,
                             java.util.Map<String, String> priceFingerprints) {

    /** Copies the lists and the map. */
    public EvaluationData {
        Objects.requireNonNull(policy, "policy");
        coverage = List.copyOf(coverage);
        jumps = List.copyOf(jumps);
        priceFingerprints = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(priceFingerprints));
    }

    /** True when there is nothing to report: default policy, one calendar, no count, no flag, no exclusion. */
    public boolean quiet() {
        return policy.isDefault() && !severalCalendars && jumps.isEmpty() && !excludeJumps
                && coverage.stream().noneMatch(TickerCoverage::touched);
    }
}
