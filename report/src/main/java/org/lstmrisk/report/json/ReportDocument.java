package org.lstmrisk.report.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code report.json}, schema version 2, as records in the order of its fields (DESIGN.md, "Files written").
 * Volatilities, VaR, ES, weights and shares are fractions; dates are ISO. {@link JsonFormat} writes it and reads
 * it back; the components marked required are the ones a re-check of limits needs ({@code lstm-risk limits}).
 *
 * @param schemaVersion         2 (version 1 had no {@code portfolio.varMethod}; its VaR and ES were always normal)
 * @param asOf                  the as-of date
 * @param horizonDays           forecast horizon in trading days
 * @param model                 forecaster name
 * @param tickers               the order of every vector and matrix below
 * @param weights               fractions of portfolio value, per ticker
 * @param weightsSource         where the weights came from
 * @param volatilities          forecast daily σ_i for the horizon, per ticker
 * @param correlation           ρ at the as-of date, rows in ticker order; absent above 100 positions unless the run
 *                              had {@code --full-correlation}
 * @param correlationWindowDays daily returns in ρ's window
 * @param correlationRepair     whether and how ρ was made positive semi-definite
 * @param correlationEstimator  the estimator of ρ and its parameters; absent for the sample correlation (so that the
 *                              reports of earlier versions, all sample, keep their bytes)
 * @param topCorrelations       when {@code correlation} is left out (more than 100 positions without
 *                              {@code --full-correlation}): the largest off-diagonal |ρ_ij|, at most 200, largest
 *                              first; absent otherwise
 * @param portfolio             σp, VaR, ES, weight sums
 * @param contributions         risk contributions, per ticker
 * @param limits                every limit checked
 * @param warnings              what the run checked but could not apply (e.g. a limit's scope ticker that is not
 *                              held); absent when there is none, so that other reports keep their bytes
 * @param excluded              tickers left out and why
 * @param state                 the model state the run used; absent for a run without {@code --state}
 * @param data                  the input prices
 */
public record ReportDocument(
        @JsonProperty(required = true) int schemaVersion,
        @JsonProperty(required = true) LocalDate asOf,
        @JsonProperty(required = true) int horizonDays,
        String model,
        @JsonProperty(required = true) List<String> tickers,
        @JsonProperty(required = true) double[] weights,
        String weightsSource,
        @JsonProperty(required = true) double[] volatilities,
        @JsonInclude(JsonInclude.Include.NON_NULL) double[][] correlation,
        int correlationWindowDays,
        CorrelationRepair correlationRepair,
        @JsonInclude(JsonInclude.Include.NON_NULL) Estimator correlationEstimator,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Pair> topCorrelations,
        @JsonProperty(required = true) Portfolio portfolio,
        @JsonProperty(required = true) List<Contribution> contributions,
        List<Limit> limits,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings,
        List<Excluded> excluded,
        @JsonInclude(JsonInclude.Include.NON_NULL) State state,
        Data data) {

    /**
     * How ρ was repaired.
     *
     * @param repaired            true when ρ was not positive semi-definite and was repaired
     * @param method              the repair method
     * @param minEigenvalueBefore smallest eigenvalue before the repair
     * @param frobeniusDistance   Frobenius distance between ρ before and after
     */
    public record CorrelationRepair(boolean repaired, String method, double minEigenvalueBefore,
                                    double frobeniusDistance) {
    }

    /**
     * The correlation estimator (DESIGN: "auto" picks sample when positions ≤ window/4, else shrinkage).
     *
     * @param name               {@code shrinkage} or {@code factor}
     * @param shrinkageIntensity δ, the weight of the constant-correlation target (shrinkage only)
     * @param targetCorrelation  r̄, the target's constant correlation (shrinkage only)
     * @param factors            k, principal components kept (factor only)
     * @param explainedVariance  share of the standardised returns' variance the k components explain (factor only)
     */
    public record Estimator(String name,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Double shrinkageIntensity,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Double targetCorrelation,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Integer factors,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Double explainedVariance) {
    }

    /**
     * One entry of ρ.
     *
     * @param a     the first ticker
     * @param b     the second ticker
     * @param value ρ_ab
     */
    public record Pair(String a, String b, double value) {
    }

    /**
     * The portfolio figures; VaR and ES keyed by confidence level ({@code "0.99"}), positive fractions of value
     * over the horizon, by the method in {@code varMethod}.
     *
     * @param volatility           σp over the horizon
     * @param volatilityAnnualized σp annualised with √252
     * @param var                  value at risk by level
     * @param es                   expected shortfall by level
     * @param varMethod            the method that gave {@code var} and {@code es} (schema version 2; absent in
     *                             version 1, whose figures are normal)
     * @param weightSum            sum of the weights
     * @param grossWeight          sum of the absolute weights
     */
    public record Portfolio(
            @JsonProperty(required = true) double volatility,
            @JsonProperty(required = true) double volatilityAnnualized,
            @JsonProperty(required = true) Map<String, Double> var,
            @JsonProperty(required = true) Map<String, Double> es,
            VarMethod varMethod,
            @JsonProperty(required = true) double weightSum,
            @JsonProperty(required = true) double grossWeight) {
    }

    /**
     * The VaR/ES method of a run.
     *
     * @param name        {@code normal}, {@code student-t}, {@code historical} or {@code fhs}
     * @param windowDays  trailing days of history it read (0 for {@code normal})
     * @param horizonDays the horizon h its one-day figures were scaled to, by √h
     * @param parameters  fitted parameters by name, e.g. {@code nu} (student-t's degrees of freedom); empty for
     *                    the others
     */
    public record VarMethod(String name, int windowDays, int horizonDays, Map<String, Double> parameters) {
    }

    /**
     * One ticker's contribution to σp: component_i = w_i (Σw)_i / σp, shares sum to one.
     *
     * @param ticker    the ticker
     * @param marginal  ∂σp/∂w_i
     * @param component w_i × marginal
     * @param share     component / σp
     */
    public record Contribution(
            @JsonProperty(required = true) String ticker,
            @JsonProperty(required = true) double marginal,
            @JsonProperty(required = true) double component,
            @JsonProperty(required = true) double share) {
    }

    /**
     * One limit result.
     *
     * @param name        the limit's name ({@code <name>:<TICKER>} for a position limit)
     * @param metric      the metric's name in the limits file
     * @param value       the measured value, in the metric's units
     * @param warn        the value from which it warns
     * @param limit       the limit
     * @param utilisation value / limit
     * @param status      OK, WARN or BREACH
     * @param hard        true when a breach makes the run exit 3
     * @param drivers     the positions that drive it most
     */
    public record Limit(String name, String metric, double value, double warn, double limit, double utilisation,
                        String status, boolean hard, List<Driver> drivers) {
    }

    /**
     * A position that drives a limit.
     *
     * @param ticker the ticker
     * @param weight its weight
     * @param share  its share of the risk
     */
    public record Driver(String ticker, double weight, double share) {
    }

    /**
     * A ticker left out of the portfolio.
     *
     * @param ticker the ticker
     * @param reason why
     */
    public record Excluded(String ticker, String reason) {
    }

    /**
     * The model state section.
     *
     * @param model     the forecaster's name
     * @param persisted true for models kept from night to night
     * @param carried   stored models kept unchanged because their tickers are not positions
     * @param retrained tickers refitted from scratch on request
     */
    public record State(String model, boolean persisted, List<Carried> carried, List<String> retrained) {
    }

    /**
     * A stored model carried forward unchanged.
     *
     * @param ticker   the ticker
     * @param lastDate the last date it learned
     * @param reason   why it was carried
     */
    public record Carried(String ticker, LocalDate lastDate, String reason) {
    }

    /**
     * The input prices.
     *
     * @param source      human-readable source
     * @param firstDate   first date used
     * @param lastDate    last date used
     * @param fingerprint {@code sha256:...} of the input
     * @param coverage    rows and filled values per ticker read
     * @param quality     the data policy, the calendar treatment and the suspect jumps; absent when the policy is
     *                    the default and there is nothing to report (one calendar, no null or suspension row, no
     *                    flag), so that such reports keep their bytes
     */
    public record Data(String source, LocalDate firstDate, LocalDate lastDate, String fingerprint,
                       List<Coverage> coverage, @JsonInclude(JsonInclude.Include.NON_NULL) Quality quality) {
    }

    /**
     * The data policy and what it did at the as-of date.
     *
     * @param missingRows   {@code skip} or {@code strict}
     * @param suspensions   {@code drop}, {@code keep} or {@code strict}
     * @param calendars     {@code separate} or {@code fill}
     * @param maxFill       the longest run of union dates a ticker may lack, or absent for no limit
     * @param jumps         {@code keep}, {@code winsorise} or {@code missing}
     * @param jumpThreshold |daily log return| beyond which a return is a jump candidate
     * @param calendarTreatment how tickers on several calendars were combined, in words
     * @param stale         positions without a price on the as-of date, which use the forecast of their last
     *                      trading day
     * @param suspectJumps  suspect jumps confirmed on or before the as-of date
     */
    public record Quality(String missingRows, String suspensions, String calendars,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Integer maxFill, String jumps,
                          double jumpThreshold, String calendarTreatment, List<Stale> stale,
                          List<Jump> suspectJumps) {
    }

    /**
     * A position that did not trade on the as-of date.
     *
     * @param ticker         the ticker
     * @param lastTradingDay the date of its last price, and of the forecast used
     */
    public record Stale(String ticker, LocalDate lastTradingDay) {
    }

    /**
     * A suspect jump.
     *
     * @param ticker      the ticker
     * @param date        the day of the return
     * @param logReturn   the daily log return into that day
     * @param reason      {@code no volume} or {@code reversed}
     * @param confirmedOn the first date whose data shows the flag
     * @param treatment   what the run did with it: {@code kept}, {@code winsorised} or {@code treated as missing}
     */
    public record Jump(String ticker, LocalDate date, double logReturn, String reason, LocalDate confirmedOn,
                       String treatment) {
    }

    /**
     * One ticker's coverage.
     *
     * @param ticker       the ticker
     * @param firstDate    its first date
     * @param lastDate     its last date
     * @param rows         its rows
     * @param filledValues dates of the union calendar it lacks inside its range, where its last close is carried
     * @param priceColumn  the column read ({@code Adj Close} or {@code Close})
     * @param nullRows           rows skipped because every value was {@code null}; absent when none
     * @param droppedSuspensions suspension rows dropped from its own trading days; absent when none
     * @param keptSuspensions    suspension rows kept as zero-return days; absent when none
     */
    public record Coverage(String ticker, LocalDate firstDate, LocalDate lastDate, int rows, int filledValues,
                           String priceColumn, @JsonInclude(JsonInclude.Include.NON_NULL) Integer nullRows,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Integer droppedSuspensions,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Integer keptSuspensions) {
    }
}
