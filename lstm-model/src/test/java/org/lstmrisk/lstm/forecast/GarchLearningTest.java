package org.lstmrisk.lstm.forecast;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.features.Features;
import org.lstmrisk.core.features.ScalerKind;
import org.lstmrisk.core.simulation.Garch11Path;
import org.lstmrisk.core.simulation.Garch11Process;
import org.lstmrisk.core.volatility.CloseToCloseEstimator;
import org.lstmrisk.lstm.CellType;
import org.lstmrisk.lstm.Loss;
import org.lstmrisk.lstm.TrainingConfig;
import org.lstmrisk.lstm.kernel.KernelChoice;

/**
 * The LSTM learns volatility: on a simulated GARCH(1,1) series, whose true conditional volatility is known,
 * its out-of-sample QLIKE comes close to that of the true volatility and clearly beats a constant forecast.
 */
class GarchLearningTest {

    private static double qlike(double forecastVariance, double realisedVariance) {
        double ratio = realisedVariance / forecastVariance;
        return ratio - Math.log(ratio) - 1;
    }

    @Test
    void lstm_onGarch11_approachesTheTrueVolatilityOutOfSample() {
        int trainDays = 3000;
        int testDays = 1000;
        Garch11Path path = new Garch11Process(2e-6, 0.10, 0.88).simulate(trainDays + testDays + 1, 11L);
        double[] r = path.returns();
        double[] sigma = path.conditionalVolatility();
        List<LocalDate> dates = new ArrayList<>();
        double[] close = new double[r.length + 1];
        close[0] = 100;
        dates.add(LocalDate.of(2000, 1, 3));
        for (int i = 0; i < r.length; i++) {
            close[i + 1] = close[i] * Math.exp(r[i]);
            dates.add(dates.get(i).plusDays(1));
        }
        PriceSeries series = PriceSeries.ofCloses("GARCH", dates, close);

        TrainingConfig training = TrainingConfig.defaults().withEpochs(12).withLoss(Loss.qlike()).withPatience(4)
                .withValidationFraction(0.15).withSeed(3).withLearningRate(3e-3);
        var config = new LstmVolatilityConfig(Features.parseList("return"), 30, List.of(16), CellType.LSTM, 0,
                training, ScalerKind.Z_SCORE, new CloseToCloseEstimator(), 1, 0, 0, 0);
        var forecaster = new LstmForecaster(config, Optional.empty(), KernelChoice.fromSystemProperty());
        LstmVolatilityModel model = forecaster.fit(series.slice(0, trainDays + 1));

        // Out of sample: the forecast made at the close of day t (price index t) for the return into t+1.
        double trainVariance = 0;
        for (int i = 0; i < trainDays; i++) {
            trainVariance += r[i] * r[i];
        }
        trainVariance /= trainDays;
        double lossModel = 0;
        double lossTrue = 0;
        double lossConstant = 0;
        for (int t = trainDays; t < trainDays + testDays; t++) {
            if (t > trainDays) {
                model = model.update(series.slice(0, t + 1));
            }
            double realised = Math.max(r[t] * r[t], TargetScaling.MIN_VARIANCE);
            double f = model.forecastVolatility(1);
            lossModel += qlike(f * f, realised);
            lossTrue += qlike(sigma[t] * sigma[t], realised);
            lossConstant += qlike(trainVariance, realised);
        }
        lossModel /= testDays;
        lossTrue /= testDays;
        lossConstant /= testDays;
        String figures = String.format("QLIKE true %.4f, LSTM %.4f, constant %.4f", lossTrue, lossModel, lossConstant);
        assertTrue(lossModel < lossConstant - 0.5 * (lossConstant - lossTrue) , "LSTM closes over half the gap: " + figures);
        assertTrue(lossModel - lossTrue < 0.05, "LSTM close to the truth: " + figures);
        System.out.println("GarchLearningTest: " + figures);
    }
}
