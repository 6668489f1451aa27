package org.lstmrisk.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lstmrisk.app.UserInputException;
import org.lstmrisk.lstm.CellType;
import org.lstmrisk.lstm.forecast.LstmForecaster;
import org.lstmrisk.lstm.forecast.LstmVolatilityConfig;

/** The LSTM options of {@link ForecasterOptions} reach the forecaster's configuration, and nothing else changes. */
class ForecasterCatalogTest {

    private final ForecasterCatalog catalog = new ForecasterCatalog();

    @Test
    void lstmOptions_replaceInputsWindowAndTarget_keepingTheRestOfThePreset() {
        var options = new ForecasterOptions(1, 0.94, 0,
                Optional.of(new ForecasterOptions.LstmInputs("vol(garman-klass-yz,1),ewma(0.94)", 22)),
                Optional.of("close-to-close"), Optional.of(0));
        for (String name : new String[] {"lstm", "rnn"}) {
            LstmVolatilityConfig c = ((LstmForecaster) catalog.create(name, options)).config();
            LstmVolatilityConfig preset = LstmVolatilityConfig.defaults(1);
            assertEquals("vol(garman-klass-yz,1),ewma(0.94)", c.features().spec());
            assertEquals(22, c.window());
            assertEquals("close-to-close", c.targetEstimator().name());
            assertEquals(0, c.onlineSteps());
            assertEquals(preset.refitEveryDays(), c.refitEveryDays());
            assertEquals(name.equals("lstm") ? CellType.LSTM : CellType.RNN, c.cellType());
            assertEquals(preset.training(), c.training());
            assertEquals(preset.recurrentSizes(), c.recurrentSizes());
        }
    }

    @Test
    void noLstmOptions_giveThePreset() {
        LstmVolatilityConfig c = ((LstmForecaster) catalog.create("lstm", new ForecasterOptions(1, 0.94, 0))).config();
        assertEquals(LstmVolatilityConfig.defaults(1), c);
    }

    @Test
    void badLstmOptions_areUserErrorsNamingTheProblem() {
        var badFeature = new ForecasterOptions(1, 0.94, 0,
                Optional.of(new ForecasterOptions.LstmInputs("momentum", 22)), Optional.empty(), Optional.empty());
        var e = assertThrows(UserInputException.class, () -> catalog.create("lstm", badFeature));
        assertTrue(e.getMessage().contains("momentum"), e.getMessage());
        var badTarget = new ForecasterOptions(1, 0.94, 0, Optional.empty(), Optional.of("hourly"),
                Optional.empty());
        e = assertThrows(UserInputException.class, () -> catalog.create("lstm", badTarget));
        assertTrue(e.getMessage().contains("hourly"), e.getMessage());
        var badSteps = new ForecasterOptions(1, 0.94, 0, Optional.empty(), Optional.empty(), Optional.of(-1));
        e = assertThrows(UserInputException.class, () -> catalog.create("lstm", badSteps));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }
}
