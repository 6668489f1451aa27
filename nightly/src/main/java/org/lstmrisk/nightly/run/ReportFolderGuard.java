package org.lstmrisk.nightly.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.io.Fingerprints;
import org.lstmrisk.io.MarketData;
import org.lstmrisk.nightly.config.RunSettings;
import org.lstmrisk.nightly.history.RunConfiguration;

/**
 * Keeps a run from silently replacing the report of another portfolio or configuration in {@code OUT/<as-of>/}.
 * Each published report folder holds a small hidden file, {@value #FILE}, with the configuration it was written
 * for: the run configuration of the history ({@link RunConfiguration}: model, horizon, correlation window, gap
 * policy, EWMA λ, epochs, the weights file's SHA-256 or {@code equal}) without the as-of date (the folder's
 * name), plus the tickers of the input data (equal weights over other data are another portfolio), and its
 * SHA-256 fingerprint. A run whose configuration differs is refused before anything is computed unless it is told
 * to {@code --replace}; a re-run of the same configuration replaces the report silently (runs stay idempotent).
 * A folder without the file (written by an older version) is replaced as before. {@code report.json} is not
 * touched. This class is immutable and thread-safe.
 */
public final class ReportFolderGuard {

    /** The hidden file in a report folder naming the configuration the report was written for. */
    public static final String FILE = ".lstm-risk-configuration.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** A guard; it has no configuration. */
    public ReportFolderGuard() {
    }

    /**
     * Refuses a run whose report would replace {@code OUT/<as-of>/} written for another configuration.
     *
     * @param replace whether the user asked to replace such a report ({@code --replace})
     * @throws UserInputException naming the folder, what differs, and {@code --out DIR} / {@code --replace}
     */
    public void check(MarketData market, RunSettings settings, boolean replace) {
        if (replace) {
            return;
        }
        LocalDate asOf = settings.asOf() != null ? settings.asOf() : market.prices().history().lastCommonDate();
        Path folder = settings.outDir().resolve(asOf.toString());
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<String, Object> mine = configuration(market, settings);
        JsonNode theirs;
        try {
            theirs = JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            theirs = null;
        }
        if (theirs != null && fingerprint(mine).equals(theirs.path("fingerprint").asText())) {
            return;
        }
        List<String> differ = differences(mine, theirs == null ? null : theirs.get("configuration"));
        throw new UserInputException(folder + " holds the report of another run configuration"
                + (differ.isEmpty() ? "" : " (it differs in " + String.join(", ", differ) + ")")
                + "; write this run elsewhere with --out DIR, or replace that report with --replace");
    }

    /** The bytes of {@value #FILE} for a report written by a run with {@code settings} on {@code market}. */
    public byte[] file(MarketData market, RunSettings settings) {
        Map<String, Object> configuration = configuration(market, settings);
        Map<String, Object> content = new TreeMap<>();
        content.put("configuration", configuration);
        content.put("fingerprint", fingerprint(configuration));
        try {
            return (JSON.writeValueAsString(content) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot render the report's configuration", e);
        }
    }

    private static Map<String, Object> configuration(MarketData market, RunSettings settings) {
        Map<String, Object> map = new TreeMap<>();
        try {
            JSON.readTree(RunConfiguration.of(settings).canonical()).fields()
                    .forEachRemaining(e -> map.put(e.getKey(), e.getValue()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the run configuration", e);
        }
        map.remove("asOf"); // the folder's name
        map.put("dataTickers", market.prices().history().tickers().stream().sorted().toList());
        return map;
    }

    private static String fingerprint(Map<String, Object> configuration) {
        try {
            return Fingerprints.sha256(JSON.writeValueAsString(configuration));
        } catch (IOException e) {
            throw new IllegalStateException("cannot render the report's configuration", e);
        }
    }

    private static List<String> differences(Map<String, Object> mine, JsonNode theirs) {
        List<String> out = new ArrayList<>();
        if (theirs == null || !theirs.isObject()) {
            return out;
        }
        JsonNode current = JSON.valueToTree(mine);
        var keys = new java.util.TreeSet<String>(mine.keySet());
        for (Iterator<String> it = theirs.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        for (String key : keys) {
            if (!current.path(key).equals(theirs.path(key))) {
                out.add(key.equals("dataTickers") ? "the data's tickers" : key);
            }
        }
        return out;
    }
}
