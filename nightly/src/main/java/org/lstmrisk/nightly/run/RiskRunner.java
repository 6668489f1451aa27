package org.lstmrisk.nightly.run;

import org.lstmrisk.forecasters.ForecasterCatalog;
import org.lstmrisk.forecasters.ForecasterSpec;
import org.lstmrisk.core.concurrent.TickerExecutor;
import org.lstmrisk.io.ExcludedTicker;
import org.lstmrisk.io.MarketData;
import org.lstmrisk.nightly.config.RunSettings;
import org.lstmrisk.report.DataQuality;
import org.lstmrisk.report.RiskReport;
import org.lstmrisk.io.PricesAsOf;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.report.Universe;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.nightly.state.ModelSource;
import org.lstmrisk.nightly.state.NeuralParts;
import org.lstmrisk.nightly.state.StartingModels;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.io.WeightsFile;
import org.lstmrisk.portfolio.CorrelationEstimate;
import org.lstmrisk.portfolio.HistoricalVar;
import org.lstmrisk.portfolio.NormalVar;
import org.lstmrisk.portfolio.VarEstimate;
import org.lstmrisk.portfolio.VarHistory;
import org.lstmrisk.portfolio.VarMethod;
import org.lstmrisk.report.ForecastHistory;
import org.lstmrisk.portfolio.PortfolioRisk;
import org.lstmrisk.portfolio.PortfolioRiskCalculator;
import org.lstmrisk.portfolio.RiskInputs;
import org.lstmrisk.portfolio.CorrelationEstimator;
import org.lstmrisk.portfolio.SampleCorrelation;
import org.lstmrisk.portfolio.limits.Limit;
import org.lstmrisk.portfolio.limits.LimitChecker;
import org.lstmrisk.portfolio.limits.LimitResult;

/**
 * The risk run: cut the data at the as-of date, choose the positions, forecast each ticker's volatility,
 * estimate the trailing correlation, and compute the portfolio's risk. Reads nothing after the as-of date.
 * This class is immutable and thread-safe.
 */
public final class RiskRunner {

    private final ForecasterCatalog forecasters;
    private final UniverseSelector universeSelector;
    private final ForecastEngine forecastEngine;
    private final SampleCorrelation correlationEstimator;
    private final PortfolioRiskCalculator riskCalculator;
    private final LimitChecker limitChecker;
    private final ForecastHistoryBuilder historyBuilder;

    /** Trading days between the anchors at which a neural model is refitted to replay a VaR method's past, a quarter. */
    static final int REPLAY_ANCHOR_DAYS = 63;

    /** A runner from its collaborators. */
    @Inject
    public RiskRunner(ForecasterCatalog forecasters, UniverseSelector universeSelector, ForecastEngine forecastEngine,
                      SampleCorrelation correlationEstimator, PortfolioRiskCalculator riskCalculator,
                      LimitChecker limitChecker, ForecastHistoryBuilder historyBuilder) {
        this.forecasters = forecasters;
        this.universeSelector = universeSelector;
        this.forecastEngine = forecastEngine;
        this.correlationEstimator = correlationEstimator;
        this.riskCalculator = riskCalculator;
        this.limitChecker = limitChecker;
        this.historyBuilder = historyBuilder;
    }

    /** A runner that builds the past forecasts a VaR method needs with the default calculator and correlation. */
    public RiskRunner(ForecasterCatalog forecasters, UniverseSelector universeSelector, ForecastEngine forecastEngine,
                      SampleCorrelation correlationEstimator, PortfolioRiskCalculator riskCalculator,
                      LimitChecker limitChecker) {
        this(forecasters, universeSelector, forecastEngine, correlationEstimator, riskCalculator, limitChecker,
                new ForecastHistoryBuilder(forecasters, correlationEstimator));
    }

    /**
     * Runs the risk calculation.
     *
     * @param market   the prices
     * @param weights  the weights file, or {@code null} for equal weights
     * @param limits   the limits to check, with the file they came from
     * @param settings the run's settings
     * @throws UserInputException when the as-of date, the weights, the limits or the history do not allow a run
     */
    public RiskReport run(MarketData market, WeightsFile weights, LimitSet limits, RunSettings settings) {
        return run(market, weights, limits, settings, ModelSource.NONE).report();
    }

    /**
     * Runs the risk calculation starting from the models {@code source} serves (stored models are updated with
     * the days up to the as-of date; the others are fitted), and returns the report with the models it ends with.
     *
     * @throws UserInputException when the as-of date, the weights, the limits, the history or the stored models
     *                            do not allow a run
     */
    public RunResult run(MarketData market, WeightsFile weights, LimitSet limits, RunSettings settings,
                         ModelSource source) {
        return run(market, weights, limits, settings, source, TickerExecutor.local());
    }

    /**
     * As {@link #run(MarketData, WeightsFile, LimitSet, RunSettings, ModelSource)}, with the per-ticker models fitted
     * or updated on {@code executor} (the results are the same on every engine).
     */
    public RunResult run(MarketData market, WeightsFile weights, LimitSet limits, RunSettings settings,
                         ModelSource source, TickerExecutor executor) {
        VolatilityForecaster forecaster = forecasters.create(settings.model(), settings.forecasterOptions());
        PriceHistory all = market.prices().history();
        LocalDate asOf = resolveAsOf(all, settings.asOf());
        PricesAsOf view = market.prices().asOf(asOf);
        PriceHistory known = view.aligned();

        int needed = Math.max(settings.correlationWindowDays() + 1, forecaster.minimumHistory());
        Universe universe = withLaterListings(universeSelector.select(known, asOf, weights, needed), all, known, asOf);
        List<String> tickers = universe.tickers();
        PriceHistory positions = known.select(tickers);
        LimitSet.Scoped scoped = limits.heldBy(tickers, asOf); // before any model is fitted

        // Each volatility model sees its own ticker's trading days only; a position that did not trade on the as-of
        // date gets the forecast made at its last trading day.
        PriceHistory ownDays = view.tradingDays().select(tickers);
        StartingModels start = source.start(forecaster, tickers, asOf, view.tradingDays());
        // In process, fits from scratch go through the state's checkpoint (a killed bootstrap resumes); an
        // out-of-process engine rebuilds the forecaster in each task from its spec.
        VolatilityForecaster fitter = executor.inProcess() ? start.fitter(forecaster) : forecaster;
        ForecastEngine.Forecasts forecasts = forecastEngine.forecast(fitter,
                new ForecasterSpec(settings.model(), settings.forecasterOptions(), false), ownDays, tickers,
                settings.horizonDays(), settings.threads(), start.models(), executor);
        double[] sigma = forecasts.volatilities();
        double[][] window = positions.logReturnWindow(tickers, asOf, settings.correlationWindowDays());
        CorrelationEstimate correlation;
        try {
            correlation = estimator(settings, tickers.size()).estimate(window);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("cannot estimate the correlation over the " + settings.correlationWindowDays()
                    + " days ending " + asOf + ": " + e.getMessage(), e);
        }
        VarMethod method = settings.varMethodSpec();
        VarHistory varHistory = varHistory(method, positions, universe.weights(), asOf, settings, start);
        PortfolioRisk risk;
        VarEstimate var;
        try {
            RiskInputs inputs = RiskInputs.of(tickers, universe.weights(), sigma, correlation.matrix(),
                    settings.horizonDays());
            risk = riskCalculator.compute(inputs, correlation, method, varHistory);
            var = riskCalculator.estimateVar(inputs, correlation, method, varHistory);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("cannot compute the portfolio's risk"
                    + (method instanceof NormalVar ? "" : " with --var-method " + method.name()) + ": "
                    + e.getMessage(), e);
        }
        List<LimitResult> limitResults = checkLimits(scoped.limits(), risk, asOf);
        var stale = new java.util.ArrayList<DataQuality.Stale>();
        for (PriceSeries s : ownDays.series()) {
            if (s.lastDate().isBefore(asOf)) {
                stale.add(new DataQuality.Stale(s.ticker(), s.lastDate()));
            }
        }
        var quality = new DataQuality(view.policy(), market.prices().severalCalendars(), stale, view.jumps());
        var data = new RiskReport.DataSummary(market.description(), positions.firstDate(), asOf,
                market.prices().fingerprint(), market.prices().coverage(), quality);
        var report = new RiskReport(asOf, settings.horizonDays(), settings.model(), universe, sigma, correlation,
                settings.correlationWindowDays(), risk, limitResults, data, start.section(), scoped.warnings(), var);
        return new RunResult(report, forecasts.models(), start);
    }

    /**
     * The past {@code method} reads at {@code asOf}, cut by {@link VarHistory#forMethod}: the positions' daily log
     * returns of the trailing window and, for {@code fhs} and {@code student-t}, the forecasts made for each of
     * those days at the close before it by the run's model replayed out of sample ({@link ForecastHistoryBuilder}:
     * fitted on the data up to the day before the window, then updated one day at a time), so no forecast has seen
     * its own day. A neural model is trained once and frozen, at the last anchor on or before the window's first
     * day (every {@value #REPLAY_ANCHOR_DAYS}th trading day of the positions' calendar): consecutive nights then
     * start from the same fit, which the state's cache keeps ({@link StartingModels#replayFitter}), and a night
     * trains a new one only when the window passes the next anchor. Reads nothing after {@code asOf}.
     *
     * @throws UserInputException when the data is too short for the method's window
     */
    private VarHistory varHistory(VarMethod method, PriceHistory positions, double[] weights, LocalDate asOf,
                                  RunSettings settings, StartingModels start) {
        if (method instanceof NormalVar) {
            return VarHistory.NONE;
        }
        List<String> tickers = positions.tickers();
        int window = method.windowDays();
        try {
            if (method instanceof HistoricalVar) {
                return VarHistory.forMethod(method, positions.logReturnWindow(tickers, asOf, window), null, null);
            }
            VolatilityForecaster replay = forecasters.createForReplay(settings.model(), settings.forecasterOptions());
            int requested = window + (NeuralParts.of(replay).isPresent() ? daysPastAnchor(positions, asOf, window) : 0);
            ForecastHistory past = historyBuilder.build(start.replayFitter(replay), settings.model(), positions,
                    weights, asOf, settings.horizonDays(), settings.correlationWindowDays(), requested,
                    settings.threads());
            int days = past.dates().size() - 1; // the forecasts made at dates 0 … days − 1 are for dates 1 … days
            if (days < window) {
                throw new IllegalArgumentException("the data allows " + days + " days of past " + settings.model()
                        + " forecasts before " + asOf + " (the model needs " + replay.minimumHistory()
                        + " days of prices first, and σp a " + settings.correlationWindowDays()
                        + "-day correlation window)");
            }
            double[][] forecasts = new double[days][tickers.size()];
            double[] portfolio = new double[days];
            double[][] made = past.forecasts();
            double[] madePortfolio = past.portfolioForecast();
            for (int u = 0; u < days; u++) {
                for (int i = 0; i < tickers.size(); i++) {
                    forecasts[u][i] = made[i][u];
                }
                portfolio[u] = madePortfolio[u];
            }
            return VarHistory.forMethod(method, positions.logReturnWindow(tickers, asOf, days), forecasts, portfolio);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--var-method " + method.name() + " with --var-window " + window
                    + " cannot be computed at " + asOf + ": " + e.getMessage()
                    + "; --var-method normal needs no past forecasts", e);
        }
    }

    /**
     * Trading days from the last replay anchor (a multiple of {@value #REPLAY_ANCHOR_DAYS} days from the positions'
     * first date) to the first day of a {@code window}-day replay ending at {@code asOf}: 0 … 62.
     */
    static int daysPastAnchor(PriceHistory positions, LocalDate asOf, int window) {
        int end = positions.truncatedTo(asOf).calendar().size() - 1;
        int first = Math.max(0, end - window);
        return first % REPLAY_ANCHOR_DAYS;
    }

    /**
     * {@code universe} with the tickers whose data starts after the as-of date (so {@code known} has dropped them)
     * listed as excluded too, sorted by ticker with the others; unchanged when there are none or the weights came
     * from a file (which names every position and is refused for a ticker without data).
     */
    private static Universe withLaterListings(Universe universe, PriceHistory all, PriceHistory known, LocalDate asOf) {
        if (!universe.weightsSource().equals("equal") || known.tickers().size() == all.tickers().size()) {
            return universe;
        }
        var excluded = new java.util.ArrayList<>(universe.excluded());
        for (String t : all.tickers()) {
            if (!known.contains(t)) {
                excluded.add(new ExcludedTicker(t, "no price on or before " + asOf + " (its data starts "
                        + all.series(t).firstDate() + ")"));
            }
        }
        excluded.sort(java.util.Comparator.comparing(ExcludedTicker::ticker));
        return new Universe(universe.tickers(), universe.weights(), universe.weightsSource(), excluded);
    }

    /** The run's correlation estimator: the settings' choice for this many positions (the injected sample one). */
    private CorrelationEstimator estimator(RunSettings settings, int names) {
        CorrelationEstimator e = settings.correlationEstimatorFor(names);
        return e instanceof SampleCorrelation ? correlationEstimator : e;
    }

    private List<LimitResult> checkLimits(LimitSet limits, PortfolioRisk risk, LocalDate asOf) {
        try {
            return limitChecker.check(limits.limits(), risk, asOf);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(limits.source() + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate resolveAsOf(PriceHistory history, LocalDate requested) {
        if (requested == null) {
            return history.lastCommonDate();
        }
        if (requested.isBefore(history.firstDate()) || requested.isAfter(history.lastDate())) {
            throw new UserInputException("as-of date " + requested + " is outside the data, which runs from "
                    + history.firstDate() + " to " + history.lastDate());
        }
        List<LocalDate> calendar = history.calendar();
        int i = java.util.Collections.binarySearch(calendar, requested);
        if (i < 0) {
            throw new UserInputException("as-of date " + requested + " is not a trading date of the data; the trading date before it is "
                    + calendar.get(-i - 2));
        }
        return requested;
    }
}
