package org.lstmrisk.evaluation.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code evaluation.json}, schema version 1, as records in the order of its fields. Volatilities are daily
 * fractions unless a field says annualised; variances say so. A {@link Double} component is {@code null} where
 * the value is undefined (not finite).
 *
 * @param schemaVersion            1
 * @param units                    the units, in words
 * @param config                   the settings of the evaluation
 * @param data                     the data it ran on
 * @param pooled                   accuracy pooled over tickers, per model
 * @param pooledDieboldMarianoDays days of the pooled Diebold–Mariano loss series
 * @param perTicker                accuracy per ticker and model
 * @param portfolio                the portfolio's accuracy and backtests
 */
public record EvaluationDocument(int schemaVersion, Units units, Config config, Data data, List<Pooled> pooled,
                                 int pooledDieboldMarianoDays, List<PerTicker> perTicker, Portfolio portfolio) {

    /**
     * The units of the file, in words.
     *
     * @param volatility a volatility
     * @param variance   a variance
     * @param annualised an annualised figure
     * @param var        a value at risk
     */
    public record Units(String volatility, String variance, String annualised, String var) {
    }

    /**
     * The settings of the evaluation.
     *
     * @param models                 models evaluated, in order
     * @param modelSetups            each model's setup, in words
     * @param from                   first as-of date asked for, or null
     * @param to                     last as-of date asked for, or null
     * @param horizonDays            forecast horizon in trading days
     * @param refitEveryDays         days between refits
     * @param window                 {@code expanding} or {@code rolling}
     * @param rollingWindowDays      the rolling window; only for {@code rolling}
     * @param target                 the realised proxy
     * @param varLevel               VaR confidence level
     * @param volTargetAnnualised    volatility target, annualised
     * @param maxExposure            largest exposure of the targeting strategy
     * @param riskFreeRate           annual risk-free rate of the Sharpe ratios
     * @param correlationWindowDays  daily returns in ρ's window
     * @param correlationEstimator   ρ's estimator: sample, shrinkage or factor (the one {@code auto} picked)
     * @param maxForwardFillDays     the gap policy
     * @param ewmaLambda             EWMA λ
     * @param lossForDieboldMariano  the losses compared
     * @param dieboldMarianoLagRule  the lag rule
     * @param baselines              the baselines among the models
     * @param bestBaseline           the best baseline
     * @param combinations           the forecast combinations scored after the models ({@code --combine}), as
     *                               written; absent when none
     * @param reusedForecasts        the forecasts read from earlier evaluations' folders instead of walked forward
     *                               ({@code --reuse-forecasts}); absent when none
     */
    public record Config(List<String> models, Map<String, String> modelSetups, LocalDate from, LocalDate to,
                         int horizonDays, int refitEveryDays, String window,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Integer rollingWindowDays, String target,
                         double varLevel, double volTargetAnnualised, double maxExposure, double riskFreeRate,
                         int correlationWindowDays, String correlationEstimator, int maxForwardFillDays,
                         double ewmaLambda,
                         String lossForDieboldMariano, String dieboldMarianoLagRule, List<String> baselines,
                         String bestBaseline,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> combinations,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Reused> reusedForecasts) {
    }

    /**
     * Forecasts read from an earlier evaluation's folder instead of walked forward.
     *
     * @param model   the model
     * @param folder  the earlier evaluation's folder, as given
     * @param tickers the tickers read from it
     */
    public record Reused(String model, String folder, List<String> tickers) {
    }

    /**
     * The data the evaluation ran on.
     *
     * @param source                          human-readable source
     * @param fingerprint                     {@code sha256:...} of the input
     * @param firstAsOf                       first forecast date
     * @param lastAsOf                        last forecast date
     * @param lastRealisedDate                last date of a realised proxy
     * @param forecastDays                    forecast dates
     * @param neededPricesBeforeFirstForecast prices needed before the first forecast
     * @param tickers                         the tickers
     * @param weights                         the portfolio's weights, per ticker
     * @param excluded                        tickers left out and why
     * @param excludedDays                    ticker-days left out of the scores
     * @param quality                         the data policy, the calendar treatment, the per-ticker counts and
     *                                        the suspect jumps; absent when the policy is the default and there is
     *                                        nothing to report
     * @param priceFingerprints               each ticker's {@code sha256:} of the prices its walk-forwards read (up
     *                                        to the last realised date), so that a later {@code --reuse-forecasts}
     *                                        can check them
     */
    public record Data(String source, String fingerprint, LocalDate firstAsOf, LocalDate lastAsOf,
                       LocalDate lastRealisedDate, int forecastDays, int neededPricesBeforeFirstForecast,
                       List<String> tickers, double[] weights, List<Excluded> excluded, ExcludedDays excludedDays,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Quality quality,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> priceFingerprints) {
    }

    /**
     * The data policy of an evaluation and what it did.
     *
     * @param missingRows       {@code skip} or {@code strict}
     * @param suspensions       {@code drop}, {@code keep} or {@code strict}
     * @param calendars         {@code separate} or {@code fill}
     * @param maxFill           the longest run of union dates a ticker may lack, or absent for no limit
     * @param jumpThreshold     |daily log return| beyond which a return is a jump candidate
     * @param excludeJumps      true when days whose realised window holds a suspect jump are not scored
     * @param calendarTreatment how tickers on several calendars were combined, in words
     * @param perTicker         the reader's counts for every ticker read
     * @param suspectJumps      the suspect jumps of the evaluated tickers up to the last date
     */
    public record Quality(String missingRows, String suspensions, String calendars,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Integer maxFill, double jumpThreshold,
                          boolean excludeJumps, String calendarTreatment, List<TickerCounts> perTicker,
                          List<Jump> suspectJumps) {
    }

    /**
     * The price reader's counts for one ticker.
     *
     * @param ticker             the ticker
     * @param rows               rows with prices kept
     * @param datesLacked        dates of the union calendar inside its range it did not trade (close carried there)
     * @param nullRows           rows skipped because every value was {@code null}
     * @param droppedSuspensions suspension rows dropped
     * @param keptSuspensions    suspension rows kept as zero-return days
     */
    public record TickerCounts(String ticker, int rows, int datesLacked, int nullRows, int droppedSuspensions,
                               int keptSuspensions) {
    }

    /**
     * A suspect jump.
     *
     * @param ticker      the ticker
     * @param date        the day of the return
     * @param logReturn   the daily log return into that day
     * @param reason      {@code no volume} or {@code reversed}
     * @param confirmedOn the first date whose data shows the flag
     */
    public record Jump(String ticker, LocalDate date, double logReturn, String reason, LocalDate confirmedOn) {
    }

    /**
     * A ticker left out.
     *
     * @param ticker the ticker
     * @param reason why
     */
    public record Excluded(String ticker, String reason) {
    }

    /**
     * Ticker-days left out of the scores.
     *
     * @param total              all of them
     * @param zeroRealised       with a zero realised proxy
     * @param zeroForecast       with a zero forecast
     * @param of                 ticker-days in all
     * @param zeroRealisedReason why the first are left out
     * @param zeroForecastReason why the second are left out
     * @param notTraded          on dates the ticker did not trade (another exchange's calendar); absent when none
     * @param notTradedReason    why those are left out; absent when none
     * @param suspectJumps       whose realised window holds a suspect jump ({@code --exclude-jumps}); absent when
     *                           none
     * @param suspectJumpReason  why those are left out; absent when none
     */
    public record ExcludedDays(int total, int zeroRealised, int zeroForecast, int of, String zeroRealisedReason,
                               String zeroForecastReason,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Integer notTraded,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String notTradedReason,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Integer suspectJumps,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String suspectJumpReason) {
    }

    /**
     * A model's accuracy pooled over tickers.
     *
     * @param model             the model
     * @param baseline          true for a baseline
     * @param observations      ticker-days scored
     * @param qlike             mean QLIKE
     * @param mseVariance       mean squared error of the variance
     * @param mae               mean absolute error of the volatility
     * @param rmse              root mean squared error of the volatility
     * @param meanRSquared      mean R² over tickers
     * @param meanCorrelation   mean R over tickers
     * @param mape              mean absolute percentage error
     * @param directionAccuracy share of days with the right direction
     * @param dmQlike           Diebold–Mariano on QLIKE against the best baseline, or null
     * @param dmMse             Diebold–Mariano on MSE against the best baseline, or null
     */
    public record Pooled(String model, boolean baseline, int observations, Double qlike, Double mseVariance,
                         Double mae, Double rmse, Double meanRSquared, Double meanCorrelation, Double mape,
                         Double directionAccuracy, DieboldMariano dmQlike, DieboldMariano dmMse) {
    }

    /**
     * One ticker's scores.
     *
     * @param ticker           the ticker
     * @param scoredDays       days scored
     * @param zeroRealisedDays days left out for a zero realised proxy
     * @param zeroForecastDays days left out for a zero forecast
     * @param models           per model
     * @param notTradedDays    forecast dates it did not trade, not scored; absent when none
     * @param suspectJumpDays  days not scored for a suspect jump in the realised window; absent when none
     */
    public record PerTicker(String ticker, int scoredDays, int zeroRealisedDays, int zeroForecastDays,
                            List<TickerModel> models,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Integer notTradedDays,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Integer suspectJumpDays) {
    }

    /**
     * One model's scores on one ticker.
     *
     * @param model           the model
     * @param accuracy        its accuracy
     * @param mincerZarnowitz its Mincer–Zarnowitz regression, or null
     * @param dmQlike         Diebold–Mariano on QLIKE, or null
     * @param dmMse           Diebold–Mariano on MSE, or null
     * @param refitFailures   refits that failed
     */
    public record TickerModel(String model, Accuracy accuracy, MincerZarnowitz mincerZarnowitz,
                              DieboldMariano dmQlike, DieboldMariano dmMse, int refitFailures) {
    }

    /**
     * Forecast accuracy.
     *
     * @param observations      days scored
     * @param qlike             mean QLIKE
     * @param mseVariance       mean squared error of the variance
     * @param mae               mean absolute error of the volatility
     * @param rmse              root mean squared error of the volatility
     * @param rSquared          R²
     * @param correlation       R
     * @param mape              mean absolute percentage error
     * @param directionAccuracy share of days with the right direction
     */
    public record Accuracy(int observations, Double qlike, Double mseVariance, Double mae, Double rmse,
                           Double rSquared, Double correlation, Double mape, Double directionAccuracy) {
    }

    /**
     * A Mincer–Zarnowitz regression of the realised on the forecast variance.
     *
     * @param observations           days
     * @param interceptVariance      intercept, in variance units
     * @param slope                  slope
     * @param interceptStandardError its standard error
     * @param slopeStandardError     its standard error
     * @param rSquared               R²
     * @param waldF                  Wald F of intercept 0 and slope 1
     * @param waldPValue             its p-value
     */
    public record MincerZarnowitz(int observations, Double interceptVariance, Double slope,
                                  Double interceptStandardError, Double slopeStandardError, Double rSquared,
                                  Double waldF, Double waldPValue) {
    }

    /**
     * A Diebold–Mariano test.
     *
     * @param observations     days
     * @param lag              Newey–West lag
     * @param meanDifferential mean loss differential
     * @param statistic        the statistic
     * @param pValue           its p-value
     */
    public record DieboldMariano(int observations, int lag, Double meanDifferential, Double statistic,
                                 Double pValue) {
    }

    /**
     * The portfolio's evaluation.
     *
     * @param realisedReturn     definition, in words
     * @param realisedProxy      definition, in words
     * @param valueAtRisk        definition, in words
     * @param forecastDays       forecast dates
     * @param zeroRealisedDays   days with a zero realised proxy
     * @param correlationRepairs dates where ρ was repaired
     * @param models             per model
     * @param buyAndHold         the buy-and-hold portfolio's performance
     * @param varBacktests       VaR method name → model → its backtest, in the order of {@code --var-methods};
     *                           absent when only the default normal method ran (its backtest is {@code models[].var})
     */
    public record Portfolio(String realisedReturn, String realisedProxy, String valueAtRisk, int forecastDays,
                            int zeroRealisedDays, int correlationRepairs, List<PortfolioModel> models,
                            Performance buyAndHold,
                            @JsonInclude(JsonInclude.Include.NON_NULL)
                            Map<String, Map<String, MethodBacktest>> varBacktests,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY)
                            List<MinimumVariance> minimumVariance) {
    }

    /**
     * One model's minimum-variance backtest ({@code evaluate --min-variance}); volatilities are daily fractions.
     *
     * @param model               the model
     * @param days                as-of dates scored
     * @param singularDays        as-of dates with a singular correlation (no portfolio, not scored)
     * @param realisedVolatility  root mean square of the portfolio's realised daily log returns
     * @param predictedVolatility root mean square of its predicted daily σp
     * @param var                 its normal VaR backtest, or null with fewer than 2 days
     */
    public record MinimumVariance(String model, int days, int singularDays, double realisedVolatility,
                                  double predictedVolatility, VarBacktest var) {
    }

    /**
     * One model's backtest of one VaR method. The method is scored on the as-of dates where its trailing window of
     * returns, and for fhs and student-t the model's forecasts for each of those days, exist in the data up to
     * that date (see {@code scoringRule}).
     *
     * @param windowDays                        trailing days the method reads (0 for normal)
     * @param scoredDays                        as-of dates scored
     * @param firstScoredDate                   the first of them, or null when none
     * @param var                               the VaR backtest on those dates, or null when fewer than 2
     * @param kupiecPassAt5Percent              Kupiec p-value ≥ 0.05, or null without a backtest
     * @param conditionalCoveragePassAt5Percent Christoffersen conditional-coverage p-value ≥ 0.05, or null
     * @param scoringRule                       which dates are scored, in words
     * @param es                                the ES backtests on the same dates, or null without a VaR backtest
     * @param allPassAt5Percent                 Kupiec, conditional coverage, McNeil–Frey and Z2 all not rejected at
     *                                          5 % (an undefined p-value does not reject), or null
     */
    public record MethodBacktest(int windowDays, int scoredDays, LocalDate firstScoredDate, VarBacktest var,
                                 Boolean kupiecPassAt5Percent, Boolean conditionalCoveragePassAt5Percent,
                                 String scoringRule, EsBacktests es, Boolean allPassAt5Percent) {
    }

    /**
     * The ES backtests of one model and method (one-sided: small p-values say ES is too small).
     *
     * @param level          ES confidence level, e.g. 0.975
     * @param exceedances    days whose loss exceeded the VaR at that level
     * @param mcNeilFrey     McNeil–Frey: statistic = mean of (loss − ES)/(σp·√h) on those days, bootstrap p-value
     *                       (null statistic and p-value with no / fewer than 2 exceedances)
     * @param acerbiSzekelyZ2 Acerbi–Szekely Z2 and its p-value simulated under the method's distribution
     * @param passAt5Percent both not rejected at 5 %
     * @param bootstraps     McNeil–Frey's resamples
     * @param simulations    Z2's simulations
     * @param seed           the seed of both
     */
    public record EsBacktests(double level, int exceedances, EsTest mcNeilFrey, EsTest acerbiSzekelyZ2,
                              boolean passAt5Percent, int bootstraps, int simulations, long seed) {
    }

    /**
     * One ES test.
     *
     * @param statistic its statistic, or null when undefined
     * @param pValue    its one-sided p-value, or null when undefined
     */
    public record EsTest(Double statistic, Double pValue) {
    }

    /**
     * One model on the portfolio.
     *
     * @param model               the model
     * @param accuracy            its accuracy on σp
     * @param mincerZarnowitz     its Mincer–Zarnowitz regression, or null
     * @param dmQlike             Diebold–Mariano on QLIKE, or null
     * @param var                 the VaR backtest
     * @param volatilityTargeting the volatility-targeting backtest
     */
    public record PortfolioModel(String model, Accuracy accuracy, MincerZarnowitz mincerZarnowitz,
                                 DieboldMariano dmQlike, VarBacktest var, VolatilityTargeting volatilityTargeting) {
    }

    /**
     * A VaR backtest.
     *
     * @param level                            confidence level
     * @param days                             days
     * @param exceptions                       days with a loss beyond VaR
     * @param expectedExceptions               days expected
     * @param kupiec                           Kupiec's unconditional coverage
     * @param christoffersenIndependence       Christoffersen's independence
     * @param christoffersenConditionalCoverage Christoffersen's conditional coverage
     * @param baselTrafficLight                the Basel traffic light, or null
     * @param durationTest                     Christoffersen–Pelletier's duration test, or absent with fewer than two
     *                                         exceptions
     */
    public record VarBacktest(double level, int days, int exceptions, Double expectedExceptions,
                              LikelihoodRatio kupiec, LikelihoodRatio christoffersenIndependence,
                              LikelihoodRatio christoffersenConditionalCoverage, TrafficLight baselTrafficLight,
                              @JsonInclude(JsonInclude.Include.NON_NULL) DurationTest durationTest) {
    }

    /**
     * Christoffersen and Pelletier's (2004) duration-based independence test of the exceptions.
     *
     * @param weibullShape the fitted Weibull shape of the days between exceptions (1 when memoryless, below 1 when
     *                     the exceptions cluster)
     * @param test         the likelihood-ratio test of shape 1, χ²(1)
     */
    public record DurationTest(double weibullShape, LikelihoodRatio test) {
    }

    /**
     * A likelihood-ratio test.
     *
     * @param statistic        the statistic
     * @param degreesOfFreedom its degrees of freedom
     * @param pValue           its p-value
     */
    public record LikelihoodRatio(Double statistic, int degreesOfFreedom, Double pValue) {
    }

    /**
     * The Basel traffic light.
     *
     * @param days       days
     * @param exceptions exceptions
     * @param zone       GREEN, YELLOW or RED
     * @param multiplier the capital multiplier
     */
    public record TrafficLight(int days, int exceptions, String zone, double multiplier) {
    }

    /**
     * The volatility-targeting backtest.
     *
     * @param targetAnnualised the target, annualised
     * @param meanExposure     mean exposure
     * @param strategy         the strategy's performance
     */
    public record VolatilityTargeting(Double targetAnnualised, Double meanExposure, Performance strategy) {
    }

    /**
     * A strategy's performance.
     *
     * @param days                 days
     * @param cumulativeReturn     cumulative simple return
     * @param annualisedVolatility annualised volatility
     * @param maxDrawdown          largest drawdown
     * @param sharpeRatio          Sharpe ratio
     */
    public record Performance(int days, Double cumulativeReturn, Double annualisedVolatility, Double maxDrawdown,
                              Double sharpeRatio) {
    }
}
