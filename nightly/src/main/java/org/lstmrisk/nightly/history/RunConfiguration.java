package org.lstmrisk.nightly.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.portfolio.CorrelationEstimatorChoice;
import org.lstmrisk.portfolio.NormalVar;
import org.lstmrisk.forecasters.ForecasterCatalog;
import org.lstmrisk.io.Fingerprints;
import org.lstmrisk.nightly.config.RunSettings;
import org.lstmrisk.report.json.JsonFormat;

/**
 * The canonical form of a run's effective settings and its fingerprint: a one-line JSON object with sorted
 * keys ({@link Settings}), holding every setting that can change the figures (requested as-of date, model,
 * horizon, correlation window, gap policy, EWMA λ, the VaR method and its window unless it is
 * {@code normal}, and the weights: the SHA-256 of the weights file, or
 * {@code equal}). The thread count and the output folder are left out: they do not change the figures. The input
 * data and the limits file have fingerprints of their own. This class is immutable and thread-safe.
 *
 * @param canonical   the canonical JSON text
 * @param fingerprint {@code sha256:...} of {@code canonical}
 */
public record RunConfiguration(String canonical, String fingerprint) {

    /** The configuration of a run with {@code settings}. */
    public static RunConfiguration of(RunSettings settings) {
        boolean normal = settings.varMethod().equals(NormalVar.NAME);
        String canonical = JsonFormat.line(new Settings(
                settings.asOf() == null ? "last-common-date" : settings.asOf().toString(),
                settings.correlationEstimator() == CorrelationEstimatorChoice.AUTO ? null
                        : settings.correlationEstimator().configName(),
                settings.correlationWindowDays(),
                settings.dataPolicy().isDefault() ? null : settings.dataPolicy().describe(), settings.epochs(),
                settings.ewmaLambda(), settings.gdpFile() == null ? null : fileFingerprint(settings.gdpFile(), "GDP"),
                settings.horizonDays(),
                settings.lstmPreset().equals(ForecasterCatalog.DEFAULT_LSTM_PRESET) ? null : settings.lstmPreset(),
                settings.maxForwardFillDays(), settings.model(),
                normal ? null : settings.varMethod(), normal ? null : settings.varMethodSpec().windowDays(),
                settings.weightsFile() == null ? "equal" : fileFingerprint(settings.weightsFile(), "weights")));
        return new RunConfiguration(canonical, Fingerprints.sha256(canonical));
    }

    private static String fileFingerprint(Path file, String what) {
        try {
            return Fingerprints.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UserInputException("cannot read the " + what + " file " + file + ": " + e, e);
        }
    }

    /**
     * The settings as fingerprinted. The components are in alphabetical order, which is the order they are
     * written in: keep it so when adding one, or every recorded fingerprint changes meaning.
     *
     * @param asOf                  the requested as-of date, or {@code last-common-date}
     * @param correlationEstimator  the forced correlation estimator; absent for {@code auto} (the default), so that
     *                              the fingerprints recorded before the option existed keep their meaning
     * @param correlationWindowDays daily returns in ρ's window
     * @param dataPolicy            the data policy ({@link org.lstmrisk.io.DataPolicy#describe}) when it is not the
     *                              default, else absent (null, not written), so that a default run keeps the
     *                              fingerprint it had before the policy existed
     * @param epochs                most training epochs of a neural forecaster (0: its preset's)
     * @param ewmaLambda            EWMA λ
     * @param gdp                   {@code sha256:...} of the GDP file, absent when none is given
     * @param horizonDays           forecast horizon in trading days
     * @param lstmPreset            the lstm/rnn preset, absent for {@code default}
     * @param maxForwardFillDays    the gap policy
     * @param model                 the forecaster
     * @param varMethod             the VaR method, absent for {@code normal} (so that the fingerprints of runs
     *                              recorded before VaR methods existed keep their meaning)
     * @param varWindowDays         the VaR method's window, absent for {@code normal}
     * @param weights               {@code sha256:...} of the weights file, or {@code equal}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Settings(String asOf, String correlationEstimator, int correlationWindowDays, String dataPolicy,
                    int epochs, double ewmaLambda, String gdp, int horizonDays, String lstmPreset,
                    int maxForwardFillDays, String model,
                    String varMethod, Integer varWindowDays, String weights) {
    }
}
