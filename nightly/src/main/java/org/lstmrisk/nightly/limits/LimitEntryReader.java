package org.lstmrisk.nightly.limits;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonToken;
import org.lstmrisk.io.DataInputException;
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

    private LimitEntryReader() {
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
    }

    /** A limit as read, with the line of its name (for the duplicate-name check across entries). */
    record Entry(Limit limit, long nameLine) {
    }

    /**
     * Reads the mapping whose START_OBJECT is the current token, up to and including its END_OBJECT.
     *
     * @param tokens positioned on the entry's START_OBJECT
     */
    static Entry read(YamlTokens tokens) throws IOException, DataInputException {
        long entryLine = tokens.line();
        Map<String, Long> lines = new HashMap<>();
        String name = null;
        LimitMetric metric = null;
        Double limit = null;
        double warn = Limit.DEFAULT_WARN;
        boolean hard = true;
        List<String> scope = List.of();
        List<Long> scopeLines = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        JsonToken token;
        while ((token = tokens.next()) != JsonToken.END_OBJECT) {
            String key = tokens.text();
            long keyLine = tokens.line();
            if (!KEYS.contains(key)) {
                throw tokens.error(key, "unknown key '" + key + "' in a limit; the keys are " + String.join(", ", KEYS));
            }
            Long previous = lines.put(key, keyLine);
            if (previous != null) {
                throw tokens.error(key, "'" + key + "' is given twice in one limit (first on line " + previous + ")");
            }
            switch (key) {
                case "name" -> name = name(tokens);
                case "metric" -> metric = metric(tokens);
                case "limit" -> limit = limit(tokens);
                case "warn" -> warn = warn(tokens);
                case "hard" -> hard = tokens.bool("hard");
                case "scope" -> scope = scope(tokens, scopeLines);
                case "from" -> from = tokens.date("from");
                case "to" -> to = tokens.date("to");
                default -> throw new IllegalStateException("key " + key);
            }
        }
        for (String required : List.of("name", "metric", "limit")) {
            if (!lines.containsKey(required)) {
                throw tokens.error(entryLine, required, "a limit" + (name == null ? "" : " ('" + name + "')")
                        + " has no '" + required + "'");
            }
        }
        if (!scope.isEmpty() && !metric.isPositionMetric()) {
            throw tokens.error(lines.get("scope"), "scope", "limit '" + name + "': 'scope' applies only to position.* "
                    + "metrics, not to " + metric.configName() + "; remove it");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw tokens.error(lines.get("to"), "to", "limit '" + name + "': 'from' " + from + " (line "
                    + lines.get("from") + ") is after 'to' " + to);
        }
        try {
            return new Entry(new Limit(name, metric, limit, warn, hard, scope, from, to), lines.get("name"));
        } catch (IllegalArgumentException e) {
            // Every rule of Limit is checked above at its key; this is a safety net for rules added later.
            throw tokens.error(entryLine, "", e.getMessage());
        }
    }

    private static String name(YamlTokens tokens) throws IOException, DataInputException {
        String name = tokens.scalar("name");
        if (name.isBlank()) {
            throw tokens.error("name", "'name' is blank");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw tokens.error("name", "'name' is " + name.length() + " characters long; at most " + MAX_NAME_LENGTH);
        }
        if (name.codePoints().anyMatch(LimitEntryReader::isControl)) {
            throw tokens.error("name", "'name' must not contain control characters or line breaks: '"
                    + org.lstmrisk.io.TickerName.printable(name) + "'");
        }
        if (name.indexOf(':') >= 0) {
            throw tokens.error("name", "'name' must not contain ':' (position results are named <name>:<TICKER>): '"
                    + name + "'");
        }
        return name;
    }

    private static LimitMetric metric(YamlTokens tokens) throws IOException, DataInputException {
        String text = tokens.scalar("metric");
        try {
            return LimitMetric.parse(text);
        } catch (IllegalArgumentException e) {
            throw tokens.error("metric", "unknown metric '" + text + "'; valid metrics are "
                    + String.join(", ", LimitMetric.configNames()));
        }
    }

    private static double limit(YamlTokens tokens) throws IOException, DataInputException {
        double limit = tokens.number("limit");
        if (!Double.isFinite(limit) || limit <= 0.0) {
            throw tokens.error("limit", "'limit' must be a finite number > 0 (a fraction, e.g. 0.03 for 3 %), not "
                    + tokens.text());
        }
        return limit;
    }

    private static double warn(YamlTokens tokens) throws IOException, DataInputException {
        double warn = tokens.number("warn");
        if (warn > 1.0) {
            throw tokens.error("warn", "'warn' " + tokens.text() + " is above 1, i.e. above the limit; it is the "
                    + "fraction of the limit from which to warn, in (0, 1], e.g. 0.8");
        }
        if (!(warn > 0.0)) {
            throw tokens.error("warn", "'warn' must be > 0 (the fraction of the limit from which to warn, in (0, 1], "
                    + "e.g. 0.8), not " + tokens.text());
        }
        return warn;
    }

    private static List<String> scope(YamlTokens tokens, List<Long> lines) throws IOException, DataInputException {
        long keyLine = tokens.line();
        List<String> scope = tokens.scalarList("scope", lines);
        if (scope.isEmpty()) {
            throw tokens.error(keyLine, "scope", "'scope' is empty; omit it to mean every ticker");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scope.size(); i++) {
            String ticker = scope.get(i);
            if (ticker.isBlank()) {
                throw tokens.error(lines.get(i), "scope", "'scope' has a blank ticker");
            }
            var problem = org.lstmrisk.io.TickerName.problem(ticker);
            if (problem.isPresent()) {
                throw tokens.error(lines.get(i), "scope", "'scope' has an " + problem.get());
            }
            if (!seen.add(ticker)) {
                throw tokens.error(lines.get(i), "scope", "'scope' lists " + ticker + " twice");
            }
        }
        return scope;
    }
}
