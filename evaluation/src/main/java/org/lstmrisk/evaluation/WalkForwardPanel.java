package org.lstmrisk.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.io.Serializable;
import org.lstmrisk.core.concurrent.SerializableFunction;
import org.lstmrisk.core.concurrent.TickerExecutor;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.forecasters.ForecasterSpec;
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
        return run(span, span.history(), lineup, settings, progress, TickerExecutor.local());
    }

    /**
     * @param ownDays each span ticker's own trading days, cut after the span's last date (the span's history when
     *                every ticker trades every date)
     */
    ForecastPanel run(EvaluationSpan span, org.lstmrisk.core.PriceHistory ownDays, ModelLineup lineup,
                      EvaluationSettings settings, Progress progress, TickerExecutor executor) {
        return run(span, ownDays, lineup, settings, progress, executor, SavedForecasts.NONE).panel();
    }

    /**
     * A panel, what of it was read from earlier evaluations, and each ticker's fingerprint of the prices its
     * walk-forwards read ({@link PriceFingerprint}), in span order.
     */
    record Result(ForecastPanel panel, List<ReusedForecasts> reused, java.util.Map<String, String> priceFingerprints) {
    }

    /**
     * As {@link #run(EvaluationSpan, org.lstmrisk.core.PriceHistory, ModelLineup, EvaluationSettings, Progress,
     * TickerExecutor)}, with the (ticker, model) pairs that {@link ReusePlan} finds in {@code saved} read from there
     * instead of walked forward.
     */
    Result run(EvaluationSpan span, org.lstmrisk.core.PriceHistory ownDays, ModelLineup lineup,
               EvaluationSettings settings, Progress progress, TickerExecutor executor, SavedForecasts saved) {
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
        List<LocalDate> dates = spanDates(union, span);
        var fingerprints = new java.util.LinkedHashMap<String, String>();
        for (PriceSeries s : series) {
            fingerprints.put(s.ticker(), PriceFingerprint.of(s));
        }
        ReusePlan plan = ReusePlan.of(saved, settings, lineup, series, fingerprints, dates,
                config.targetEstimator());
        var jobs = new ArrayList<int[]>(n * models);
        int[][] jobIndex = new int[n][models];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < models; m++) {
                jobIndex[i][m] = plan.reused(m, i) ? -1 : jobs.size();
                if (!plan.reused(m, i)) {
                    jobs.add(new int[] {i, m});
                }
            }
        }
        int total = jobs.size();
        var inputs = new ArrayList<Job>(total);
        for (int[] job : jobs) {
            PriceSeries s = series.get(job[0]);
            LocalDate from = s == union.get(job[0]) ? span.firstAsOf()
                    : s.date(Math.max(0, s.indexAtOrBefore(span.firstAsOf())));
            inputs.add(new Job(s, job[1], lineup.names().get(job[1]), from, span.lastDate()));
        }
        List<Task> tasks;
        if (inputs.isEmpty()) {
            tasks = List.of(); // every walk-forward was read from an earlier evaluation
        } else if (executor.inProcess()) {
            tasks = walkInProcess(inputs, lineup, config, settings.threads(), executor, progress);
        } else {
            if (lineup.specs().isEmpty()) {
                throw new IllegalArgumentException("the " + executor.name() + " engine needs the models' specs");
            }
            tasks = executor.map("walk-forwards", inputs, settings.threads(), new RemoteWalkForward(lineup.specs(),
                    config));
            progress.advance("walk-forwards", total, total, "");
        }
        double[][][] forecast = new double[models][n][];
        double[][] realised = new double[n][];
        int[][] failures = new int[models][n];
        boolean[][] traded = null;
        for (int i = 0; i < n; i++) {
            boolean own = series.get(i) != union.get(i);
            if (own && traded == null) {
                traded = new boolean[n][dates.size()];
                for (boolean[] row : traded) {
                    java.util.Arrays.fill(row, true);
                }
            }
            if (plan.realised(i) != null) {
                realised[i] = plan.realised(i);
                if (own) {
                    traded[i] = plan.traded(i);
                }
            }
            for (int m = 0; m < models; m++) {
                if (jobIndex[i][m] < 0) {
                    forecast[m][i] = plan.forecast(m, i);
                    failures[m][i] = plan.failures(m, i);
                    continue;
                }
                Task task = tasks.get(jobIndex[i][m]);
                WalkForwardResult r = task.result();
                if (own) {
                    OnSpan mapped = OnSpan.of(r, dates, series.get(i));
                    forecast[m][i] = mapped.forecast();
                    if (realised[i] == null) {
                        realised[i] = mapped.realised();
                        traded[i] = mapped.traded();
                    }
                } else {
                    if (!dates.equals(r.asOfDates())) {
                        throw new IllegalStateException(r.ticker() + " " + lineup.names().get(m)
                                + ": forecast dates differ from the span's dates");
                    }
                    forecast[m][i] = r.forecastVolatility();
                    if (realised[i] == null) {
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
        return new Result(new ForecastPanel(dates, span.tickers(), lineup.names(), forecast, realised, failures,
                traded), plan.records(), fingerprints);
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

    /**
     * The walk-forwards of {@code inputs} in this process. A model whose refits start from scratch is walked forward in
     * its refit blocks, each a task of its own (a fit and the daily updates to the next refit), joined in order: the
     * same result as one walk-forward, with the threads kept busy to the end and, for a model pre-trained on all
     * stocks, the dates' pre-trainings spread over the threads. A ticker one of whose blocks cannot be fitted is
     * walked forward again as a whole, so that the failed refit is counted and bridged as {@link RefitFallback} does.
     */
    private static List<Task> walkInProcess(List<Job> inputs, ModelLineup lineup, WalkForwardConfig config, int threads,
                                            TickerExecutor executor, Progress progress) {
        var pieces = new ArrayList<Piece>();
        for (int j = 0; j < inputs.size(); j++) {
            Job job = inputs.get(j);
            VolatilityForecaster f = lineup.forecasters().get(job.model());
            if (f.refitsFromScratch()) {
                for (int[] b : new WalkForward(f, config).blocks(job.series(), job.from(), job.to())) {
                    pieces.add(new Piece(j, b[0], b[1]));
                }
            } else {
                pieces.add(new Piece(j, -1, -1));
            }
        }
        var done = new AtomicInteger();
        List<PieceResult> results = executor.map("walk-forwards", pieces, threads, piece -> {
            Job job = inputs.get(piece.job());
            VolatilityForecaster f = lineup.forecasters().get(job.model());
            PieceResult r;
            if (piece.start() < 0) {
                r = new PieceResult(walkForward(job, f, config), null);
            } else {
                WalkForwardResult block;
                try {
                    block = new WalkForward(f, config).runBlock(job.series(), piece.start(), piece.end());
                } catch (IllegalStateException | IllegalArgumentException e) {
                    block = null; // walked forward again as a whole below
                }
                r = new PieceResult(null, block);
            }
            progress.advance("walk-forwards", done.incrementAndGet(), pieces.size(), job.series().ticker() + " "
                    + job.name());
            return r;
        });
        var tasks = new ArrayList<Task>(inputs.size());
        int p = 0;
        for (int j = 0; j < inputs.size(); j++) {
            var blocks = new ArrayList<WalkForwardResult>();
            Task whole = null;
            boolean failed = false;
            for (; p < pieces.size() && pieces.get(p).job() == j; p++) {
                PieceResult r = results.get(p);
                if (r.task() != null) {
                    whole = r.task();
                } else if (r.block() == null) {
                    failed = true;
                } else {
                    blocks.add(r.block());
                }
            }
            if (whole == null) {
                whole = failed ? walkForward(inputs.get(j), lineup.forecasters().get(inputs.get(j).model()), config)
                        : new Task(WalkForwardResult.concat(blocks), 0);
            }
            tasks.add(whole);
        }
        return tasks;
    }

    /** A whole walk-forward ({@code start < 0}) or one refit block of job {@code job}: day indexes start … end. */
    private record Piece(int job, int start, int end) implements Serializable {
    }

    /** A whole walk-forward's task, or one block's result (null when the block's fit failed). */
    private record PieceResult(Task task, WalkForwardResult block) implements Serializable {
    }

    /** One ticker's walk-forward of one model, from {@code from} to {@code to}, on the ticker's own days. */
    private static Task walkForward(Job job, VolatilityForecaster forecaster, WalkForwardConfig config) {
        var fallback = new RefitFallback(forecaster);
        WalkForwardResult r;
        try {
            r = new WalkForward(fallback, config).run(job.series(), job.from(), job.to());
        } catch (RuntimeException e) {
            throw new IllegalStateException(job.name() + " walk-forward of " + job.series().ticker() + " failed: "
                    + e.getMessage(), e);
        }
        return new Task(r, fallback.failures());
    }

    /** One (ticker, model) pair: the ticker's prices, the model's index and name, the span of as-of dates. */
    private record Job(PriceSeries series, int model, String name, LocalDate from, LocalDate to)
            implements Serializable {
    }

    /**
     * The walk-forward as a task of an engine out of process: rebuilds the model's forecaster from its spec, then walks
     * forward as in process.
     */
    private record RemoteWalkForward(List<ForecasterSpec> specs, WalkForwardConfig config)
            implements SerializableFunction<Job, Task> {

        RemoteWalkForward {
            specs = new ArrayList<>(specs); // a serialisable list whatever the caller's
        }

        @Override
        public Task apply(Job job) {
            return walkForward(job, specs.get(job.model()).create(), config);
        }
    }

    private record Task(WalkForwardResult result, int failures) implements Serializable {
    }
}
