package org.lstmrisk.app.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.nightly.history.HistoryLocation;
import org.lstmrisk.nightly.history.RunLog;
import org.lstmrisk.nightly.history.RunRecorder;
import org.lstmrisk.nightly.history.StateLock;
import org.lstmrisk.nightly.run.LimitSet;
import org.lstmrisk.io.MarketData;
import org.lstmrisk.io.PriceLoader;
import org.lstmrisk.nightly.run.ReportFolderGuard;
import org.lstmrisk.nightly.run.RiskJob;
import org.lstmrisk.nightly.config.RunSettings;
import org.lstmrisk.nightly.state.ModelState;
import org.lstmrisk.nightly.state.RetrainRequest;
import org.lstmrisk.nightly.state.StateFolder;
import org.lstmrisk.nightly.state.StateStore;
import org.lstmrisk.io.TickerName;
import org.lstmrisk.io.WeightsFile;
import org.lstmrisk.io.WeightsReader;
import org.lstmrisk.nightly.limits.LimitsFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.lstmrisk.core.concurrent.TickerExecutor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lstm-risk run}: the nightly risk run on price files. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Forecast each stock's volatility, build the portfolio's covariance and risk, and write "
                + "OUT/<as-of>/report.json and forecasts.csv.",
                "With --state DIR the run holds DIR/lock throughout, starts from the LSTM/RNN models stored there "
                + "(updating each with the new days, learning each day once), stores the updated models as a new "
                + "generation (DIR/models/gNNNNNN) and, after the report is published, records the run and that "
                + "generation in the history (DIR/history.db) in one transaction; see 'lstm-risk history'.",
                "Exit codes: 0 complete, 2 bad usage or input (nothing written), 1 internal failure, 3 hard limit breached."})
public final class RunCommand implements Callable<Integer> {

    private final PriceLoader priceLoader;
    private final WeightsReader weightsReader;
    private final SettingsFileReader settingsFileReader;
    private final LimitsFileReader limitsReader;
    private final RiskJob job;
    private final RunRecorder recorder;
    private final StateStore stateStore;
    private final ReportFolderGuard folderGuard;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR|FILE",
            description = "A folder of per-ticker CSV files, one such file, or one long-format file (date,ticker,...).")
    Path data;

    @Option(names = "--weights", paramLabel = "FILE",
            description = "CSV ticker,weight; default: equal weights over the tickers with enough history.")
    Path weights;

    @Option(names = "--as-of", paramLabel = "DATE", description = "As-of date YYYY-MM-DD (default: last date common to the data).")
    LocalDate asOf;

    @Option(names = "--limits", paramLabel = "FILE",
            description = "YAML limits file (see examples/limits.yaml); a hard breach makes the run exit 3.")
    Path limits;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration with the keys data, weights, limits, asOf, model, "
            + "horizonDays, correlationWindowDays, maxForwardFillDays, ewmaLambda, threads, epochs, out, state, historyUrl, "
            + "missingRows, suspensions, calendars, jumps, jumpThreshold, varMethod, varWindowDays, correlationEstimator, "
            + "lstmPreset, gdp "
            + "(paths relative to the file); flags override it.")
    Path config;

    @Option(names = "--state", paramLabel = "DIR",
            description = "State folder: the run history (DIR/history.db) and the lock DIR/lock, held for the whole run; "
                    + "a second run on the same folder exits 2 at once.")
    Path state;

    @Option(names = "--retrain", paramLabel = "TICKER", split = ",",
            description = "Refit these tickers' stored models from scratch (a corrupted model file, revised data, "
                    + "changed model settings); needs --state.")
    List<String> retrain;

    @Option(names = "--retrain-corrupted",
            description = "Refit from scratch every position whose stored model file is missing or corrupted, "
                    + "instead of stopping with exit 2; needs --state.")
    boolean retrainCorrupted;

    @Option(names = "--history-url", paramLabel = "JDBC_URL",
            description = "Run history database (default jdbc:sqlite:DIR/history.db); needs --state for the lock.")
    String historyUrl;

    @Mixin
    RiskOptions options;

    @Mixin
    DataOptions dataOptions;

    /** A run command from its collaborators. */
    @Inject
    public RunCommand(PriceLoader priceLoader, WeightsReader weightsReader, SettingsFileReader settingsFileReader,
                      LimitsFileReader limitsReader, RiskJob job, RunRecorder recorder, StateStore stateStore,
                      ReportFolderGuard folderGuard) {
        this.priceLoader = priceLoader;
        this.weightsReader = weightsReader;
        this.settingsFileReader = settingsFileReader;
        this.limitsReader = limitsReader;
        this.job = job;
        this.recorder = recorder;
        this.stateStore = stateStore;
        this.folderGuard = folderGuard;
    }

    /**
     * Validates everything first (options, every input file, the output and state folders), then takes the
     * state's lock: a run refused with exit 2 creates and changes nothing, not even the state folder or its lock.
     */
    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Override
    public Integer call() throws Exception {
        engineOptions.check();
        SettingsFile file = config == null ? SettingsFile.EMPTY : settingsFileReader.read(config);
        Path baseDir = config == null ? Path.of("") : config.toAbsolutePath().getParent();
        Path statePath = state != null ? state : file.state() != null ? baseDir.resolve(file.state()) : null;
        String url = OptionValues.first(historyUrl, file.historyUrl(), null);
        RetrainRequest retrainRequest = new RetrainRequest(retrainTickers(), retrainCorrupted);
        if (statePath == null) {
            if (url != null) {
                throw new UserInputException("--history-url (or 'historyUrl:') needs --state DIR (or 'state:'): "
                        + "the run's lock lives in the state folder");
            }
            if (retrainRequest.any()) {
                throw new UserInputException("--retrain and --retrain-corrupted need --state DIR: without a state "
                        + "folder every model is fitted from scratch anyway");
            }
        }
        HistoryLocation location = null;
        if (statePath != null) {
            try {
                location = HistoryLocation.of(statePath, url);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage(), e);
            }
        }
        Inputs in = readInputs(file, baseDir);
        WritableFolder.require(in.settings().outDir(), "--out");
        PrintWriter out = spec.commandLine().getOut();
        if (statePath == null) {
            try (TickerExecutor executor = engineOptions.open()) {
                return job.execute(in.market(), in.weights(), in.limits(), in.settings(), out, RunLog.NONE,
                        ModelState.NONE, executor);
            }
        }
        WritableFolder.require(statePath, "--state");
        new StateFolder(statePath).requireNoLinks();
        try (StateLock lock = StateLock.acquire(statePath)) {
            recorder.checkWritable(location);
            ModelState modelState = stateStore.open(statePath, location, retrainRequest);
            RunLog runLog = recorder.runLog(recorder.start(location), in.settings(), in.limitsPath());
            try (TickerExecutor executor = engineOptions.open()) {
                return job.execute(in.market(), in.weights(), in.limits(), in.settings(), out, runLog, modelState,
                        executor);
            }
        }
    }

    /** The {@code --retrain} tickers, trimmed, each checked against the ticker rule. */
    private Set<String> retrainTickers() {
        if (retrain == null) {
            return Set.of();
        }
        var tickers = new java.util.TreeSet<String>();
        for (String t : retrain) {
            String ticker = t.strip();
            TickerName.problem(ticker).ifPresent(problem -> {
                throw new UserInputException("--retrain: " + problem);
            });
            tickers.add(ticker);
        }
        return tickers;
    }

    /** What a run reads, read and checked before anything is written or locked. */
    private record Inputs(RunSettings settings, MarketData market, WeightsFile weights, LimitSet limits,
                          Path limitsPath) {
    }

    private Inputs readInputs(SettingsFile file, Path baseDir) throws Exception {
        Path dataPath = data != null ? data : file.data() != null ? baseDir.resolve(file.data()) : null;
        if (dataPath == null) {
            throw new UserInputException("no price data given: use --data DIR|FILE (or 'data:' in --config); "
                    + "to try the engine without data, run 'lstm-risk demo'");
        }
        Path weightsPath = weights != null ? weights : file.weights() != null ? baseDir.resolve(file.weights()) : null;
        RunSettings settings = options.toSettings(file, baseDir, weightsPath,
                OptionValues.first(asOf, file.asOf(), null), Path.of("out"), dataOptions);

        MarketData market = priceLoader.load(dataPath, settings.dataPolicy());
        folderGuard.check(market, settings, options.replace);
        WeightsFile weightsFile = weightsPath == null ? null : weightsReader.read(weightsPath);
        Path limitsPath = limits != null ? limits : file.limits() != null ? baseDir.resolve(file.limits()) : null;
        LimitSet limitSet = limitsPath == null ? LimitSet.NONE
                : new LimitSet(limitsReader.read(limitsPath), limitsPath.toString());
        return new Inputs(settings, market, weightsFile, limitSet, limitsPath);
    }
}
