package org.lstmrisk.evaluation;

import org.lstmrisk.core.concurrent.TickerExecutor;
import org.lstmrisk.core.progress.Progress;
import org.lstmrisk.io.MarketData;
import org.lstmrisk.portfolio.SampleCorrelation;

/**
 * Runs an evaluation: selects the span, runs the walk-forwards, scores the per-ticker forecasts, then backtests the
 * portfolio. Pure computation; writing is {@link EvaluationFiles}' job. This class is immutable and thread-safe.
 */
public final class Evaluator {

    private final SpanSelector spanSelector = new SpanSelector();
    private final WalkForwardPanel walkForward = new WalkForwardPanel();
    private final PanelCombiner combiner = new PanelCombiner();
    private final AccuracyScoring scoring = new AccuracyScoring();
    private final PortfolioBacktest portfolio;

    /** An evaluator estimating correlations with {@code correlation}. */
    public Evaluator(SampleCorrelation correlation) {
        this.portfolio = new PortfolioBacktest(correlation);
    }

    /** Evaluates {@code lineup} on {@code market} as {@code settings} say, reporting progress to {@code progress}. */
    public Evaluation evaluate(MarketData market, ModelLineup lineup, EvaluationSettings settings, Progress progress) {
        return evaluate(market, lineup, settings, false, progress);
    }

    /**
     * Evaluates {@code lineup} on {@code market} as {@code settings} say; with {@code excludeJumps}, the days whose
     * realised window holds a suspect jump of the ticker are not scored, for every model alike. Each ticker is walked
     * forward over its own trading days; the prices are used as read (the jump policy of a run is not applied: a
     * flag confirmed by the next day's reversal would revise a price the walk-forward has already used).
     */
    public Evaluation evaluate(MarketData market, ModelLineup lineup, EvaluationSettings settings,
                               boolean excludeJumps, Progress progress) {
        return evaluate(market, lineup, settings, excludeJumps, progress, TickerExecutor.local());
    }

    /**
     * As {@link #evaluate(MarketData, ModelLineup, EvaluationSettings, boolean, Progress)}, with the walk-forwards
     * run on {@code executor} (the results are the same on every engine; an engine out of process needs a lineup
     * with specs, as {@link ModelLineupFactory} makes).
     */
    public Evaluation evaluate(MarketData market, ModelLineup lineup, EvaluationSettings settings,
                               boolean excludeJumps, Progress progress, TickerExecutor executor) {
        return evaluate(market, lineup, settings, excludeJumps, progress, executor, SavedForecasts.NONE);
    }

    /**
     * As {@link #evaluate(MarketData, ModelLineup, EvaluationSettings, boolean, Progress, TickerExecutor)}, with the
     * walk-forwards found in {@code saved} (same model setup, walk-forward settings, dates and realised values; see
     * {@link ReusePlan}) read from there instead of run again. The result is the one a full run gives, to the bit;
     * {@link Evaluation#reused()} says what was read.
     */
    public Evaluation evaluate(MarketData market, ModelLineup lineup, EvaluationSettings settings,
                               boolean excludeJumps, Progress progress, TickerExecutor executor,
                               SavedForecasts saved) {
        EvaluationSpan span = spanSelector.select(market.prices().history(), settings, lineup);
        var ownDays = market.prices().tradingDays().truncatedTo(span.lastDate()).select(span.tickers());
        lineup = lineup.forUniverse(ownDays.series());
        WalkForwardPanel.Result walked = walkForward.run(span, ownDays, lineup, settings, progress, executor, saved);
        PanelCombiner.Combined combined = combiner.extend(walked.panel(), settings);
        ForecastPanel panel = combined.panel();
        double threshold = market.prices().policy().jumpThreshold();
        var jumps = new java.util.ArrayList<org.lstmrisk.io.SuspectJump>();
        for (var s : ownDays.series()) {
            jumps.addAll(org.lstmrisk.io.SuspectJumps.detect(s, threshold));
        }
        ScoredDays scored = ScoredDays.of(panel, excludeJumps ? jumpDays(panel, jumps, settings.horizonDays()) : null);
        var dm = new DmComparison(settings.horizonDays());
        AccuracyResults accuracy = scoring.score(panel, scored, dm);
        PortfolioEvaluation backtest = portfolio.run(span, panel, settings, accuracy.bestBaseline(), dm);
        var setups = new java.util.LinkedHashMap<String, String>();
        for (int m = 0; m < lineup.size(); m++) {
            setups.put(lineup.names().get(m), lineup.forecasters().get(m).toString());
        }
        setups.putAll(combined.setups());
        var data = new EvaluationData(market.prices().policy(), market.prices().coverage(),
                market.prices().severalCalendars(), jumps, excludeJumps, walked.priceFingerprints());
        return new Evaluation(settings, market.description(), market.prices().fingerprint(), span, panel, scored, dm,
                accuracy, backtest, setups, data, walked.reused());
    }

    /**
     * [ticker][day]: true when a suspect jump of the ticker falls in the realised window of the forecast made on
     * that day, the dates after it up to and including the h-th later date of the panel's calendar (or the end).
     */
    static boolean[][] jumpDays(ForecastPanel panel, java.util.List<org.lstmrisk.io.SuspectJump> jumps, int h) {
        var dates = panel.dates();
        boolean[][] out = new boolean[panel.tickers().size()][dates.size()];
        for (var j : jumps) {
            int i = panel.tickers().indexOf(j.ticker());
            if (i < 0) {
                continue;
            }
            // forecast days t with dates[t] < jump date <= dates[t + h]
            for (int t = 0; t < dates.size(); t++) {
                boolean after = dates.get(t).isBefore(j.date());
                boolean within = t + h >= dates.size() || !dates.get(t + h).isBefore(j.date());
                if (after && within) {
                    out[i][t] = true;
                }
            }
        }
        return out;
    }
}
