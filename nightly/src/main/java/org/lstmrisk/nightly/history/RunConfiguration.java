package org.lstmrisk.nightly.history;

import org.lstmrisk.io.Fingerprints;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.nightly.config.RunSettings;

/**
 * The canonical form of a run's effective settings and its fingerprint: a one-line JSON object with sorted
 * keys, holding every setting that can change the figures (requested as-of date, model, horizon, correlation
 * window, gap policy, EWMA λ, and the weights: the SHA-256 of the weights file, or {@code equal}). The thread
 * count and the output folder are left out: they do not change the figures. The input data and the limits
 * file have fingerprints of their own. This class is immutable and thread-safe.
 *
 * @param canonical   the canonical JSON text
 * @param fingerprint {@code sha256:...} of {@code canonical}
 */
public record RunConfiguration(String canonical, String fingerprint) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** The configuration of a run with {@code settings}. */
    public static RunConfiguration of(RunSettings settings) {
        Map<String, Object> map = new TreeMap<>();
        map.put("asOf", settings.asOf() == null ? "last-common-date" : settings.asOf().toString());
        map.put("correlationWindowDays", settings.correlationWindowDays());
        map.put("epochs", settings.epochs());
        map.put("ewmaLambda", settings.ewmaLambda());
        map.put("horizonDays", settings.horizonDays());
        map.put("maxForwardFillDays", settings.maxForwardFillDays());
        map.put("model", settings.model());
        map.put("weights", settings.weightsFile() == null ? "equal" : weightsFingerprint(settings.weightsFile()));
        try {
            String canonical = JSON.writeValueAsString(map);
            return new RunConfiguration(canonical, Fingerprints.sha256(canonical));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the run configuration", e);
        }
    }

    private static String weightsFingerprint(Path file) {
        try {
            return Fingerprints.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UserInputException("cannot read the weights file " + file + ": " + e, e);
        }
    }
}
