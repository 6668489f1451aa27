package org.lstmrisk.nightly.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SettingsDifferenceTest {

    @Test
    void namesChangedAddedAndRemovedSettings_inKeyOrder() {
        String stored = "LstmForecaster[format=3, window=60, layers=[64, 32], epochs=30, onlineSteps=0]";
        String asked = "LstmForecaster[format=5, window=60, layers=[64, 32], epochs=30, skipDays=22]";
        assertEquals("format 3 → 5, onlineSteps 0 → (none), skipDays (none) → 22",
                SettingsDifference.between(stored, asked));
    }

    @Test
    void aListValueWithCommas_isOneSetting() {
        assertEquals("layers [64, 32] → [20]",
                SettingsDifference.between("F[layers=[64, 32], cell=LSTM]", "F[layers=[20], cell=LSTM]"));
    }

    @Test
    void equalSetupsOrTextsNotInTheForm_giveNothing() {
        assertEquals("", SettingsDifference.between("F[a=1, b=2]", "F[a=1, b=2]"));
        assertEquals("", SettingsDifference.between("no brackets", "F[a=1]"));
        assertEquals("", SettingsDifference.between("F[a=1]", "F[not a pair]"));
    }
}
