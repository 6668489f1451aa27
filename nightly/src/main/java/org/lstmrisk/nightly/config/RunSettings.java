package org.lstmrisk.nightly.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lstmrisk.core.macro.MacroSeries;
import org.lstmrisk.forecasters.ForecasterCatalog;
import org.lstmrisk.forecasters.ForecasterOptions;
import org.lstmrisk.io.DataPolicy;
import org.lstmrisk.portfolio.CorrelationEstimator;
import org.lstmrisk.portfolio.CorrelationEstimatorChoice;
import org.lstmrisk.portfolio.FilteredHistoricalVar;
import org.lstmrisk.portfolio.VarMethod;

/**
 * Everything one risk run is configured with, after the configuration file and the command-line flags have
 * been merged. This class is immutable and thread-safe.
 *
 * @param weightsFile            CSV {@code ticker,weight}, or {@code null} for equal weights over the eligible tickers
 * @param asOf                   the as-of date, or {@code null} for the last date common to the data
 * @param model                  forecaster name, e.g. {@code ewma}
 * @param horizonDays            forecast horizon h in trading days, 1 to {@value #MAX_HORIZON_DAYS}
 * @param correlationWindowDays  number of daily returns in the trailing correlation window, at least
 *                               {@value #MIN_CORRELATION_WINDOW_DAYS} (and no more than the data holds)
 * @param maxForwardFillDays     {@code --max-fill} as given, or its nominal default 5 (the effective limit is
 *                               {@code dataPolicy.gaps()})
 * @param ewmaLambda             λ of the EWMA forecaster
 * @param threads                worker threads for per-ticker forecasting (≥ 1)
 * @param epochs                 the most training epochs of a neural forecaster, or 0 for its preset's
 * @param outDir                 the folder under which {@code <as-of>/} is written
 * @param dataPolicy             how the price reader treats null rows, suspensions, calendars, gaps and jumps
 * @param varMethod              the VaR/ES method, one of {@link VarMethod#NAMES} ({@code normal} by default)
 * @param varWindowDays          trailing days of history the VaR method reads (ignored by {@code normal}; default
 *                               {@value VarMethod#DEFAULT_WINDOW_DAYS})
 * @param correlationEstimator   sample, shrinkage, factor, or auto (sample when names ≤ window/4, else shrinkage)
 * @param fullCorrelation        write the whole correlation matrix into report.json however many positions there are
 *                               (by default only up to {@code ReportJson.FULL_CORRELATION_MAX_NAMES})
 * @param lstmPreset             the lstm/rnn preset, one of {@link ForecasterCatalog#LSTM_PRESETS}
 * @param gdpFile                the GDP file read into {@code gdp}, or {@code null} for none
 * @param gdp                    quarterly GDP as published (for the {@code gdp} input), or {@code null} for none
 */
public record RunSettings(Path weightsFile, LocalDate asOf, String model, int horizonDays,
                          int correlationWindowDays, int maxForwardFillDays, double ewmaLambda, int threads,
                          int epochs, Path outDir, DataPolicy dataPolicy, String varMethod, int varWindowDays,
                          CorrelationEstimatorChoice correlationEstimator, boolean fullCorrelation,
                          String lstmPreset, Path gdpFile, MacroSeries gdp) {

    /** The VaR method when none is given: {@value}. */
    public static final String DEFAULT_VAR_METHOD = FilteredHistoricalVar.NAME;

    /** The longest forecast horizon, trading days (about a year). */
    public static final int MAX_HORIZON_DAYS = 250;
    /** The shortest correlation window, daily returns: fewer make the sample correlation mostly noise. */
    public static final int MIN_CORRELATION_WINDOW_DAYS = 20;
    /** The most worker threads. */
    public static final int MAX_THREADS = 1024;

    /** Validates ranges; the messages name the setting. */
    public RunSettings {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(correlationEstimator, "correlationEstimator");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(dataPolicy, "dataPolicy");
        Objects.requireNonNull(lstmPreset, "lstmPreset");
        if (!ForecasterCatalog.LSTM_PRESETS.contains(lstmPreset)) {
            throw new IllegalArgumentException("--lstm-preset: unknown preset '" + lstmPreset + "'; expected one of "
                    + String.join(", ", ForecasterCatalog.LSTM_PRESETS));
        }
        if ((gdpFile == null) != (gdp == null)) {
            throw new IllegalArgumentException("the GDP file and its series go together");
        }
        if (horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS) {
            throw new IllegalArgumentException("--horizon must be 1 to " + MAX_HORIZON_DAYS + " trading days, was "
                    + horizonDays);
        }
        if (correlationWindowDays < MIN_CORRELATION_WINDOW_DAYS) {
            throw new IllegalArgumentException("--correlation-window must be at least " + MIN_CORRELATION_WINDOW_DAYS
                    + " days, was " + correlationWindowDays);
        }
        if (maxForwardFillDays < 0) {
            throw new IllegalArgumentException("max forward-fill days must be >= 0, was " + maxForwardFillDays);
        }
        if (!(ewmaLambda > 0 && ewmaLambda < 1)) {
            throw new IllegalArgumentException("EWMA lambda must be in (0, 1), was " + ewmaLambda);
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be 0 (the preset's) or positive, was " + epochs);
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("--threads must be 1 to " + MAX_THREADS + ", was " + threads);
        }
        Objects.requireNonNull(varMethod, "varMethod");
        if (!VarMethod.NAMES.contains(varMethod)) {
            throw new IllegalArgumentException("--var-method: unknown VaR method '" + varMethod + "'; expected one of "
                    + String.join(", ", VarMethod.NAMES));
        }
        try {
            VarMethod.parse(varMethod, varWindowDays);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--var-window: " + e.getMessage(), e);
        }
    }

    /**
     * Settings with {@link DataPolicy#DEFAULT}, the default VaR method ({@code fhs}) and the
     * {@link CorrelationEstimatorChoice#AUTO} correlation estimator.
     */
    public RunSettings(Path weightsFile, LocalDate asOf, String model, int horizonDays, int correlationWindowDays,
                       int maxForwardFillDays, double ewmaLambda, int threads, int epochs, Path outDir) {
        this(weightsFile, asOf, model, horizonDays, correlationWindowDays, maxForwardFillDays, ewmaLambda, threads,
                epochs, outDir, DataPolicy.DEFAULT, DEFAULT_VAR_METHOD, VarMethod.DEFAULT_WINDOW_DAYS,
                CorrelationEstimatorChoice.AUTO, false, ForecasterCatalog.DEFAULT_LSTM_PRESET, null, null);
    }

    /** The VaR method these settings name, with its window. */
    public VarMethod varMethodSpec() {
        return VarMethod.parse(varMethod, varWindowDays);
    }

    /** The correlation estimator for {@code names} positions over this window (the auto rule applied). */
    public CorrelationEstimator correlationEstimatorFor(int names) {
        return correlationEstimator.estimatorFor(names, correlationWindowDays);
    }

    /** What the forecaster catalog needs from these settings. */
    public ForecasterOptions forecasterOptions() {
        return new ForecasterOptions(horizonDays, ewmaLambda, epochs, org.lstmrisk.forecasters.LstmOverrides.NONE,
                lstmPreset, Optional.ofNullable(gdp));
    }
}
