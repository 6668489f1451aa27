package org.lstmrisk.lstm.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.features.ScalerKind;
import org.lstmrisk.core.macro.MacroSeries;
import org.lstmrisk.lstm.TrainingConfig;
import org.lstmrisk.lstm.kernel.KernelChoice;

/**
 * The LSTM forecaster's setup text ({@code toString}) is the key under which {@code evaluate --reuse-forecasts} reuses
 * earlier forecasts, so every setting that changes the forecasts must change the text, and the default's text must
 * stay the one earlier evaluations wrote.
 */
class LstmForecasterSetupTest {

    private static final LstmVolatilityConfig DEFAULT = LstmVolatilityConfig.defaults(1);

    @Test
    void theDefaultWithoutItsSkipPath_hasTheTextEarlierEvaluationsWrote() {
        // evaluation.json of the 2019-2024 djia30 evaluations in docs/EVALUATION.md before 2026-12-01,
        // config.modelSetups.lstm: their forecasts are reused by runs with --lstm-skip 0
        assertEquals("LstmForecaster[format=3, features=vol(garman-klass,1), window=60, layers=[64, 32], cell=LSTM, "
                + "loss=qlike, epochs=30, batch=32, lr=0.001, seed=20240308, target=garman-klass-yz, maxSamples=2520, "
                + "onlineSteps=0, refitEvery=63]", vector(DEFAULT.withSkipDays(0)).toString());
        assertEquals("LstmForecaster[format=5, features=vol(garman-klass,1), window=60, layers=[64, 32], cell=LSTM, "
                + "loss=qlike, epochs=30, batch=32, lr=0.001, seed=20240308, target=garman-klass-yz, maxSamples=2520, "
                + "onlineSteps=0, refitEvery=63, skipDays=22]", vector(DEFAULT).toString());
    }

    @Test
    void everySettingThatChangesTheForecastsChangesTheText() {
        TrainingConfig t = DEFAULT.training();
        Map<String, LstmForecaster> variants = new LinkedHashMap<>();
        variants.put("default", vector(DEFAULT));
        variants.put("dropout", vector(DEFAULT.withTraining(t.withDropout(0.2))));
        variants.put("l2", vector(DEFAULT.withTraining(t.withL2(1e-4))));
        variants.put("clip", vector(DEFAULT.withTraining(t.withClipNorm(t.clipNorm() + 4.0))));
        variants.put("patience", vector(DEFAULT.withTraining(t.withPatience(7))));
        variants.put("skip", vector(DEFAULT.withSkipDays(5)));
        variants.put("no skip", vector(DEFAULT.withSkipDays(0)));
        variants.put("validation", vector(DEFAULT.withTraining(t.withValidationFraction(0.2))));
        variants.put("beta1", vector(DEFAULT.withTraining(adam(t, 0.8, t.beta2(), t.epsilon()))));
        variants.put("beta2", vector(DEFAULT.withTraining(adam(t, t.beta1(), 0.99, t.epsilon()))));
        variants.put("epsilon", vector(DEFAULT.withTraining(adam(t, t.beta1(), t.beta2(), 1e-6))));
        variants.put("head", vector(other(DEFAULT, 16, ScalerKind.Z_SCORE, 1)));
        variants.put("scaler", vector(other(DEFAULT, 0, ScalerKind.MIN_MAX, 1)));
        variants.put("horizon", vector(other(DEFAULT, 0, ScalerKind.Z_SCORE, 5)));
        variants.put("kernel", new LstmForecaster(DEFAULT, Optional.empty(), KernelChoice.OJALGO));
        LstmVolatilityConfig small = LstmVolatilityConfig.smallPreset(1);
        variants.put("gdp a", new LstmForecaster(small, Optional.of(gdp(0.5)), KernelChoice.VECTOR));
        variants.put("gdp b", new LstmForecaster(small, Optional.of(gdp(0.6)), KernelChoice.VECTOR));
        Map<String, String> byText = new LinkedHashMap<>();
        for (var v : variants.entrySet()) {
            String earlier = byText.put(v.getValue().toString(), v.getKey());
            assertEquals(null, earlier, v.getKey() + " has the setup text of " + earlier + ": " + v.getValue());
        }
        assertEquals(variants.size(), byText.size());
    }

    @Test
    void theSameGdpSeriesGivesTheSameText() {
        LstmVolatilityConfig small = LstmVolatilityConfig.smallPreset(1);
        assertEquals(new LstmForecaster(small, Optional.of(gdp(0.5)), KernelChoice.VECTOR).toString(),
                new LstmForecaster(small, Optional.of(gdp(0.5)), KernelChoice.VECTOR).toString());
    }

    private static LstmForecaster vector(LstmVolatilityConfig c) {
        return new LstmForecaster(c, Optional.empty(), KernelChoice.VECTOR);
    }

    private static TrainingConfig adam(TrainingConfig t, double beta1, double beta2, double epsilon) {
        return new TrainingConfig(t.epochs(), t.batchSize(), t.learningRate(), beta1, beta2, epsilon, t.clipNorm(),
                t.l2(), t.dropout(), t.loss(), t.seed(), t.patience(), t.validationFraction());
    }

    private static LstmVolatilityConfig other(LstmVolatilityConfig c, int head, ScalerKind scaler, int horizon) {
        return new LstmVolatilityConfig(c.features(), c.window(), c.recurrentSizes(), c.cellType(), head, c.training(),
                scaler, c.targetEstimator(), horizon, c.maxTrainingSamples(), c.onlineSteps(), c.refitEveryDays(),
                c.varianceBaseline(), c.warmStartEpochs(), c.calibrated());
    }

    private static MacroSeries gdp(double lastValue) {
        return new MacroSeries("GDPC1", List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 4, 1)),
                List.of(LocalDate.of(2020, 4, 30), LocalDate.of(2020, 7, 30)), new double[] {0.4, lastValue});
    }
}
