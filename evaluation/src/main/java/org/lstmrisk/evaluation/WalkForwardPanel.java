package org.lstmrisk.evaluation;

import java.time.LocalDate;
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
 * {@link ForecastPanel}. Each task sees one ticker's prices on its own trading days; {@link WalkForward} passes the
 * model only prices up to each as-of date. A ticker that does not trade on every date of the span (another exchange's
 * calendar) is walked forward over its own trading days, from its last trading day on or before the first as-of date;
 * on a span date it did not trade its forecast is the one made at its last trading day before it and the date is
 * marked not traded (not scored for it). Results are placed by index, so they do not depend on the number of
 * threads. This class is immutable and thread-safe.
 */
final class WalkForwardPanel {

    ForecastPanel run(EvaluationSpan span, ModelLineup lineup, EvaluationSettings settings, Progress progress) {
        return run(span, span.history(), lineup, settings, progress);
    }

    /**
     * @param ownDays each span ticker's own trading days, cut after the span's last date (the span's history when
     *                every ticker trades every date)
     */
    ForecastPanel run(EvaluationSpan span, org.lstmrisk.core.PriceHistory ownDays, ModelLineup lineup,
                      EvaluationSettings settings, Progress progress) {
        var config = new WalkForwardConfig(settings.horizonDays(), settings.refitEveryDays(), settings.window(),
                settings.rollingWindowDays(), RealisedVolatilityEstimators.byName(settings.target()));
        List<PriceSeries> union = span.history().series();
        List<PriceSeries> series = new ArrayList<>();
        for (PriceSeries u : union) {
            PriceSeries own = ownDays.series(u.ticker());
            series.add(own.dates().equals(u.dates()) ? u : own);
        }
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
            LocalDate from = s == union.get(job[0]) ? span.firstAsOf()
                    : s.date(Math.max(0, s.indexAtOrBefore(span.firstAsOf())));
            try {
                r = new WalkForward(fallback, config).run(s, from, span.lastDate());
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
        List<LocalDate> dates = spanDates(union, span);
        boolean[][] traded = null;
        for (int i = 0; i < n; i++) {
            boolean own = series.get(i) != union.get(i);
            for (int m = 0; m < models; m++) {
                Task task = tasks.get(i * models + m);
                WalkForwardResult r = task.result();
                if (own) {
                    if (traded == null) {
                        traded = new boolean[n][dates.size()];
                        for (boolean[] row : traded) {
                            java.util.Arrays.fill(row, true);
                        }
                    }
                    OnSpan mapped = OnSpan.of(r, dates, series.get(i));
                    forecast[m][i] = mapped.forecast();
                    if (m == 0) {
                        realised[i] = mapped.realised();
                        traded[i] = mapped.traded();
                    }
                } else {
                    if (!dates.equals(r.asOfDates())) {
                        throw new IllegalStateException(r.ticker() + " " + lineup.names().get(m)
                                + ": forecast dates differ from the span's dates");
                    }
                    forecast[m][i] = r.forecastVolatility();
                    if (m == 0) {
                        realised[i] = r.realisedVolatility();
                    }
                }
                failures[m][i] = task.failures();
            }
        }
        if (dates.isEmpty() || !dates.get(0).equals(span.firstAsOf())
                || !dates.get(dates.size() - 1).equals(span.lastAsOf())) {
            throw new IllegalStateException("walk-forward dates " + dates.get(0) + " .. " + dates.get(dates.size() - 1)
                    + " differ from the span " + span.firstAsOf() + " .. " + span.lastAsOf());
        }
        return new ForecastPanel(dates, span.tickers(), lineup.names(), forecast, realised, failures, traded);
    }

    /** The span's as-of dates: the union calendar's dates from the first to the last as-of date. */
    private static List<LocalDate> spanDates(List<PriceSeries> union, EvaluationSpan span) {
        var all = new java.util.TreeSet<LocalDate>();
        for (PriceSeries u : union) {
            for (LocalDate d : u.dates()) {
                if (!d.isBefore(span.firstAsOf()) && !d.isAfter(span.lastAsOf())) {
                    all.add(d);
                }
            }
        }
        return List.copyOf(all);
    }

    /**
     * A walk-forward over a ticker's own trading days laid onto the span's dates: on each span date the forecast made
     * at the ticker's last trading day on or before it; the realised value on its own trading days, NaN elsewhere.
     */
    private record OnSpan(double[] forecast, double[] realised, boolean[] traded) {

        static OnSpan of(WalkForwardResult r, List<LocalDate> dates, PriceSeries own) {
            List<LocalDate> asOf = r.asOfDates();
            double[] f = r.forecastVolatility();
            double[] v = r.realisedVolatility();
            if (asOf.get(0).isAfter(dates.get(0))) {
                throw new org.lstmrisk.core.UserInputException(r.ticker() + " has too few trading days of its own "
                        + "before the first forecast date " + dates.get(0) + " (its first forecast is on "
                        + asOf.get(0) + "); choose a later --from date");
            }
            double[] forecast = new double[dates.size()];
            double[] realised = new double[dates.size()];
            boolean[] traded = new boolean[dates.size()];
            int k = 0;
            for (int t = 0; t < dates.size(); t++) {
                LocalDate d = dates.get(t);
                while (k + 1 < asOf.size() && !asOf.get(k + 1).isAfter(d)) {
                    k++;
                }
                forecast[t] = f[k];
                boolean onDay = asOf.get(k).equals(d);
                traded[t] = onDay;
                realised[t] = onDay ? v[k] : Double.NaN;
            }
            return new OnSpan(forecast, realised, traded);
        }
    }

    private record Task(WalkForwardResult result, int failures) {
    }
}
