package org.lstmrisk.nightly.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The settings that differ between two model setups written as {@code Name[key=value, key=value, ...]} (the
 * {@code toString} of a forecaster), for messages that ask to retrain a stored model: "format 3 → 5, skipDays
 * (none) → 22".
 */
final class SettingsDifference {

    /** A ", " that starts the next key=value pair (values such as {@code [64, 32]} contain ", " too). */
    private static final Pattern PAIR_SEPARATOR = Pattern.compile(", (?=\\w+=)");

    private SettingsDifference() {
    }

    /**
     * The changed, added and removed settings from {@code stored} to {@code asked}, in the order of their keys,
     * joined with ", "; empty when either text is not in the {@code Name[key=value, ...]} form or nothing differs.
     */
    static String between(String stored, String asked) {
        Map<String, String> before = pairs(stored);
        Map<String, String> after = pairs(asked);
        if (before.isEmpty() || after.isEmpty()) {
            return "";
        }
        var keys = new LinkedHashMap<String, Boolean>();
        before.keySet().forEach(k -> keys.put(k, true));
        after.keySet().forEach(k -> keys.put(k, true));
        List<String> changes = new ArrayList<>();
        for (String k : keys.keySet()) {
            String b = before.getOrDefault(k, "(none)");
            String a = after.getOrDefault(k, "(none)");
            if (!b.equals(a)) {
                changes.add(k + " " + b + " → " + a);
            }
        }
        return String.join(", ", changes);
    }

    private static Map<String, String> pairs(String setup) {
        int open = setup.indexOf('[');
        if (open < 0 || !setup.endsWith("]")) {
            return Map.of();
        }
        var pairs = new LinkedHashMap<String, String>();
        for (String pair : PAIR_SEPARATOR.split(setup.substring(open + 1, setup.length() - 1))) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                return Map.of();
            }
            pairs.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return pairs;
    }
}
