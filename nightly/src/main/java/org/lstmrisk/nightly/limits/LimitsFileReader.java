package org.lstmrisk.nightly.limits;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lstmrisk.io.DataInputException;
import org.lstmrisk.io.YamlDocument;
import org.lstmrisk.io.YamlNode;
import org.lstmrisk.portfolio.limits.Limit;

/**
 * Reads a limits file (YAML, the format of DESIGN.md "Limits file") into {@link Limit}s, in file order:
 * <pre>
 * limits:
 *   - name: portfolio-var99
 *     metric: portfolio.var99
 *     limit: 0.03      # fraction, same units as the metric
 *     warn: 0.8        # optional, default 0.8; fraction of the limit in (0, 1]
 *     hard: true       # optional, default true
 *     scope: [AAPL]    # optional, position.* metrics only; default every ticker
 *     from: 2024-01-01 # optional, inclusive
 *     to: 2024-06-30   # optional, inclusive
 * </pre>
 * {@code limits: []} means no limits. Malformed YAML, a missing file, an unknown top-level or per-limit key, a
 * missing name/metric/limit, an unknown metric, a limit ≤ 0, a warn outside (0, 1], a duplicate name, a scope on
 * a portfolio metric, a malformed date or from after to is a {@link DataInputException} naming the file, the line
 * and the key. Tickers in a scope are not checked against the data here; {@code LimitChecker} does that. This
 * class is immutable and thread-safe.
 *
 * <p>Bounds: the file must be a regular file of at most {@link org.lstmrisk.io.InputFileCheck#MAX_YAML_BYTES}
 * bytes; a limit's name is at most 64 characters without control characters; scope tickers follow
 * {@link org.lstmrisk.io.TickerName}; YAML aliases ({@code *name}) are refused ({@link YamlDocument}).
 */
public final class LimitsFileReader {

    private static final String LIMITS = "limits";

    /** A reader. */
    public LimitsFileReader() {
    }

    /** Reads {@code file} (UTF-8). */
    public List<Limit> read(Path file) throws DataInputException {
        if (file == null) {
            throw new IllegalArgumentException("file is null");
        }
        YamlDocument document = YamlDocument.read(file, "limits file");
        YamlNode root = document.root().orElseThrow(() -> new DataInputException(file, 0, LIMITS,
                "the file is empty; it must have a 'limits:' list (limits: [] for none)"));
        if (!root.isMapping()) {
            throw root.error(LIMITS, "the file must be a mapping with a 'limits:' list, not " + root.describe());
        }
        List<Limit> limits = null;
        for (YamlNode.Entry entry : root.entries()) {
            String key = entry.key();
            if (!LIMITS.equals(key)) {
                throw root.error(entry.line(), key, "unknown top-level key '" + key + "'; the only key is 'limits'");
            }
            if (limits != null) {
                throw root.error(entry.line(), key, "'limits' is given twice");
            }
            limits = limitList(entry.value());
        }
        if (limits == null) {
            throw root.error(LIMITS, "the file has no 'limits:' list (limits: [] for none)");
        }
        return List.copyOf(limits);
    }

    private static List<Limit> limitList(YamlNode list) throws DataInputException {
        if (!list.isList()) {
            throw list.error(LIMITS, "'limits' must be a list of limits (limits: [] for none), not " + list.describe());
        }
        List<Limit> limits = new ArrayList<>();
        Map<String, Long> nameLines = new HashMap<>();
        for (YamlNode item : list.items()) {
            if (!item.isMapping()) {
                throw item.error(LIMITS, "each entry of 'limits' must be a mapping with name, metric and limit, not "
                        + item.describe());
            }
            LimitEntryReader.Entry entry = LimitEntryReader.read(item);
            String name = entry.limit().name();
            Long first = nameLines.putIfAbsent(name, entry.nameLine());
            if (first != null) {
                throw item.error(entry.nameLine(), "name", "duplicate limit name '" + name + "' (first on line "
                        + first + ")");
            }
            limits.add(entry.limit());
        }
        return limits;
    }
}
