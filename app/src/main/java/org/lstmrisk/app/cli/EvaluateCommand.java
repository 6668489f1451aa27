package org.lstmrisk.app.cli;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lstmrisk.core.ExitCode;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.core.progress.Progress;
import org.lstmrisk.core.progress.TerminalProgress;
import org.lstmrisk.evaluation.CombinationSpec;
import org.lstmrisk.evaluation.Evaluation;
import org.lstmrisk.evaluation.EvaluationFiles;
import org.lstmrisk.evaluation.EvaluationSettings;
import org.lstmrisk.evaluation.Evaluator;
import org.lstmrisk.evaluation.FolderPublisher;
import org.lstmrisk.evaluation.ModelLineup;
import org.lstmrisk.evaluation.ReusedForecasts;
import org.lstmrisk.evaluation.SavedForecasts;
import org.lstmrisk.forecasters.ForecasterOptions;
import org.lstmrisk.forecasters.LstmOverrides;
import org.lstmrisk.evaluation.ModelLineupFactory;
import org.lstmrisk.io.MarketData;
import org.lstmrisk.io.PriceLoader;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.forecast.WalkForwardWindow;
import org.lstmrisk.core.volatility.RealisedVolatilityEstimator;
import org.lstmrisk.core.volatility.RealisedVolatilityEstimators;
import org.lstmrisk.portfolio.CorrelationEstimatorChoice;
import org.lstmrisk.portfolio.VarMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import org.lstmrisk.core.concurrent.TickerExecutor;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lstm-risk evaluate}: the out-of-sample walk-forward evaluation of the volatility models. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Walk-forward backtest of each model for each ticker and for the equally weighted portfolio, "
                + "with no look-ahead: accuracy (QLIKE, MSE, ...), Diebold-Mariano against the best baseline, "
                + "VaR backtests and volatility targeting. Writes OUT/ (evaluation.json, pooled.md/.csv, "
                + "per-ticker.csv, forecasts.csv, portfolio.csv, SVG charts, evaluation.html) all at once.",
                "Exit codes: 0 complete, 2 bad usage or input (nothing written), 1 internal failure."})
public final class EvaluateCommand implements Callable<Integer> {

    /** The file that marks a folder as an evaluation's, so that a re-run may replace it. */
    private static final String MARKER = "evaluation.json";

    private final PriceLoader priceLoader;
    private final ModelLineupFactory lineupFactory;
    private final Evaluator evaluator;
    private final EvaluationFiles files;
    private final FolderPublisher publisher;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR|FILE",
            description = "A folder of per-ticker CSV files, one such file, or one long-format file.")
    Path data;

    @Option(names = "--models", split = ",", paramLabel = "NAME",
            description = "Models to evaluate, in table order (default persistence,ewma,garch,har).")
    List<String> models = List.of("persistence", "ewma", "garch", "har");

    @Option(names = "--from", paramLabel = "DATE",
            description = "First forecast date (default: the first date with enough history for every model and the correlation window).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Last realised date; nothing after it is read (default: the last date of the data).")
    LocalDate to;

    @Option(names = "--horizon", paramLabel = "N", description = "Forecast horizon in trading days (default 1).")
    int horizonDays = 1;

    @Option(names = "--refit-every", paramLabel = "DAYS",
            description = "Refit every this many forecast dates; the model is updated daily in between (default 63, "
                    + "a quarter: the LSTM's own refit schedule).")
    int refitEveryDays = 63;

    @Option(names = "--window", paramLabel = "expanding|rolling",
            description = "Estimation window of each refit (default expanding).")
    WalkForwardWindow window = WalkForwardWindow.EXPANDING;

    @Option(names = "--window-days", paramLabel = "N", description = "Prices in a rolling window (default 1000).")
    int rollingWindowDays = 1000;

    @Option(names = "--target", paramLabel = "PROXY",
            description = "Realised-volatility proxy of the target: close-to-close (default; days with an unchanged "
                    + "close are zero and are excluded from scoring and counted), parkinson, garman-klass (positive, but "
                    + "misses overnight moves) or garman-klass-yz (Garman-Klass plus the overnight gap).")
    String target = "close-to-close";

    @Option(names = "--var-level", paramLabel = "P", description = "VaR confidence level (default 0.99).")
    double varLevel = 0.99;

    @Option(names = "--var-methods", split = ",", paramLabel = "NAME",
            description = "Portfolio VaR methods to backtest, each with one table: normal, student-t, historical, fhs "
                    + "(default normal, the portfolio columns alone). The empirical methods are scored only on dates "
                    + "with a full window of past data and, for fhs and student-t, of the model's past forecasts.")
    List<String> varMethods = List.of("normal");

    @Option(names = "--var-window", paramLabel = "DAYS",
            description = "Trailing days of history of the student-t, historical and fhs methods (default 250).")
    int varWindowDays = VarMethod.DEFAULT_WINDOW_DAYS;

    @Option(names = "--es-level", paramLabel = "P",
            description = "ES confidence level of the ES backtests of --var-methods (McNeil-Frey, Acerbi-Szekely Z2; "
                    + "default 0.975).")
    double esLevel = EvaluationSettings.DEFAULT_ES_LEVEL;

    @Option(names = "--es-seed", paramLabel = "N",
            description = "Seed of the ES backtests' bootstrap and simulations (default 1).")
    long esSeed = EvaluationSettings.DEFAULT_ES_SEED;

    @Option(names = "--vol-target", paramLabel = "FRACTION",
            description = "Annualised volatility target of the targeting backtest (default 0.10 = 10 %% a year).")
    double volTarget = 0.10;

    @Option(names = "--max-exposure", paramLabel = "X",
            description = "Cap on the volatility-targeting exposure (default 2 = at most 200 %% invested).")
    double maxExposure = 2.0;

    @Option(names = "--correlation-window", paramLabel = "DAYS",
            description = "Daily returns in the trailing correlation window (default 252).")
    int correlationWindowDays = 252;

    @Option(names = "--correlation-estimator", paramLabel = "NAME",
            description = "Correlation estimator of the portfolio backtest: sample, shrinkage (Ledoit-Wolf towards "
                    + "constant correlation), factor (principal components + residual diagonal) or auto (default, as "
                    + "run: sample when the tickers are at most a quarter of the window's days, else shrinkage).")
    String correlationEstimator = "auto";

    @Option(names = "--min-variance",
            description = "Also backtest each model's minimum-variance portfolio, re-optimised at every as-of date on "
                    + "that model's Σ = D·ρ·D (shorts allowed): its realised against predicted volatility and its "
                    + "normal VaR. Weights chosen on the estimate test the correlation estimator where equal weights "
                    + "cannot; days with a singular ρ are counted, not scored.")
    boolean minimumVariance;

    @Option(names = "--max-fill", paramLabel = "DAYS",
            description = "Gap policy: a ticker may lack at most this many consecutive dates of the union calendar "
                    + "inside its own date range, else exit 2 (default: no limit with --calendars separate, 5 with "
                    + "--calendars fill).")
    Integer maxForwardFillDays;

    @picocli.CommandLine.Mixin
    DataOptions dataOptions;

    @Option(names = "--exclude-jumps",
            description = "Leave out of the scores, for every model alike, each ticker-day whose realised window "
                    + "holds a suspect jump of that ticker (see --jump-threshold); counted in evaluation.json.")
    boolean excludeJumps;

    @Option(names = "--ewma-lambda", paramLabel = "LAMBDA", description = "EWMA decay factor (default 0.94).")
    double ewmaLambda = 0.94;

    @Option(names = "--epochs", paramLabel = "N",
            description = "The most training epochs of the lstm/rnn forecaster (default: its preset's).")
    Integer epochs;

    @Option(names = "--lstm-features", paramLabel = "SPECS",
            description = "Input features of the lstm/rnn forecaster, e.g. 'vol(garman-klass,1),ewma(0.94)' "
                    + "(default: its preset's). Known: return, volume, gdp, vol(ESTIMATOR,DAYS), ewma(LAMBDA), "
                    + "log(FEATURE), ma(DAYS), rsi(PERIOD), macd(FAST,SLOW), bollinger(DAYS,K).")
    String lstmFeatures;

    @Mixin
    LstmPresetOptions lstmPreset = new LstmPresetOptions();

    @Option(names = "--lstm-window", paramLabel = "DAYS",
            description = "Trading days per input window of the lstm/rnn forecaster (default: its preset's); a "
                    + "window shorter than the preset's skip path (--lstm-skip) shortens that path to the window.")
    Integer lstmWindow;

    @Option(names = "--lstm-target", paramLabel = "PROXY",
            description = "Realised-volatility proxy the lstm/rnn forecaster is trained on: close-to-close, "
                    + "parkinson, garman-klass or garman-klass-yz (default: its preset's).")
    String lstmTarget;

    @Option(names = "--lstm-online-steps", paramLabel = "N",
            description = "Gradient steps of the lstm/rnn forecaster on the newest windows after each new day, "
                    + "between refits; 0 keeps the weights of the last refit (default: its preset's).")
    Integer lstmOnlineSteps;

    @Option(names = "--lstm-baseline", paramLabel = "FEATURE|none",
            description = "Variance baseline the lstm/rnn forecaster corrects, a volatility feature such as "
                    + "'ewma(0.94)', or none (default: its preset's).")
    String lstmBaseline;

    @Option(names = "--lstm-layers", split = ",", paramLabel = "UNITS",
            description = "Hidden units of each recurrent layer of the lstm/rnn forecaster, bottom first, e.g. 64,32 "
                    + "(default: its preset's).")
    List<Integer> lstmLayers;

    @Option(names = "--lstm-dropout", paramLabel = "P",
            description = "Dropout probability of the lstm/rnn forecaster on the inputs of every layer above the first "
                    + "recurrent layer, in [0, 1) (default: its preset's, none).")
    Double lstmDropout;

    @Option(names = "--lstm-loss", paramLabel = "LOSS",
            description = "Training loss of the lstm/rnn forecaster: qlike (the log variance), mse or huber:DELTA (a "
                    + "scaled volatility) (default: its preset's, qlike).")
    String lstmLoss;

    @Option(names = "--lstm-warm-start", paramLabel = "EPOCHS",
            description = "Each scheduled refit of the lstm/rnn forecaster starts from the previous fit's weights and "
                    + "trains at most EPOCHS epochs; 0 starts every refit from fresh weights (default: its preset's).")
    Integer lstmWarmStart;

    @Option(names = "--lstm-calibrate", negatable = true, paramLabel = "",
            description = "Recalibrate the lstm/rnn forecaster's log-variance output after each fit, a + b·output, "
                    + "with the (a, b) that minimise QLIKE on its validation slice (default: its preset's).")
    Boolean lstmCalibrate;

    @Option(names = "--lstm-seed", paramLabel = "N",
            description = "Seed of the lstm/rnn forecaster's initial weights, shuffling and dropout; another seed is "
                    + "another fit of the same configuration (default: its preset's, 20240308).")
    Long lstmSeed;

    @Option(names = "--lstm-ensemble", paramLabel = "K",
            description = "Networks per fit of the lstm/rnn forecaster, trained alike from the seeds S, S+1, …, "
                    + "S+K-1 on the same samples; the forecast log variance is their mean (default: its preset's).")
    Integer lstmEnsemble;

    @Option(names = "--lstm-pooled", paramLabel = "EPOCHS",
            description = "Pooled pre-training of the lstm/rnn forecaster: at each fit date one network is trained for "
                    + "at most EPOCHS epochs on every stock's samples up to that date (each standardised by its own "
                    + "scalers), and each stock's model starts from it (default: none; local engine only).")
    Integer lstmPooled;

    @Option(names = "--lstm-fine-tune", paramLabel = "EPOCHS",
            description = "With --lstm-pooled: the most epochs of each stock's fit from the pooled network (default 5).")
    Integer lstmFineTune;

    @Option(names = "--lstm-clip-norm", paramLabel = "NORM",
            description = "The largest global gradient norm of a training step of the lstm/rnn forecaster; a larger "
                    + "gradient is scaled down to it; 0 for no clipping (default: its preset's, 1).")
    Double lstmClipNorm;

    @Option(names = "--lstm-patience", paramLabel = "EPOCHS",
            description = "Epochs without a lower validation loss before the lstm/rnn forecaster's training stops "
                    + "; 0 runs every epoch (default: its preset's, 4).")
    Integer lstmPatience;

    @Option(names = "--lstm-skip", paramLabel = "DAYS",
            description = "A linear path from the scaled inputs of the last DAYS days of each window to the lstm/rnn "
                    + "forecaster's output, beside the recurrent layers, so that forecasts follow inputs beyond the "
                    + "range the gates saturate at; 0 for none (default: its preset's, 22 for the default preset).")
    Integer lstmSkip;

    @Option(names = "--combine", split = ",", paramLabel = "MODELS",
            description = "Also score a combination of models of --models, e.g. lstm+gjr (or one model, e.g. lstm, "
                    + "recalibrated): log σ² = a + Σ b·log σ² of each, fitted by QLIKE on their own earlier "
                    + "out-of-sample forecasts, refitted every --refit-every days after a year (default none).")
    List<String> combine = List.of();

    @Option(names = "--reuse-forecasts", split = ",", paramLabel = "DIR",
            description = "Output folders of earlier evaluations whose forecasts to score again instead of walking the "
                    + "same models forward: a model's forecasts of a ticker are read from a folder when its evaluation "
                    + "had the same model setup, --horizon, --refit-every, --window and --target, the same as-of dates, "
                    + "and realised values equal to the ones these prices give; the results equal a full run's, and "
                    + "evaluation.json lists what was read (default none).")
    List<Path> reuseForecasts = List.of();

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all cores); results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, replaced as a whole (default out/evaluation).")
    Path out = Path.of("out", "evaluation");

    /** An evaluate command from its collaborators. */
    @Inject
    public EvaluateCommand(PriceLoader priceLoader, ModelLineupFactory lineupFactory, Evaluator evaluator,
                           EvaluationFiles files, FolderPublisher publisher) {
        this.priceLoader = priceLoader;
        this.lineupFactory = lineupFactory;
        this.evaluator = evaluator;
        this.files = files;
        this.publisher = publisher;
    }

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Override
    public Integer call() throws Exception {
        engineOptions.check();
        if (lstmPooled != null && !"local".equals(engineOptions.engine.strip())) {
            throw new UserInputException("--lstm-pooled runs on the local engine only: the pooled pre-training reads "
                    + "every stock, which a per-ticker cluster task does not have");
        }
        EvaluationSettings settings = settings();
        ModelLineup lineup = lineupFactory.create(settings.models(),
                new ForecasterOptions(settings.horizonDays(), settings.ewmaLambda(), epochs == null ? 0 : epochs,
                        new LstmOverrides(Optional.ofNullable(lstmFeatures), Optional.ofNullable(lstmWindow),
                                Optional.ofNullable(lstmTarget), Optional.ofNullable(lstmOnlineSteps),
                                Optional.ofNullable(lstmBaseline), Optional.ofNullable(lstmLayers),
                                Optional.ofNullable(lstmDropout), Optional.ofNullable(lstmLoss),
                                Optional.ofNullable(lstmWarmStart), Optional.ofNullable(lstmCalibrate),
                                Optional.ofNullable(lstmSeed), Optional.ofNullable(lstmEnsemble),
                                Optional.ofNullable(lstmPooled), Optional.ofNullable(lstmFineTune),
                                Optional.ofNullable(lstmClipNorm), Optional.ofNullable(lstmPatience),
                                Optional.ofNullable(lstmSkip)),
                        lstmPreset.preset(null),
                        Optional.ofNullable(lstmPreset.gdp == null ? null : LstmPresetOptions.read(lstmPreset.gdp))));
        RealisedVolatilityEstimator estimator = estimator(settings.target());
        SavedForecasts saved = SavedForecasts.read(reuseForecasts);
        publisher.checkReplaceable(settings.outDir(), MARKER);
        var policy = dataOptions.policy(SettingsFile.EMPTY, maxForwardFillDays);
        if (policy.jumps() != org.lstmrisk.io.DataPolicy.Jumps.KEEP) {
            throw new UserInputException("--jumps " + policy.jumps().optionValue() + " is for 'run': a reversal seen "
                    + "the next day would revise a price the walk-forward has already used (look-ahead); evaluate "
                    + "keeps the prices as read, and --exclude-jumps leaves the flagged days out of the scores");
        }
        MarketData market = priceLoader.load(data, policy);
        if (estimator.needsRange()) {
            for (PriceSeries s : market.prices().history().series()) {
                if (!s.hasRange()) {
                    throw new UserInputException("--target " + settings.target() + " needs open, high and low prices, "
                            + "but " + s.ticker() + " has closes only; use --target close-to-close");
                }
            }
        }
        var err = spec.commandLine().getErr();
        Progress progress = TerminalProgress.forThisProcess(err);
        Evaluation evaluation;
        try (TickerExecutor executor = engineOptions.open()) {
            evaluation = evaluator.evaluate(market, lineup, settings, excludeJumps, progress, executor, saved);
        }
        for (ReusedForecasts r : evaluation.reused()) {
            err.println("reused " + r.model() + " forecasts of " + r.tickers().size() + " tickers from " + r.folder());
        }
        Map<String, byte[]> output = files.render(evaluation);
        Path written = publisher.publish(settings.outDir(), MARKER, output);
        var stdout = spec.commandLine().getOut();
        stdout.print(new String(output.get("pooled.md"), StandardCharsets.UTF_8));
        stdout.println();
        stdout.println("written: " + written);
        stdout.flush();
        return ExitCode.OK;
    }

    private EvaluationSettings settings() {
        return OptionValues.parsed(() -> new EvaluationSettings(models.stream().map(String::trim).toList(), from, to, horizonDays,
                    refitEveryDays, window, rollingWindowDays, target, varLevel, volTarget, maxExposure,
                    correlationWindowDays, maxForwardFillDays == null ? DataOptions.DEFAULT_FILL_LIMIT_DAYS
                            : maxForwardFillDays, ewmaLambda,
                    threads != null ? threads : Runtime.getRuntime().availableProcessors(), out,
                    varMethods.stream().map(name -> VarMethod.parse(name.trim(), varWindowDays)).toList(), esLevel,
                    esSeed, CorrelationEstimatorChoice.parse(correlationEstimator.trim()), minimumVariance,
                    combine.stream().map(CombinationSpec::parse).toList()));
    }

    private static RealisedVolatilityEstimator estimator(String name) {
        try {
            return RealisedVolatilityEstimators.byName(name);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--target: " + e.getMessage(), e);
        }
    }
}
