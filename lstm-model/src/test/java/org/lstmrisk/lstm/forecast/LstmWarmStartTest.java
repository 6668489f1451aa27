package org.lstmrisk.lstm.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.lstm.NetworkWeights;
import org.lstmrisk.lstm.Tensor;
import org.lstmrisk.lstm.kernel.KernelChoice;

/** Warm starts: a scheduled refit that begins from the weights of the fit before it. */
class LstmWarmStartTest {

    private static final PriceSeries SERIES = LstmForecasterTest.SERIES;

    @TempDir
    Path tmp;

    private static LstmForecaster warm(int epochs) {
        return LstmForecasterTest.forecaster(LstmForecasterTest.small(0, 0).withWarmStart(epochs));
    }

    @Test
    void refit_withoutWarmStarts_isAFreshFit() {
        var cold = LstmForecasterTest.forecaster(LstmForecasterTest.small(0, 0));
        LstmVolatilityModel previous = cold.fit(SERIES.slice(0, 600));
        assertEquals(cold.fit(SERIES.slice(0, 650)), cold.refit(SERIES.slice(0, 650), previous));
    }

    @Test
    void warmRefit_startsFromThePreviousWeights_andRefitsTheScalers() {
        // With a vanishing learning rate, training cannot move the weights: a warm refit must end where it began.
        var config = LstmForecasterTest.small(0, 0).withWarmStart(2);
        var still = LstmForecasterTest.forecaster(config.withTraining(config.training().withLearningRate(1e-14)));
        LstmVolatilityModel previous = LstmForecasterTest.forecaster(config).fit(SERIES.slice(0, 600));
        var moved = new LstmVolatilityModel(still, previous.ticker(), previous.lastDate(), previous.lastClose(),
                previous.weights(), previous.optimizerState(), previous.featureScaler(), previous.targetScaling(),
                previous.output(), 0, previous.training());
        LstmVolatilityModel refitted = still.refit(SERIES.slice(0, 650), moved);
        assertTrue(maxDifference(previous.weights(), refitted.weights()) < 1e-9,
                "weights moved by " + maxDifference(previous.weights(), refitted.weights()));
        LstmVolatilityModel cold = still.fit(SERIES.slice(0, 650));
        assertTrue(maxDifference(previous.weights(), cold.weights()) > 1e-3, "a cold fit starts elsewhere");
        assertEquals(cold.featureScaler(), refitted.featureScaler(), "scalers come from the new training slice");
        assertEquals(cold.targetScaling(), refitted.targetScaling());
        assertEquals(SERIES.date(649), refitted.lastDate());
        assertEquals(0, refitted.daysSinceRefit());
    }

    @Test
    void warmRefit_trainsTheWarmEpochs_notThePresetsEpochs() {
        var f = warm(1);
        LstmVolatilityModel previous = f.fit(SERIES.slice(0, 600));
        assertEquals(3, previous.training().trainLoss().size(), "the first fit is cold, with the preset's 3 epochs");
        LstmVolatilityModel refitted = f.refit(SERIES.slice(0, 650), previous);
        assertEquals(1, refitted.training().trainLoss().size());
        assertNotEquals(f.fit(SERIES.slice(0, 650)), refitted);
    }

    @Test
    void refit_fromAModelOfAnotherConfiguration_startsCold() {
        var f = warm(1);
        var other = LstmForecasterTest.forecaster(LstmForecasterTest.small(0, 0).withTraining(
                LstmForecasterTest.small(0, 0).training().withSeed(99)));
        LstmVolatilityModel foreign = other.fit(SERIES.slice(0, 600));
        assertEquals(f.fit(SERIES.slice(0, 650)), f.refit(SERIES.slice(0, 650), foreign));
    }

    @Test
    void update_refitsOnSchedule_fromItsOwnWeights() {
        var f = LstmForecasterTest.forecaster(LstmForecasterTest.small(1, 4).withWarmStart(2));
        LstmVolatilityModel start = f.fit(SERIES.slice(0, 650));
        LstmVolatilityModel before = start.update(SERIES.slice(0, 653));
        LstmVolatilityModel after4 = start.update(SERIES.slice(0, 654));
        assertEquals(f.refit(SERIES.slice(0, 654), before), after4);
        assertNotEquals(f.fit(SERIES.slice(0, 654)), after4);
        assertEquals(2, after4.training().trainLoss().size());
        assertEquals(0, after4.daysSinceRefit());
    }

    @Test
    void warmRefit_hasNoLookAhead() {
        var f = warm(2);
        LstmVolatilityModel previous = f.fit(SERIES.slice(0, 600));
        LstmVolatilityModel refitted = f.refit(SERIES.slice(0, 650), previous);
        assertEquals(refitted, f.refit(SERIES.truncatedTo(SERIES.date(649)), f.fit(SERIES.truncatedTo(SERIES.date(599)))),
                "the same prices up to each date give the same models, whatever follows");
    }

    @Test
    void modelFile_keepsTheWarmStart_andTheForecasterNamesIt() throws Exception {
        var f = warm(4);
        LstmVolatilityModel m = f.refit(SERIES.slice(0, 650), f.fit(SERIES.slice(0, 600)));
        var file = new LstmModelFile();
        Path p = tmp.resolve("W.model");
        file.write(m, p);
        LstmVolatilityModel loaded = file.read(p, Optional.empty(), KernelChoice.OJALGO);
        assertEquals(m, loaded);
        assertEquals(4, loaded.forecaster().config().warmStartEpochs());
        assertTrue(f.toString().contains("warmStartEpochs=4"), f.toString());
        assertTrue(!LstmForecasterTest.forecaster(LstmForecasterTest.small(0, 0)).toString().contains("warmStart"));
    }

    @Test
    void negativeWarmStartEpochs_areRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> LstmForecasterTest.small(0, 0).withWarmStart(-1));
        assertTrue(e.getMessage().contains("warm-start epochs"), e.getMessage());
    }

    private static double maxDifference(NetworkWeights a, NetworkWeights b) {
        double max = 0;
        for (int i = 0; i < a.tensors().size(); i++) {
            Tensor x = a.tensors().get(i);
            Tensor y = b.tensors().get(i);
            for (int j = 0; j < x.values().length; j++) {
                max = Math.max(max, Math.abs(x.values()[j] - y.values()[j]));
            }
        }
        return max;
    }

    @Test
    void calibratedFit_minimisesQlikeOnTheValidationSlice_andChangesOnlyTheMapFromOutputToForecast() {
        var plainConfig = LstmForecasterTest.small(0, 0);
        var plain = LstmForecasterTest.forecaster(plainConfig).fit(SERIES);
        var calibrated = LstmForecasterTest.forecaster(plainConfig.withCalibration(true)).fit(SERIES);
        assertEquals(plain.weights(), calibrated.weights(), "training is unchanged");
        assertEquals(plain.output(), calibrated.output(), 0.0);
        QlikeCalibration c = calibrated.targetScaling().calibration();
        assertNotEquals(QlikeCalibration.IDENTITY, c);
        assertEquals(Math.sqrt(plain.targetScaling().scale() * Math.exp(c.intercept() + c.slope() * plain.output())),
                calibrated.forecastVolatility(1), 1e-15);
        // independently: the validation slice's QLIKE is lowest at (a, b), against nearby points
        var samples = new TrainingSamples(plainConfig, SERIES, Optional.empty());
        int last = samples.lastCompleteSample();
        int first = samples.firstSample();
        int trainLast = last - (int) Math.floor((last - first + 1) * 0.2);
        double[] sigma = plain.frozenForecasts(SERIES, trainLast + 1);
        double best = validationQlike(samples, sigma, trainLast, last, plain.targetScaling().scale(), c.intercept(),
                c.slope());
        for (double da : new double[] {-0.01, 0, 0.01}) {
            for (double db : new double[] {-0.01, 0, 0.01}) {
                assertTrue(validationQlike(samples, sigma, trainLast, last, plain.targetScaling().scale(),
                        c.intercept() + da, c.slope() + db) >= best, da + ", " + db);
            }
        }
    }

    @Test
    void calibration_needsQlikeAndAValidationSlice() {
        var mse = LstmForecasterTest.small(0, 0);
        var e = assertThrows(IllegalArgumentException.class, () -> mse.withTraining(
                mse.training().withLoss(org.lstmrisk.lstm.Loss.mse())).withCalibration(true));
        assertTrue(e.getMessage().contains("QLIKE"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> mse.withTraining(
                mse.training().withValidationFraction(0)).withCalibration(true));
    }

    /** QLIKE of the recalibrated forecasts over validation samples trainLast+1 … last, from uncalibrated sigmas. */
    private static double validationQlike(TrainingSamples samples, double[] sigma, int trainLast, int last,
                                          double scale, double a, double b) {
        double sum = 0;
        for (int t = trainLast + 1; t <= last; t++) {
            double o = Math.log(sigma[t - trainLast - 1] * sigma[t - trainLast - 1] / scale);
            double forecast = scale * Math.exp(a + b * o);
            double realised = Math.max(samples.realised(t) * samples.realised(t), TargetScaling.MIN_VARIANCE);
            sum += realised / forecast + Math.log(forecast);
        }
        return sum;
    }
}
