package org.lstmrisk.forecasters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.core.features.Features;
import org.lstmrisk.core.forecast.GarchInnovations;
import org.lstmrisk.core.forecast.GjrForecaster;
import org.lstmrisk.lstm.CellType;
import org.lstmrisk.lstm.forecast.LstmForecaster;
import org.lstmrisk.lstm.forecast.LstmVolatilityConfig;

/** The LSTM overrides of {@link ForecasterOptions} reach the forecaster's configuration, and nothing else changes. */
class ForecasterCatalogTest {

    private final ForecasterCatalog catalog = new ForecasterCatalog();

    private static ForecasterOptions options(LstmOverrides lstm) {
        return new ForecasterOptions(1, 0.94, 0, lstm);
    }

    @Test
    void overrides_replaceInputsWindowTargetStepsAndBaseline_keepingTheRestOfThePreset() {
        var lstm = new LstmOverrides(Optional.of("vol(garman-klass-yz,1),ewma(0.94)"), Optional.of(22),
                Optional.of("close-to-close"), Optional.of(0), Optional.of("ewma(0.97)"),
                Optional.of(java.util.List.of(16)));
        LstmVolatilityConfig preset = LstmVolatilityConfig.defaults(1);
        for (String name : new String[] {"lstm", "rnn"}) {
            LstmVolatilityConfig c = ((LstmForecaster) catalog.create(name, options(lstm))).config();
            assertEquals("vol(garman-klass-yz,1),ewma(0.94)", c.features().spec());
            assertEquals(22, c.window());
            assertEquals("close-to-close", c.targetEstimator().name());
            assertEquals(0, c.onlineSteps());
            assertEquals(Optional.of(Features.parse("ewma(0.97)")), c.varianceBaseline());
            assertEquals(name.equals("lstm") ? CellType.LSTM : CellType.RNN, c.cellType());
            assertEquals(preset.training(), c.training());
            assertEquals(java.util.List.of(16), c.recurrentSizes());
            assertEquals(preset.refitEveryDays(), c.refitEveryDays());
            assertEquals(preset.maxTrainingSamples(), c.maxTrainingSamples());
        }
        var noBaseline = new LstmOverrides(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("none"), Optional.empty());
        assertEquals(Optional.empty(),
                ((LstmForecaster) catalog.create("lstm", options(noBaseline))).config().varianceBaseline());
    }

    @Test
    void noOverrides_giveThePreset() {
        LstmVolatilityConfig c = ((LstmForecaster) catalog.create("lstm", new ForecasterOptions(1, 0.94, 0))).config();
        assertEquals(LstmVolatilityConfig.defaults(1), c);
    }

    @Test
    void badOverrides_areUserErrorsNamingTheProblem() {
        Optional<String> none = Optional.empty();
        Optional<Integer> noInt = Optional.empty();
        for (var bad : new LstmOverrides[] {
                new LstmOverrides(Optional.of("momentum"), noInt, none, noInt, none, Optional.empty()),
                new LstmOverrides(none, noInt, Optional.of("hourly"), noInt, none, Optional.empty()),
                new LstmOverrides(none, Optional.of(1), none, noInt, none, Optional.empty()),
                new LstmOverrides(none, noInt, none, Optional.of(-1), none, Optional.empty()),
                new LstmOverrides(none, noInt, none, noInt, Optional.of("garch"), Optional.empty()),
                new LstmOverrides(none, noInt, none, noInt, none, Optional.of(java.util.List.of(0)))}) {
            var e = assertThrows(UserInputException.class, () -> catalog.create("lstm", options(bad)), bad::toString);
            assertTrue(e.getMessage().startsWith("LSTM configuration: "), e.getMessage());
            String value = bad.features().or(bad::target).or(bad::baseline)
                    .orElseGet(() -> String.valueOf(bad.windowDays().or(bad::onlineSteps)
                            .orElseGet(() -> bad.layers().orElseThrow().get(0))));
            assertTrue(e.getMessage().contains(value), value + " in " + e.getMessage());
        }
    }

    @Test
    void gjrNames_giveGjrGarchWithGaussianOrStudentInnovations_namedAsOnTheCommandLine() {
        ForecasterOptions o = new ForecasterOptions(1, 0.94, 0);
        assertEquals(GjrForecaster.GAUSSIAN, catalog.create("gjr", o));
        assertEquals(GjrForecaster.STUDENT_T, catalog.create("gjr-t", o));
        assertEquals(GarchInnovations.STUDENT_T, ((GjrForecaster) catalog.create("gjr-t", o)).innovations());
        for (String name : catalog.names()) {
            if (!name.equals("lstm") && !name.equals("rnn")) {
                assertEquals(name, catalog.create(name, o).name(), "the forecaster reports the name it was built by");
            }
        }
        assertTrue(catalog.names().containsAll(java.util.List.of("gjr", "gjr-t")));
        var e = assertThrows(UserInputException.class, () -> catalog.create("gjr-x", o));
        assertTrue(e.getMessage().contains("persistence, gjr, gjr-t"), e.getMessage());
    }

    private static org.lstmrisk.core.macro.MacroSeries gdp() {
        var starts = new java.util.ArrayList<java.time.LocalDate>();
        var published = new java.util.ArrayList<java.time.LocalDate>();
        double[] values = new double[8];
        for (int q = 0; q < 8; q++) {
            java.time.LocalDate start = java.time.LocalDate.of(2020, 1, 1).plusMonths(3L * q);
            starts.add(start);
            published.add(start.plusMonths(3).plusDays(29));
            values[q] = 100 + q;
        }
        return new org.lstmrisk.core.macro.MacroSeries("GDPC1", starts, published, values);
    }

    @Test
    void smallPreset_isTheLibrarysSmallPreset_withTheGdpSeries() {
        var gdp = gdp();
        var options = new ForecasterOptions(5, 0.94, 0, LstmOverrides.NONE, "small", Optional.of(gdp));
        LstmForecaster f = (LstmForecaster) catalog.create("lstm", options);
        assertEquals(LstmVolatilityConfig.smallPreset(5), f.config());
        assertEquals(Optional.of(gdp), f.macro());
        assertEquals(LstmVolatilityConfig.smallPreset(5).withCellType(CellType.RNN),
                ((LstmForecaster) catalog.create("rnn", options)).config());
        assertEquals(LstmVolatilityConfig.defaults(5),
                ((LstmForecaster) catalog.create("lstm", new ForecasterOptions(5, 0.94, 0))).config());
    }

    @Test
    void aGdpInputWithoutTheSeries_isAUserError_namingTheOption() {
        var small = new ForecasterOptions(1, 0.94, 0, LstmOverrides.NONE, "small", Optional.empty());
        UserInputException e = assertThrows(UserInputException.class, () -> catalog.create("lstm", small));
        assertTrue(e.getMessage().contains("--gdp FILE"), e.getMessage());
        var features = new LstmOverrides(Optional.of("vol(garman-klass,1),gdp"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        e = assertThrows(UserInputException.class, () -> catalog.create("lstm", options(features)));
        assertTrue(e.getMessage().contains("include gdp"), e.getMessage());
        var unknown = new ForecasterOptions(1, 0.94, 0, LstmOverrides.NONE, "huge", Optional.empty());
        e = assertThrows(UserInputException.class, () -> catalog.create("lstm", unknown));
        assertEquals("unknown LSTM preset 'huge'; available: default, small", e.getMessage());
        assertEquals("ewma", catalog.create("ewma", unknown).name(), "the preset concerns only lstm and rnn");
    }

    @Test
    void dropoutAndLoss_reachTheTrainingConfiguration_andABadLossIsAUserError() {
        var changes = new LstmOverrides(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(0.2), Optional.of("huber:0.5"));
        LstmVolatilityConfig c = ((LstmForecaster) catalog.create("lstm", options(changes))).config();
        assertEquals(LstmVolatilityConfig.defaults(1).training().withDropout(0.2)
                .withLoss(org.lstmrisk.lstm.Loss.huber(0.5)), c.training());
        assertTrue(!c.logVarianceOutput(), "a Huber-trained network outputs a scaled volatility");
        var mse = new LstmOverrides(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("mse"));
        assertEquals(org.lstmrisk.lstm.Loss.mse(),
                ((LstmForecaster) catalog.create("lstm", options(mse))).config().training().loss());
        for (String bad : new String[] {"l1", "huber:x", "huber:-1"}) {
            var changesBad = new LstmOverrides(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(bad));
            UserInputException e = assertThrows(UserInputException.class,
                    () -> catalog.create("lstm", options(changesBad)), bad);
            assertTrue(e.getMessage().startsWith("LSTM configuration: "), e.getMessage());
        }
        var badDropout = new LstmOverrides(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(1.0), Optional.empty());
        assertThrows(UserInputException.class, () -> catalog.create("lstm", options(badDropout)));
    }

    @Test
    void warmStartsAndCalibration_reachTheConfiguration_andBadValuesAreUserErrors() {
        Optional<String> none = Optional.empty();
        var changes = new LstmOverrides(none, Optional.empty(), none, Optional.empty(), none, Optional.empty(),
                Optional.empty(), none, Optional.of(7), Optional.of(true));
        LstmVolatilityConfig c = ((LstmForecaster) catalog.create("lstm", options(changes))).config();
        assertEquals(7, c.warmStartEpochs());
        assertTrue(c.calibrated());
        var cold = new LstmOverrides(none, Optional.empty(), none, Optional.empty(), none, Optional.empty(),
                Optional.empty(), none, Optional.of(0), Optional.of(false));
        LstmVolatilityConfig k = ((LstmForecaster) catalog.create("lstm", options(cold))).config();
        assertEquals(0, k.warmStartEpochs());
        assertTrue(!k.calibrated());
        var negative = new LstmOverrides(none, Optional.empty(), none, Optional.empty(), none, Optional.empty(),
                Optional.empty(), none, Optional.of(-1), Optional.empty());
        UserInputException e = assertThrows(UserInputException.class, () -> catalog.create("lstm", options(negative)));
        assertTrue(e.getMessage().contains("warm-start epochs"), e.getMessage());
        var huberCalibrated = new LstmOverrides(none, Optional.empty(), none, Optional.empty(), none, Optional.empty(),
                Optional.empty(), Optional.of("huber:1"), Optional.empty(), Optional.of(true));
        e = assertThrows(UserInputException.class, () -> catalog.create("lstm", options(huberCalibrated)));
        assertTrue(e.getMessage().contains("QLIKE"), e.getMessage());
    }

    @Test
    void seed_reachesTheConfiguration_andChangesTheForecastersIdentity() {
        Optional<String> none = Optional.empty();
        var seeded = new LstmOverrides(none, Optional.empty(), none, Optional.empty(), none, Optional.empty(),
                Optional.empty(), none, Optional.empty(), Optional.empty(), Optional.of(7L));
        LstmForecaster f = (LstmForecaster) catalog.create("lstm", options(seeded));
        assertEquals(7L, f.config().training().seed());
        LstmForecaster d = (LstmForecaster) catalog.create("lstm", options(LstmOverrides.NONE));
        assertEquals(LstmVolatilityConfig.defaults(1).training().seed(), d.config().training().seed());
        assertTrue(!f.toString().equals(d.toString()), "the seed is part of the identity saved forecasts are matched on");
    }

    @Test
    void spec_survivesSerialisation_withEveryLstmOverride() throws Exception {
        var all = new LstmOverrides(Optional.of("vol(garman-klass,1),return"), Optional.of(30),
                Optional.of("garman-klass"), Optional.of(2), Optional.of("ewma(0.94)"), Optional.of(java.util.List.of(16, 8)),
                Optional.of(0.1), Optional.of("qlike"), Optional.of(3), Optional.of(true), Optional.of(11L),
                Optional.of(3), Optional.empty(), Optional.empty(), Optional.of(0.0), Optional.of(9), Optional.of(20));
        var spec = new ForecasterSpec("lstm", options(all), false);
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(spec);
        }
        ForecasterSpec back;
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            back = (ForecasterSpec) in.readObject();
        }
        assertEquals(spec, back);
        assertEquals(((LstmForecaster) spec.create()).config(), ((LstmForecaster) back.create()).config());
        assertEquals(20, ((LstmForecaster) back.create()).config().skipDays());
    }

    @Test
    void clipNormAndPatience_reachTheTraining_andTheForecastersIdentity() {
        Optional<String> none = Optional.empty();
        var changed = new LstmOverrides(none, Optional.empty(), none, Optional.empty(), none, Optional.empty(),
                Optional.empty(), none, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(0.0), Optional.of(12));
        LstmForecaster f = (LstmForecaster) catalog.create("lstm", options(changed));
        assertEquals(0.0, f.config().training().clipNorm());
        assertEquals(12, f.config().training().patience());
        LstmForecaster d = (LstmForecaster) catalog.create("lstm", options(LstmOverrides.NONE));
        assertEquals(1.0, d.config().training().clipNorm());
        assertEquals(4, d.config().training().patience());
        assertTrue(f.toString().contains("clipNorm=0.0") && f.toString().contains("patience=12"), f.toString());
    }

    @Test
    void aWindowShorterThanThePresetsSkipPath_shortensIt_unlessTheSkipPathIsGivenToo() {
        assertEquals(LstmVolatilityConfig.DEFAULT_SKIP_DAYS, LstmVolatilityConfig.defaults(1).skipDays());
        for (int window : new int[] {10, 22, 40}) {
            LstmVolatilityConfig c = skipConfig(Optional.of(window), Optional.empty());
            assertEquals(window, c.window());
            assertEquals(Math.min(window, LstmVolatilityConfig.DEFAULT_SKIP_DAYS), c.skipDays(), "window " + window);
        }
        assertEquals(5, skipConfig(Optional.of(10), Optional.of(5)).skipDays());
        assertEquals(0, skipConfig(Optional.of(10), Optional.of(0)).skipDays());
        var e = assertThrows(UserInputException.class, () -> skipConfig(Optional.of(10), Optional.of(22)));
        assertTrue(e.getMessage().contains("22") && e.getMessage().contains("10"), e.getMessage());
    }

    private LstmVolatilityConfig skipConfig(Optional<Integer> window, Optional<Integer> skip) {
        Optional<String> none = Optional.empty();
        var o = new LstmOverrides(none, window, none, Optional.empty(), none, Optional.empty(), Optional.empty(), none,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), skip);
        return ((LstmForecaster) catalog.create("lstm", options(o))).config();
    }
}
