package org.lstmrisk.nightly.limits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lstmrisk.io.DataInputException;
import org.lstmrisk.io.YamlNode;
import org.lstmrisk.portfolio.limits.Limit;
import org.lstmrisk.portfolio.limits.LimitMetric;

/**
 * Reads one entry of the {@code limits:} list into a {@link Limit}, checking each key where it is written so that
 * an error names the line and key at fault. Stateless.
 */
final class LimitEntryReader {

    /** The keys a limit may have, in the order DESIGN.md lists them. */
    static final List<String> KEYS = List.of("name", "metric", "limit", "warn", "hard", "scope", "from", "to");

    /** The longest limit name accepted, in characters. */
    static final int MAX_NAME_LENGTH = 64;

    /** What a limit's number is, for messages. */
    private static final String FRACTION = "a fraction, e.g. 0.03 for 3 %";

    private LimitEntryReader() {
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
    }

    /** A limit as read, with the line of its name (for the duplicate-name check across entries). */
    record Entry(Limit limit, long nameLine) {
    }

    /** Reads one entry, a mapping. */
    static Entry read(YamlNode entry) throws DataInputException {
        long entryLine = entry.line();
        Map<String, Long> lines = new HashMap<>();
        String name = null;
        LimitMetric metric = null;
        Double limit = null;
        double warn = Limit.DEFAULT_WARN;
        boolean hard = true;
        List<String> scope = List.of();
        LocalDate from = null;
        LocalDate to = null;
        for (YamlNode.Entry e : entry.entries()) {
            String key = e.key();
            long keyLine = e.line();
            YamlNode value = e.value();
            if (!KEYS.contains(key)) {
                throw entry.error(keyLine, key, "unknown key '" + key + "' in a limit; the keys are " + String.join(", ", KEYS));
            }
            Long previous = lines.put(key, keyLine);
            if (previous != null) {
                throw entry.error(keyLine, key, "'" + key + "' is given twice in one limit (first on line " + previous + ")");
            }
            switch (key) {
                case "name" -> name = name(value);
                case "metric" -> metric = metric(value);
                case "limit" -> limit = limit(value);
                case "warn" -> warn = warn(value);
                case "hard" -> hard = value.bool("hard");
                case "scope" -> scope = scope(value, keyLine);
                case "from" -> from = value.date("from");
                case "to" -> to = value.date("to");
                default -> throw new IllegalStateException("key " + key);
            }
        }
        for (String required : List.of("name", "metric", "limit")) {
            if (!lines.containsKey(required)) {
                throw entry.error(entryLine, required, "a limit" + (name == null ? "" : " ('" + name + "')")
                        + " has no '" + required + "'");
            }
        }
        if (!scope.isEmpty() && !metric.isPositionMetric()) {
            throw entry.error(lines.get("scope"), "scope", "limit '" + name + "': 'scope' applies only to position.* "
                    + "metrics, not to " + metric.configName() + "; remove it");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw entry.error(lines.get("to"), "to", "limit '" + name + "': 'from' " + from + " (line "
                    + lines.get("from") + ") is after 'to' " + to);
        }
        try {
            return new Entry(new Limit(name, metric, limit, warn, hard, scope, from, to), lines.get("name"));
        } catch (IllegalArgumentException e) {
            // Every rule of Limit is checked above at its key; this is a safety net for rules added later.
            throw entry.error(entryLine, "", e.getMessage());
        }
    }

    private static String name(YamlNode value) throws DataInputException {
        String name = value.value("name");
        if (name.isBlank()) {
            throw value.error("name", "'name' is blank");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw value.error("name", "'name' is " + name.length() + " characters long; at most " + MAX_NAME_LENGTH);
        }
        if (name.codePoints().anyMatch(LimitEntryReader::isControl)) {
            throw value.error("name", "'name' must not contain control characters or line breaks: '"
                    + org.lstmrisk.io.TickerName.printable(name) + "'");
        }
        if (name.indexOf(':') >= 0) {
            throw value.error("name", "'name' must not contain ':' (position results are named <name>:<TICKER>): '"
                    + name + "'");
        }
        return name;
    }

    private static LimitMetric metric(YamlNode value) throws DataInputException {
        String text = value.value("metric");
        try {
            return LimitMetric.parse(text);
        } catch (IllegalArgumentException e) {
            throw value.error("metric", "unknown metric '" + text + "'; valid metrics are "
                    + String.join(", ", LimitMetric.configNames()));
        }
    }

    private static double limit(YamlNode value) throws DataInputException {
        double limit = value.number("limit", FRACTION);
        if (!Double.isFinite(limit) || limit <= 0.0) {
            throw value.error("limit", "'limit' must be a finite number > 0 (a fraction, e.g. 0.03 for 3 %), not "
                    + value.text());
        }
        return limit;
    }

    private static double warn(YamlNode value) throws DataInputException {
        double warn = value.number("warn", FRACTION);
        if (warn > 1.0) {
            throw value.error("warn", "'warn' " + value.text() + " is above 1, i.e. above the limit; it is the "
                    + "fraction of the limit from which to warn, in (0, 1], e.g. 0.8");
        }
        if (!(warn > 0.0)) {
            throw value.error("warn", "'warn' must be > 0 (the fraction of the limit from which to warn, in (0, 1], "
                    + "e.g. 0.8), not " + value.text());
        }
        return warn;
    }

    private static List<String> scope(YamlNode value, long keyLine) throws DataInputException {
        List<YamlNode> items = value.valueList("scope", "[AAPL, MSFT]");
        if (items.isEmpty()) {
            throw value.error(keyLine, "scope", "'scope' is empty; omit it to mean every ticker");
        }
        List<String> scope = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (YamlNode item : items) {
            scope.add(item.text());
            lines.add(item.line());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scope.size(); i++) {
            String ticker = scope.get(i);
            if (ticker.isBlank()) {
                throw value.error(lines.get(i), "scope", "'scope' has a blank ticker");
            }
            var problem = org.lstmrisk.io.TickerName.problem(ticker);
            if (problem.isPresent()) {
                throw value.error(lines.get(i), "scope", "'scope' has an " + problem.get());
            }
            if (!seen.add(ticker)) {
                throw value.error(lines.get(i), "scope", "'scope' lists " + ticker + " twice");
            }
        }
        return scope;
    }
}
