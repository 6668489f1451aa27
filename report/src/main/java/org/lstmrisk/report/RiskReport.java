package org.lstmrisk.report;

import java.time.LocalDate;
import java.util.List;
import org.lstmrisk.io.TickerCoverage;
import org.lstmrisk.portfolio.CorrelationEstimate;
import org.lstmrisk.portfolio.NormalVar;
import org.lstmrisk.portfolio.PortfolioRisk;
import org.lstmrisk.portfolio.VarEstimate;
import org.lstmrisk.portfolio.limits.LimitResult;

/**
 * The result of one risk run: what was computed, from what, as of when. Volatilities are daily forecasts
 * for the horizon (fractions). Holds no wall-clock time, so the same inputs give the same report.
 * This class is immutable and thread-safe.
 *
 * @param asOf                  the as-of date; nothing after it was read
 * @param horizonDays           forecast horizon in trading days
 * @param model                 forecaster name
 * @param universe              positions and weights, and tickers left out
 * @param volatilities          forecast daily volatility per position, in universe order
 * @param correlation           ρ over the trailing window ending at {@code asOf}
 * @param correlationWindowDays number of daily returns in that window
 * @param risk                  σp, VaR, ES and contributions
 * @param limits                every limit checked, in limits-file order; empty without a limits file
 * @param data                  where the prices came from
 * @param state                 the model state the run used ({@link StateSection#NONE} without {@code --state})
 * @param warnings              what the run noticed but did not refuse, one sentence each (e.g. a limit whose
 *                              scope names a ticker that is not held); empty for most runs
 * @param var                   the VaR method that gave {@code risk}'s VaR and ES: its name, window and fitted
 *                              parameters (e.g. ν), with the same VaR and ES
 */
public record RiskReport(LocalDate asOf, int horizonDays, String model, Universe universe, double[] volatilities,
                         CorrelationEstimate correlation, int correlationWindowDays, PortfolioRisk risk,
                         List<LimitResult> limits, DataSummary data, StateSection state, List<String> warnings,
                         VarEstimate var) {

    /** Copies the volatility array, the limit results and the warnings. */
    public RiskReport {
        volatilities = volatilities.clone();
        limits = List.copyOf(limits);
        java.util.Objects.requireNonNull(state, "state");
        java.util.Objects.requireNonNull(var, "var");
        warnings = List.copyOf(warnings);
    }

    /** A report whose VaR and ES come from the normal method. */
    public RiskReport(LocalDate asOf, int horizonDays, String model, Universe universe, double[] volatilities,
                      CorrelationEstimate correlation, int correlationWindowDays, PortfolioRisk risk,
                      List<LimitResult> limits, DataSummary data, StateSection state, List<String> warnings) {
        this(asOf, horizonDays, model, universe, volatilities, correlation, correlationWindowDays, risk, limits, data,
                state, warnings, new VarEstimate(NormalVar.NAME, 0, risk.horizonDays(), new java.util.TreeMap<>(),
                        risk.valueAtRisk(), risk.expectedShortfall()));
    }

    /** A report without warnings. */
    public RiskReport(LocalDate asOf, int horizonDays, String model, Universe universe, double[] volatilities,
                      CorrelationEstimate correlation, int correlationWindowDays, PortfolioRisk risk,
                      List<LimitResult> limits, DataSummary data, StateSection state) {
        this(asOf, horizonDays, model, universe, volatilities, correlation, correlationWindowDays, risk, limits, data,
                state, List.of());
    }

    /** A report of a run without a state folder. */
    public RiskReport(LocalDate asOf, int horizonDays, String model, Universe universe, double[] volatilities,
                      CorrelationEstimate correlation, int correlationWindowDays, PortfolioRisk risk,
                      List<LimitResult> limits, DataSummary data) {
        this(asOf, horizonDays, model, universe, volatilities, correlation, correlationWindowDays, risk, limits, data,
                StateSection.NONE);
    }

    /** True when a hard limit is breached: the run exits 3. */
    public boolean hasHardBreach() {
        return limits.stream().anyMatch(LimitResult::isHardBreach);
    }

    @Override
    public double[] volatilities() {
        return volatilities.clone();
    }

    /**
     * The input data of a run. This class is immutable and thread-safe.
     *
     * @param source      human-readable source
     * @param firstDate   first date of the positions' prices used
     * @param lastDate    last date used (the as-of date)
     * @param fingerprint {@code sha256:...} of the input
     * @param coverage    per-ticker rows and filled values, for every ticker read
     * @param quality     the data policy and what it flagged at the as-of date
     */
    public record DataSummary(String source, LocalDate firstDate, LocalDate lastDate, String fingerprint,
                              List<TickerCoverage> coverage, DataQuality quality) {

        /** Copies the list. */
        public DataSummary {
            coverage = List.copyOf(coverage);
            java.util.Objects.requireNonNull(quality, "quality");
        }

        /** A summary of data read under the default policy with nothing flagged. */
        public DataSummary(String source, LocalDate firstDate, LocalDate lastDate, String fingerprint,
                           List<TickerCoverage> coverage) {
            this(source, firstDate, lastDate, fingerprint, coverage, DataQuality.NONE);
        }

        /** True when neither the coverage counts nor the quality section have anything to report. */
        public boolean quiet() {
            return quality.isQuiet() && coverage.stream().noneMatch(TickerCoverage::touched);
        }
    }
}
