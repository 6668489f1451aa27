package org.lstmrisk.nightly.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsDifferenceTest {

    @Test
    void namesChangedAddedAndRemovedSettings_inKeyOrder() {
        var stored = settings("format", "3", "window", "60", "layers", "[64, 32]", "epochs", "30", "onlineSteps", "0");
        var asked = settings("format", "5", "window", "60", "layers", "[64, 32]", "epochs", "30", "skipDays", "22");
        assertEquals("format 3 → 5, onlineSteps 0 → (none), skipDays (none) → 22",
                SettingsDifference.between(stored, asked));
    }

    @Test
    void aFlag_readsOn() {
        assertEquals("calibrated (none) → on",
                SettingsDifference.between(settings("cell", "LSTM"), settings("cell", "LSTM", "calibrated", "")));
    }

    @Test
    void equalSetups_giveNothing() {
        assertEquals("", SettingsDifference.between(settings("a", "1", "b", "2"), settings("a", "1", "b", "2")));
    }

    private static Map<String, String> settings(String... nameValue) {
        var s = new LinkedHashMap<String, String>();
        for (int i = 0; i < nameValue.length; i += 2) {
            s.put(nameValue[i], nameValue[i + 1]);
        }
        return s;
    }
}
