package org.lstmrisk.nightly.run;

import org.lstmrisk.io.MarketData;
import org.lstmrisk.nightly.config.RunSettings;
import org.lstmrisk.report.ForecastHistory;
import org.lstmrisk.report.RiskReport;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.lstmrisk.core.ExitCode;
import org.lstmrisk.nightly.history.RunLog;
import org.lstmrisk.report.ConsoleSummary;
import org.lstmrisk.report.ForecastsCsv;
import org.lstmrisk.report.ReportJson;
import org.lstmrisk.report.ReportPublisher;
import org.lstmrisk.report.html.ReportHtml;
import org.lstmrisk.report.html.LossCurve;
import org.lstmrisk.report.html.TrainingHistory;
import org.lstmrisk.core.forecast.VolatilityModel;
import org.lstmrisk.lstm.forecast.LstmVolatilityModel;
import org.lstmrisk.lstm.forecast.TrainingSummary;
import java.util.ArrayList;
import org.lstmrisk.core.concurrent.TickerExecutor;
import java.util.List;
import org.lstmrisk.nightly.state.ModelState;
import org.lstmrisk.nightly.state.NeuralParts;
import org.lstmrisk.nightly.state.StagedModels;
import org.lstmrisk.io.WeightsFile;

/**
 * The nightly job around the calculation: run it, publish {@code report.json}, {@code forecasts.csv} and
 * {@code report.html} under {@code OUT/<as-of>/} in one step, print the summary, and say which exit code applies.
 * This class is immutable and thread-safe.
 */
public final class RiskJob {

    private final RiskRunner runner;
    private final ReportJson reportJson;
    private final ForecastsCsv forecastsCsv;
    private final ConsoleSummary summary;
    private final ReportPublisher publisher;
    private final ForecastHistoryBuilder historyBuilder;
    private final ReportHtml reportHtml;
    private final ReportFolderGuard folderGuard;

    /** A job from its collaborators. */
    @Inject
    public RiskJob(RiskRunner runner, ReportJson reportJson, ForecastsCsv forecastsCsv, ConsoleSummary summary,
                   ReportPublisher publisher, ForecastHistoryBuilder historyBuilder, ReportHtml reportHtml,
                   ReportFolderGuard folderGuard) {
        this.runner = runner;
        this.reportJson = reportJson;
        this.forecastsCsv = forecastsCsv;
        this.summary = summary;
        this.publisher = publisher;
        this.historyBuilder = historyBuilder;
        this.reportHtml = reportHtml;
        this.folderGuard = folderGuard;
    }

    /** Runs, writes and prints; returns the exit code (0, or 3 on a hard limit breach). */
    public int execute(MarketData market, WeightsFile weights, LimitSet limits, RunSettings settings, PrintWriter out) {
        return execute(market, weights, limits, settings, out, RunLog.NONE);
    }

    /**
     * Runs, writes and prints, then records the run in {@code runLog}: the report is published first, the
     * history written after it in one transaction (a failure there is an internal error, exit 1, with the
     * report in place and nothing of the run in the history). Returns the exit code (0, or 3 on a hard breach).
     */
    public int execute(MarketData market, WeightsFile weights, LimitSet limits, RunSettings settings, PrintWriter out,
                       RunLog runLog) {
        return execute(market, weights, limits, settings, out, runLog, ModelState.NONE);
    }

    /**
     * The nightly run with a model state: starts from the stored models, computes everything, writes the models
     * it ends with as a new generation (not yet current), publishes the report, prints the summary, then records
     * the run and the new current generation in ONE transaction (the commit point), and finally removes the
     * generations no longer current. Killed before the commit, the state is as before the run; after it, as after.
     * Returns the exit code (0, or 3 on a hard breach).
     */
    public int execute(MarketData market, WeightsFile weights, LimitSet limits, RunSettings settings, PrintWriter out,
                       RunLog runLog, ModelState state) {
        return execute(market, weights, limits, settings, out, runLog, state, TickerExecutor.local());
    }

    /**
     * As {@link #execute(MarketData, WeightsFile, LimitSet, RunSettings, PrintWriter, RunLog, ModelState)}, with the
     * per-ticker models fitted or updated on {@code executor}; the commit protocol stays on this (the driver's)
     * process. A failed job throws before anything is written.
     */
    public int execute(MarketData market, WeightsFile weights, LimitSet limits, RunSettings settings, PrintWriter out,
                       RunLog runLog, ModelState state, TickerExecutor executor) {
        RunResult result = runner.run(market, weights, limits, settings, state, executor);
        RiskReport report = result.report();
        publisher.checkReplaceable(settings.outDir(), report.asOf());
        StagedModels staged = state.stage(report.universe().tickers(), result.models(), result.start());
        var files = new LinkedHashMap<String, byte[]>();
        files.put("report.json", reportJson.render(report, settings.fullCorrelation()));
        files.put("forecasts.csv", forecastsCsv.render(report));
        ForecastHistory history = historyBuilder.build(market, report, settings, result.models());
        files.put("report.html", reportHtml.render(report, history, trainedInThisRun(result.models())));
        files.put(ReportFolderGuard.FILE, folderGuard.file(market, settings));
        Path dir = publisher.publish(settings.outDir(), report.asOf(), files);
        out.print(summary.render(report, dir));
        for (String line : staged.lines()) {
            out.println("  models: " + line);
        }
        out.flush();
        int exitCode = report.hasHardBreach() ? ExitCode.HARD_BREACH : ExitCode.OK;
        runLog.record(report, dir, exitCode, staged.commitStep()).ifPresent(recorded -> out.println(recorded.summaryLine()));
        try {
            state.collectGarbage(staged);
        } catch (java.io.UncheckedIOException e) {
            out.println("  warning: " + e.getMessage() + " (the run is complete and recorded; the next run retries)");
        }
        out.flush();
        return exitCode;
    }

    /** The loss curves of the neural models fitted from scratch on this run's as-of date. */
    static TrainingHistory trainedInThisRun(List<VolatilityModel> models) {
        var curves = new ArrayList<LossCurve>();
        for (VolatilityModel model : models) {
            LstmVolatilityModel lstm = NeuralParts.of(model).orElse(null);
            if (lstm != null && lstm.daysSinceRefit() == 0) {
                TrainingSummary t = lstm.training();
                curves.add(new LossCurve(lstm.ticker(),
                        t.trainLoss().stream().mapToDouble(Double::doubleValue).toArray(),
                        t.validationLoss().stream().mapToDouble(Double::doubleValue).toArray()));
            }
        }
        return curves.isEmpty() ? TrainingHistory.NONE : new TrainingHistory(curves);
    }
}
