package org.lstmrisk.app.cli;

import static org.lstmrisk.app.cli.OptionValues.first;

import java.nio.file.Path;
import java.time.LocalDate;
import org.lstmrisk.forecasters.ForecasterCatalog;
import org.lstmrisk.nightly.config.RunSettings;
import org.lstmrisk.core.forecast.EwmaForecaster;
import org.lstmrisk.portfolio.VarMethod;
import org.lstmrisk.portfolio.CorrelationEstimatorChoice;
import picocli.CommandLine.Option;

/**
 * The options that {@code run} and {@code demo} share, and how they merge with a configuration file:
 * a flag wins over the file, the file over the default.
 */
public final class RiskOptions {

    static final int DEFAULT_HORIZON_DAYS = 1;
    static final int DEFAULT_CORRELATION_WINDOW_DAYS = 252;
    static final int DEFAULT_MAX_FORWARD_FILL_DAYS = 5;

    @Option(names = "--model", paramLabel = "NAME",
            description = "Volatility forecaster: lstm, rnn, ewma, garch, garch-t, gjr, gjr-t, har, persistence, or an "
                    + "equal-weight combination in log variance joined with '+' (default lstm+gjr).")
    String model;

    @Option(names = "--horizon", paramLabel = "N", description = "Forecast horizon in trading days (default 1).")
    Integer horizonDays;

    @Option(names = "--correlation-window", paramLabel = "DAYS",
            description = "Daily returns in the trailing correlation window (default 252).")
    Integer correlationWindowDays;

    @Option(names = "--correlation-estimator", paramLabel = "NAME",
            description = "Correlation estimator: sample, shrinkage (Ledoit-Wolf towards constant correlation), "
                    + "factor (principal components + residual diagonal) or auto (default: sample when the positions "
                    + "are at most a quarter of the window's days, else shrinkage).")
    String correlationEstimator;

    @Option(names = "--full-correlation",
            description = "Write the whole correlation matrix into report.json even above 100 positions (by default "
                    + "a larger book gets the 200 largest correlations instead, and the HTML heat map shows the top "
                    + "contributors only).")
    boolean fullCorrelation;

    @Option(names = "--max-fill", paramLabel = "DAYS",
            description = "Gap policy: a ticker may lack at most this many consecutive dates of the union calendar "
                    + "inside its own date range, else exit 2; 0 refuses any gap (default: no limit with "
                    + "--calendars separate, 5 with --calendars fill).")
    Integer maxForwardFillDays;

    @Option(names = "--ewma-lambda", paramLabel = "LAMBDA", description = "EWMA decay factor (default 0.94).")
    Double ewmaLambda;

    @Option(names = "--epochs", paramLabel = "N",
            description = "The most training epochs of the lstm/rnn forecaster (default: its preset's, 30).")
    Integer epochs;

    @picocli.CommandLine.Mixin
    LstmPresetOptions lstmPreset = new LstmPresetOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for per-ticker forecasts (default: all cores).")
    Integer threads;

    @Option(names = "--var-method", paramLabel = "NAME",
            description = "VaR and ES method: fhs (default; filtered historical simulation with the model's past "
                    + "forecasts), normal (zero-mean normal with σp), student-t (ν fitted on the window) or "
                    + "historical (today's weights over the window's returns); one-day figures scaled by √h.")
    String varMethod;

    @Option(names = "--var-window", paramLabel = "DAYS",
            description = "Trailing days the VaR method reads (default 250; student-t at least 30; ignored by normal).")
    Integer varWindowDays;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder; the report goes to DIR/<as-of>/.")
    Path out;

    @Option(names = "--replace",
            description = "Replace OUT/<as-of>/ even when it holds the report of another configuration (other "
                    + "weights, data, model or settings); without it such a run exits 2 before computing anything. "
                    + "A re-run of the same configuration always replaces its report.")
    boolean replace;

    /** Merges flags, the configuration file (paths relative to {@code baseDir}) and defaults. */
    RunSettings toSettings(SettingsFile file, Path baseDir, Path weights, LocalDate asOf, Path defaultOut) {
        return toSettings(file, baseDir, weights, asOf, defaultOut, null);
    }

    /**
     * Merges flags, the configuration file (paths relative to {@code baseDir}) and defaults; the data policy from
     * {@code data} (null: the default policy, with {@code --max-fill} as the gap limit when given).
     */
    RunSettings toSettings(SettingsFile file, Path baseDir, Path weights, LocalDate asOf, Path defaultOut,
                           DataOptions data) {
        Integer maxFill = first(maxForwardFillDays, file.maxForwardFillDays(), null);
        org.lstmrisk.io.DataPolicy policy = data != null ? data.policy(file, maxFill)
                : maxFill == null ? org.lstmrisk.io.DataPolicy.DEFAULT
                : org.lstmrisk.io.DataPolicy.DEFAULT.withGaps(new org.lstmrisk.io.GapPolicy(Math.max(0, maxFill)));
        Path gdpFile = lstmPreset.gdpFile(file.gdp(), baseDir);
        return OptionValues.parsed(() -> new RunSettings(
                    weights,
                    asOf,
                    first(model, file.model(), ForecasterCatalog.DEFAULT_MODEL),
                    first(horizonDays, file.horizonDays(), DEFAULT_HORIZON_DAYS),
                    first(correlationWindowDays, file.correlationWindowDays(), DEFAULT_CORRELATION_WINDOW_DAYS),
                    first(maxForwardFillDays, file.maxForwardFillDays(), DEFAULT_MAX_FORWARD_FILL_DAYS),
                    first(ewmaLambda, file.ewmaLambda(), EwmaForecaster.RISKMETRICS.lambda()),
                    first(threads, file.threads(), Runtime.getRuntime().availableProcessors()),
                    first(epochs, file.epochs(), 0),
                    out != null ? out : file.out() != null ? baseDir.resolve(file.out()) : defaultOut, policy,
                    first(varMethod, file.varMethod(), RunSettings.DEFAULT_VAR_METHOD),
                    first(varWindowDays, file.varWindowDays(), VarMethod.DEFAULT_WINDOW_DAYS),
                    CorrelationEstimatorChoice.parse(first(correlationEstimator, file.correlationEstimator(), "auto")),
                    fullCorrelation, lstmPreset.preset(file.lstmPreset()),
                    gdpFile, gdpFile == null ? null : LstmPresetOptions.read(gdpFile)));
    }

    /** {@code name} when it is an lstm/rnn preset, else IllegalArgumentException listing them. */
    static String checkLstmPreset(String name) {
        if (!ForecasterCatalog.LSTM_PRESETS.contains(name)) {
            throw new IllegalArgumentException("--lstm-preset: unknown preset '" + name + "'; expected one of "
                    + String.join(", ", ForecasterCatalog.LSTM_PRESETS));
        }
        return name;
    }
}
