package org.lstmrisk.evaluation;

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
    private final AccuracyScoring scoring = new AccuracyScoring();
    private final PortfolioBacktest portfolio;

    /** An evaluator estimating correlations with {@code correlation}. */
    public Evaluator(SampleCorrelation correlation) {
        this.portfolio = new PortfolioBacktest(correlation);
    }

    /** Evaluates {@code lineup} on {@code market} as {@code settings} say, reporting progress to {@code progress}. */
    public Evaluation evaluate(MarketData market, ModelLineup lineup, EvaluationSettings settings, Progress progress) {
        EvaluationSpan span = spanSelector.select(market.prices().history(), settings, lineup);
        ForecastPanel panel = walkForward.run(span, lineup, settings, progress);
        ScoredDays scored = ScoredDays.of(panel);
        var dm = new DmComparison(settings.horizonDays());
        AccuracyResults accuracy = scoring.score(panel, scored, lineup, dm);
        PortfolioEvaluation backtest = portfolio.run(span, panel, settings, accuracy.bestBaseline(), dm);
        var setups = new java.util.LinkedHashMap<String, String>();
        for (int m = 0; m < lineup.size(); m++) {
            setups.put(lineup.names().get(m), lineup.forecasters().get(m).toString());
        }
        return new Evaluation(settings, market.description(), market.prices().fingerprint(), span, panel, scored, dm,
                accuracy, backtest, setups);
    }
}
