package org.lstmrisk.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.lstmrisk.portfolio.CorrelationEstimatorChoice;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.lstmrisk.io.DataInputException;
import org.lstmrisk.io.YamlDocument;
import org.lstmrisk.io.YamlNode;

/**
 * Reads a YAML run configuration into {@link SettingsFile}: a mapping of the record's keys, each optional; a key
 * with no value is as if absent. An unknown key, a key given twice, a value of the wrong type or a malformed file
 * is a {@link DataInputException} naming the file, line and key. YAML aliases ({@code *name}) are refused; the file
 * must be a regular file of at most {@link org.lstmrisk.io.InputFileCheck#MAX_YAML_BYTES} bytes
 * ({@link YamlDocument}). This class is immutable and thread-safe.
 */
public final class SettingsFileReader {

    /** The keys, in the record's order. */
    private static final List<String> KEYS = Arrays.stream(SettingsFile.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).toList();

    /** Reads {@code file}. */
    public SettingsFile read(Path file) throws DataInputException {
        YamlDocument document = YamlDocument.read(file, "configuration file");
        if (document.root().isEmpty()) {
            return SettingsFile.EMPTY;
        }
        YamlNode root = document.root().get();
        if (root.isNull()) {
            return SettingsFile.EMPTY;
        }
        if (!root.isMapping()) {
            throw root.error("", "the file must be a mapping of keys such as 'model: ewma', not " + root.describe());
        }
        Map<String, YamlNode> values = new HashMap<>();
        Map<String, Long> lines = new HashMap<>();
        for (YamlNode.Entry e : root.entries()) {
            if (!KEYS.contains(e.key())) {
                throw root.error(e.line(), e.key(), "unknown key; known keys: " + new TreeSet<>(KEYS));
            }
            Long first = lines.putIfAbsent(e.key(), e.line());
            if (first != null) {
                throw root.error(e.line(), e.key(), "'" + e.key() + "' is given twice (first on line " + first + ")");
            }
            if (!e.value().isNull()) {
                values.put(e.key(), e.value());
            }
        }
        return new SettingsFile(text(values, "data"), text(values, "weights"), text(values, "limits"),
                date(values, "asOf"), text(values, "model"), whole(values, "horizonDays"),
                whole(values, "correlationWindowDays"), whole(values, "maxForwardFillDays"),
                number(values, "ewmaLambda"), whole(values, "threads"), whole(values, "epochs"), text(values, "out"),
                text(values, "state"), text(values, "historyUrl"),
                choice(values, "missingRows", org.lstmrisk.io.DataPolicy.MissingRows::of),
                choice(values, "suspensions", org.lstmrisk.io.DataPolicy.Suspensions::of),
                choice(values, "calendars", org.lstmrisk.io.DataPolicy.Calendars::of),
                choice(values, "jumps", org.lstmrisk.io.DataPolicy.Jumps::of), number(values, "jumpThreshold"),
                text(values, "varMethod"), whole(values, "varWindowDays"), estimator(values, "correlationEstimator"),
                choice(values, "lstmPreset", RiskOptions::checkLstmPreset), text(values, "gdp"));
    }

    /** The text of {@code key}, checked by {@code parse} (which throws IllegalArgumentException for a bad value). */
    private static String choice(Map<String, YamlNode> values, String key,
                                 java.util.function.Function<String, ?> parse) throws DataInputException {
        String text = text(values, key);
        if (text != null) {
            try {
                parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw values.get(key).error(key, e.getMessage().replaceFirst("^--[a-z-]+", "'" + key + "'"));
            }
        }
        return text;
    }

    private static String text(Map<String, YamlNode> values, String key) throws DataInputException {
        YamlNode v = values.get(key);
        return v == null ? null : v.value(key);
    }

    private static String estimator(Map<String, YamlNode> values, String key) throws DataInputException {
        YamlNode v = values.get(key);
        if (v == null) {
            return null;
        }
        String name = v.value(key);
        try {
            return CorrelationEstimatorChoice.parse(name).configName();
        } catch (IllegalArgumentException e) {
            throw v.error(key, e.getMessage());
        }
    }

    private static LocalDate date(Map<String, YamlNode> values, String key) throws DataInputException {
        YamlNode v = values.get(key);
        return v == null ? null : v.date(key);
    }

    private static Integer whole(Map<String, YamlNode> values, String key) throws DataInputException {
        YamlNode v = values.get(key);
        if (v == null) {
            return null;
        }
        long n = v.wholeNumber(key);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw v.error(key, "'" + key + "' is out of range: " + n);
        }
        return (int) n;
    }

    private static Double number(Map<String, YamlNode> values, String key) throws DataInputException {
        YamlNode v = values.get(key);
        return v == null ? null : v.number(key, "");
    }
}
