package org.lstmrisk.nightly.state;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The settings that differ between two model setups ({@code LstmForecaster.settings()}), for messages that ask to
 * retrain a stored model: "format 3 → 5, skipDays (none) → 22".
 */
final class SettingsDifference {

    private SettingsDifference() {
    }

    /**
     * The changed, added and removed settings from {@code stored} to {@code asked}, in the order of their names
     * (the stored ones first), joined with ", "; empty when nothing differs. A set flag (empty value) reads "on".
     */
    static String between(Map<String, String> stored, Map<String, String> asked) {
        var names = new LinkedHashSet<>(stored.keySet());
        names.addAll(asked.keySet());
        List<String> changes = new ArrayList<>();
        for (String name : names) {
            String before = shown(stored.get(name));
            String after = shown(asked.get(name));
            if (!before.equals(after)) {
                changes.add(name + " " + before + " → " + after);
            }
        }
        return String.join(", ", changes);
    }

    private static String shown(String value) {
        return value == null ? "(none)" : value.isEmpty() ? "on" : value;
    }
}
