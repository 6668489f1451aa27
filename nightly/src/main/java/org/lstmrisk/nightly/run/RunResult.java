package org.lstmrisk.nightly.run;

import org.lstmrisk.report.RiskReport;

import java.util.List;
import java.util.Objects;
import org.lstmrisk.nightly.state.StartingModels;
import org.lstmrisk.core.forecast.VolatilityModel;

/**
 * A risk run's report together with the per-ticker models it ended with (to be stored by a nightly run) and
 * the models it started from. This class is immutable and thread-safe.
 *
 * @param report the report
 * @param models each position's model as of the as-of date, in the report's ticker order
 * @param start  the stored models the run started from
 */
public record RunResult(RiskReport report, List<VolatilityModel> models, StartingModels start) {

    /** Copies the list. */
    public RunResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(start, "start");
        models = List.copyOf(models);
    }
}
