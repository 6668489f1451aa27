package org.lstmrisk.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.core.concurrent.OrderedParallel;
import java.util.concurrent.atomic.AtomicInteger;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.forecast.WalkForward;
import org.lstmrisk.core.forecast.WalkForwardConfig;
import org.lstmrisk.core.forecast.WalkForwardResult;
import org.lstmrisk.core.progress.Progress;
import org.lstmrisk.core.volatility.RealisedVolatilityEstimators;

/**
 * Runs the walk-forward of every (ticker, model) pair on a bounded pool, one pair per task, and assembles the
 * {@link ForecastPanel}. Each task sees one ticker's prices; {@link WalkForward} passes the model only prices up to
 * each as-of date. Results are placed by index, so they do not depend on the number of threads. This class is
 * immutable and thread-safe.
 */
final class WalkForwardPanel {

    ForecastPanel run(EvaluationSpan span, ModelLineup lineup, EvaluationSettings settings, Progress progress) {
        var config = new WalkForwardConfig(settings.horizonDays(), settings.refitEveryDays(), settings.window(),
                settings.rollingWindowDays(), RealisedVolatilityEstimators.byName(settings.target()));
        List<PriceSeries> series = span.history().series();
        int n = series.size();
        int models = lineup.size();
        int total = n * models;
        var done = new AtomicInteger();
        var jobs = new ArrayList<int[]>(total);
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < models; m++) {
                jobs.add(new int[] {i, m});
            }
        }
        List<Task> tasks = OrderedParallel.map(jobs, settings.threads(), job -> {
            PriceSeries s = series.get(job[0]);
            String model = lineup.names().get(job[1]);
            var fallback = new RefitFallback(lineup.forecasters().get(job[1]));
            WalkForwardResult r;
            try {
                r = new WalkForward(fallback, config).run(s, span.firstAsOf(), span.lastDate());
            } catch (RuntimeException e) {
                throw new IllegalStateException(model + " walk-forward of " + s.ticker() + " failed: "
                        + e.getMessage(), e);
            }
            progress.advance("walk-forwards", done.incrementAndGet(), total, s.ticker() + " " + model);
            return new Task(r, fallback.failures());
        });
        double[][][] forecast = new double[models][n][];
        double[][] realised = new double[n][];
        int[][] failures = new int[models][n];
        List<java.time.LocalDate> dates = null;
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < models; m++) {
                Task task = tasks.get(i * models + m);
                WalkForwardResult r = task.result();
                if (dates == null) {
                    dates = r.asOfDates();
                } else if (!dates.equals(r.asOfDates())) {
                    throw new IllegalStateException(r.ticker() + " " + lineup.names().get(m)
                            + ": forecast dates differ from the other walk-forwards");
                }
                forecast[m][i] = r.forecastVolatility();
                if (m == 0) {
                    realised[i] = r.realisedVolatility();
                }
                failures[m][i] = task.failures();
            }
        }
        if (!dates.get(0).equals(span.firstAsOf()) || !dates.get(dates.size() - 1).equals(span.lastAsOf())) {
            throw new IllegalStateException("walk-forward dates " + dates.get(0) + " .. " + dates.get(dates.size() - 1)
                    + " differ from the span " + span.firstAsOf() + " .. " + span.lastAsOf());
        }
        return new ForecastPanel(dates, span.tickers(), lineup.names(), forecast, realised, failures);
    }

    private record Task(WalkForwardResult result, int failures) {
    }
}
