package org.lstmrisk.lstm.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.features.Features;
import org.lstmrisk.core.features.Scaler;
import org.lstmrisk.core.features.ScalerKind;
import org.lstmrisk.core.simulation.SyntheticMarket;
import org.lstmrisk.core.volatility.GarmanKlassEstimator;
import org.lstmrisk.lstm.CellType;
import org.lstmrisk.lstm.Loss;
import org.lstmrisk.lstm.TrainingConfig;
import org.lstmrisk.lstm.kernel.KernelChoice;

class LstmForecasterTest {

    static final PriceHistory MARKET = new SyntheticMarket(2, 700, LocalDate.of(2020, 1, 1), 5L).generate();
    static final PriceSeries SERIES = MARKET.series().get(0);

    /** A small, quick configuration: window 10, one LSTM layer of 8, 3 epochs, QLIKE on Garman–Klass. */
    static LstmVolatilityConfig small(int onlineSteps, int refitEvery) {
        TrainingConfig t = TrainingConfig.defaults().withEpochs(3).withLoss(Loss.qlike()).withPatience(0)
                .withValidationFraction(0.2).withSeed(7);
        return new LstmVolatilityConfig(Features.parseList("vol(garman-klass,1),return"), 10, List.of(8), CellType.LSTM,
                0, t, ScalerKind.Z_SCORE, new GarmanKlassEstimator(), 1, 0, onlineSteps, refitEvery);
    }

    static LstmForecaster forecaster(LstmVolatilityConfig config) {
        return new LstmForecaster(config, Optional.empty(), KernelChoice.OJALGO);
    }

    @Test
    void fit_givesAPlausibleDailyVolatility_andRecordsTheTraining() {
        LstmVolatilityModel m = forecaster(small(2, 0)).fit(SERIES);
        double sigma = m.forecastVolatility(1);
        assertTrue(sigma > 0.003 && sigma < 0.08, "daily volatility " + sigma);
        assertEquals(SERIES.lastDate(), m.lastDate());
        assertEquals(3, m.training().trainLoss().size());
        assertEquals(3, m.training().validationLoss().size());
        assertThrows(IllegalArgumentException.class, () -> m.forecastVolatility(5), "trained for h = 1 only");
    }

    @Test
    void fit_hasNoLookAhead_laterPricesDoNotChangeTheModel() {
        assertNoLookAhead(small(2, 0));
    }

    @Test
    void fit_withTheOvernightTargetAndAnEwmaBaseline_hasNoLookAheadEither() {
        assertNoLookAhead(small(2, 0).withTarget(new org.lstmrisk.core.volatility.GarmanKlassYangZhangEstimator())
                .withVarianceBaseline(Optional.of(Features.parse("ewma(0.94)"))));
    }

    private static void assertNoLookAhead(LstmVolatilityConfig config) {
        LocalDate asOf = SERIES.date(500);
        var f = forecaster(config);
        LstmVolatilityModel fromLong = f.fit(SERIES.truncatedTo(asOf));
        LstmVolatilityModel fromShort = f.fit(SERIES.slice(0, 501));
        PriceSeries other = MARKET.series().get(1);
        // Same prices up to asOf, different ones after: splice the other ticker's later bars on.
        double[] c = SERIES.close();
        double[] oc = other.close();
        for (int i = 501; i < c.length; i++) {
            c[i] = c[500] * oc[i] / oc[500];
        }
        PriceSeries changedFuture = new PriceSeries(SERIES.ticker(), SERIES.dates(), scaled(SERIES.open(), c, SERIES),
                scaled(SERIES.high(), c, SERIES), scaled(SERIES.low(), c, SERIES), c, SERIES.volume());
        assertEquals(fromLong, fromShort);
        assertEquals(fromLong, f.fit(changedFuture.truncatedTo(asOf)));
        assertNotEquals(fromLong.update(SERIES), fromLong.update(changedFuture), "the later prices do differ");
    }

    /** Bars of the days whose close changed, rescaled so that the range keeps its ratio to the close. */
    private static double[] scaled(double[] bar, double[] newClose, PriceSeries original) {
        double[] out = bar.clone();
        for (int i = 0; i < out.length; i++) {
            if (newClose[i] != original.close(i)) {
                out[i] = bar[i] * newClose[i] / original.close(i);
            }
        }
        return out;
    }

    @Test
    void scalers_areFittedOnTheTrainingSliceOnly() {
        LstmVolatilityConfig config = small(0, 0);
        LstmVolatilityModel m = forecaster(config).fit(SERIES);
        var samples = new TrainingSamples(config, SERIES, Optional.empty());
        int last = samples.lastCompleteSample();
        int first = samples.firstSample();
        int trainLast = last - (int) Math.floor((last - first + 1) * 0.2);
        double[][] rows = config.features().compute(new org.lstmrisk.core.features.FeatureInputs(SERIES, Optional.empty()));
        Scaler expected = Scaler.fit(ScalerKind.Z_SCORE, rows, first - config.window() + 1, trainLast + 1);
        assertEquals(expected, m.featureScaler());
        double sum = 0;
        for (int t = first; t <= trainLast; t++) {
            double v = samples.realised(t);
            sum += Math.max(v * v, TargetScaling.MIN_VARIANCE);
        }
        assertEquals(sum / (trainLast - first + 1), m.targetScaling().scale(), 1e-18);
    }

    @Test
    void update_severalDaysAtOnce_equalsDayByDay() {
        var f = forecaster(small(3, 0));
        LstmVolatilityModel start = f.fit(SERIES.slice(0, 650));
        LstmVolatilityModel atOnce = start.update(SERIES.slice(0, 660));
        LstmVolatilityModel stepwise = start;
        for (int end = 651; end <= 660; end++) {
            stepwise = stepwise.update(SERIES.slice(0, end));
        }
        assertEquals(atOnce, stepwise);
        assertEquals(SERIES.date(659), atOnce.lastDate());
        assertEquals(10, atOnce.daysSinceRefit());
        assertNotEquals(start.weights(), atOnce.weights(), "online steps change the weights");
        assertEquals(start.featureScaler(), atOnce.featureScaler(), "scalers stay fixed between refits");
    }

    @Test
    void update_refitsOnSchedule_exactlyAsAFreshFit() {
        var f = forecaster(small(1, 4));
        LstmVolatilityModel start = f.fit(SERIES.slice(0, 650));
        LstmVolatilityModel after4 = start.update(SERIES.slice(0, 654));
        assertEquals(f.fit(SERIES.slice(0, 654)), after4);
        assertEquals(0, after4.daysSinceRefit());
        LstmVolatilityModel after5 = start.update(SERIES.slice(0, 655));
        assertEquals(1, after5.daysSinceRefit());
    }

    @Test
    void update_withoutNewDays_returnsTheSameModel_andRefusesAnotherHistory() {
        LstmVolatilityModel m = forecaster(small(1, 0)).fit(SERIES.slice(0, 600));
        assertSame(m, m.update(SERIES.slice(0, 600)));
        assertThrows(IllegalArgumentException.class, () -> m.update(MARKET.series().get(1)));
        double[] c = SERIES.close();
        c[599] *= 1.01;
        PriceSeries revised = PriceSeries.ofCloses(SERIES.ticker(), SERIES.dates(), c);
        assertThrows(IllegalArgumentException.class, () -> m.update(revised));
    }

    @Test
    void fit_refusesTooShortHistory_andMissingGdp() {
        var f = forecaster(small(1, 0));
        assertThrows(IllegalArgumentException.class, () -> f.fit(SERIES.slice(0, 60)));
        assertThrows(IllegalArgumentException.class, () -> new LstmForecaster(LstmVolatilityConfig.smallPreset(1),
                Optional.empty(), KernelChoice.OJALGO));
    }

    @Test
    void frozenForecasts_inOneBatch_equalTheFrozenModelDayByDay_andUseNoLaterData() {
        LstmVolatilityModel m = forecaster(small(2, 0)).fit(SERIES.slice(0, 650));
        double[] batch = m.frozenForecasts(SERIES.slice(0, 650), 600);
        assertEquals(50, batch.length);
        for (int day = 600; day < 650; day += 7) {
            assertEquals(m.frozenAt(SERIES.slice(0, day + 1)).forecastVolatility(1), batch[day - 600], 1e-15,
                    "day " + day);
        }
        assertEquals(m.forecastVolatility(1), batch[49], 1e-15, "the last window is the model's own forecast");
        assertEquals(batch[10], m.frozenForecasts(SERIES.slice(0, 611), 610)[0], 0.0, "later prices do not matter");
    }

    @Test
    void varianceBaseline_forecastIsTheBaselineTimesTheNetworksCorrection_withScalesFromTheTrainingSliceOnly() {
        LstmVolatilityConfig config = small(2, 0).withVarianceBaseline(Optional.of(Features.parse("ewma(0.94)")));
        PriceSeries history = SERIES.slice(0, 650);
        LstmVolatilityModel m = forecaster(config).fit(history);
        // independent pieces: the RiskMetrics forecast at the last close, and the network's raw output on today's window
        double ewma = org.lstmrisk.core.forecast.EwmaForecaster.RISKMETRICS.fit(history).forecastVolatility(1);
        var samples = new TrainingSamples(config, history, Optional.empty());
        double raw = new org.lstmrisk.lstm.Predictor(m.weights(), KernelChoice.OJALGO)
                .predict(samples.window(samples.lastDay(), m.featureScaler()));
        double expected = Math.sqrt(m.targetScaling().scale() * ewma * ewma * Math.exp(raw));
        assertEquals(expected, m.forecastVolatility(1), 1e-12 * expected);
        // scale: mean of realised variance / baseline variance over the training slice
        int last = samples.lastCompleteSample();
        int first = samples.firstSample();
        int trainLast = last - (int) Math.floor((last - first + 1) * 0.2);
        double sum = 0;
        for (int t = first; t <= trainLast; t++) {
            double b = org.lstmrisk.core.forecast.EwmaForecaster.RISKMETRICS.fit(history.slice(0, t + 1))
                    .forecastVolatility(1);
            sum += Math.max(samples.realised(t) * samples.realised(t), TargetScaling.MIN_VARIANCE) / (b * b);
        }
        assertEquals(sum / (trainLast - first + 1), m.targetScaling().scale(), 1e-12 * m.targetScaling().scale());
        // the nightly cycle and the batch replay use the same baseline
        LstmVolatilityModel next = m.update(SERIES.slice(0, 660));
        double[] batch = next.frozenForecasts(SERIES.slice(0, 660), 650);
        assertEquals(next.forecastVolatility(1), batch[batch.length - 1], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> config.withTraining(config.training().withLoss(Loss.mse())),
                "a baseline needs the log-variance output of QLIKE");
    }

    @Test
    void rnn_isTheSameForecasterWithAnotherCell() {
        var f = forecaster(small(0, 0).withCellType(CellType.RNN));
        assertEquals("rnn", f.name());
        double sigma = f.fit(SERIES).forecastVolatility(1);
        assertTrue(sigma > 0.003 && sigma < 0.08, "daily volatility " + sigma);
    }

    @Test
    void vectorAndOjAlgoKernels_giveTheSameForecastToRounding() {
        LstmVolatilityConfig config = small(1, 0);
        double a = new LstmForecaster(config, Optional.empty(), KernelChoice.OJALGO).fit(SERIES).forecastVolatility(1);
        double b = new LstmForecaster(config, Optional.empty(), KernelChoice.VECTOR).fit(SERIES).forecastVolatility(1);
        assertEquals(a, b, 1e-9 * a);
    }
}
