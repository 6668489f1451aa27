package org.lstmrisk.lstm.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.lstm.Loss;
import org.lstmrisk.lstm.kernel.KernelChoice;

/**
 * Seed ensembles: K networks trained alike from seeds S … S+K−1, whose log-variance outputs are averaged. Checked
 * against K one-network fits made separately (a second implementation: the geometric mean of their forecasts).
 */
class LstmEnsembleTest {

    private static final PriceSeries SERIES = LstmForecasterTest.SERIES;
    private static final LstmModelFile FILE = new LstmModelFile();

    @TempDir
    Path tmp;

    private static LstmVolatilityConfig single(int onlineSteps, int refitEvery) {
        return LstmForecasterTest.small(onlineSteps, refitEvery);
    }

    private static LstmForecaster seeded(LstmVolatilityConfig config, long seed) {
        return LstmForecasterTest.forecaster(config.withTraining(config.training().withSeed(seed)));
    }

    /** The geometric mean of the one-network forecasts seeded seed … seed + k − 1, each fitted on its own. */
    private static double geometricMeanOfSingles(LstmVolatilityConfig config, int k, PriceSeries history) {
        double logSum = 0;
        for (int j = 0; j < k; j++) {
            double sigma = seeded(config, config.training().seed() + j).fit(history).forecastVolatility(1);
            logSum += Math.log(sigma);
        }
        return Math.exp(logSum / k);
    }

    @Test
    void forecast_isTheGeometricMeanOfTheMembersFittedAlone() {
        LstmVolatilityConfig config = single(0, 0);
        PriceSeries history = SERIES.slice(0, 650);
        LstmVolatilityModel ensemble = LstmForecasterTest.forecaster(config.withEnsemble(3)).fit(history);
        double expected = geometricMeanOfSingles(config, 3, history);
        assertEquals(expected, ensemble.forecastVolatility(1), 1e-12 * expected);
        assertEquals(3, ensemble.members().size());
        LstmVolatilityModel alone = LstmForecasterTest.forecaster(config).fit(history);
        assertEquals(alone.weights(), ensemble.members().get(0), "member 0 is the one-network fit, to the bit");
        assertEquals(seeded(config, 9).fit(history).weights(), ensemble.members().get(2), "member 2 has seed 7 + 2");
        assertNotEquals(alone.forecastVolatility(1), ensemble.forecastVolatility(1));
    }

    @Test
    void update_movesEveryMember_andRefitsOnSchedule_likeTheMembersAlone() {
        // Online steps and a refit after 4 new days: each member must follow its own one-network path.
        LstmVolatilityConfig config = single(2, 4);
        LstmVolatilityModel ensemble = LstmForecasterTest.forecaster(config.withEnsemble(2)).fit(SERIES.slice(0, 650));
        for (int end : new int[] {652, 656}) {
            LstmVolatilityModel moved = ensemble.update(SERIES.slice(0, end));
            double logSum = 0;
            for (int j = 0; j < 2; j++) {
                LstmVolatilityModel alone = seeded(config, 7 + j).fit(SERIES.slice(0, 650)).update(SERIES.slice(0, end));
                assertEquals(alone.weights(), moved.members().get(j), "member " + j + " up to index " + end);
                logSum += Math.log(alone.forecastVolatility(1));
            }
            double expected = Math.exp(logSum / 2);
            assertEquals(expected, moved.forecastVolatility(1), 1e-12 * expected);
        }
        assertEquals(ensemble.update(SERIES.slice(0, 656)),
                ensemble.update(SERIES.slice(0, 652)).update(SERIES.slice(0, 656)), "several days at once = one by one");
    }

    @Test
    void frozenForecasts_areTheMeanOfTheMembers_andEqualTheModelsOwnForecastAtItsDate() {
        PriceSeries history = SERIES.slice(0, 650);
        LstmVolatilityModel ensemble = LstmForecasterTest.forecaster(single(0, 0).withEnsemble(3)).fit(history);
        double[] sigma = ensemble.frozenForecasts(history, 640);
        assertEquals(10, sigma.length);
        assertEquals(ensemble.forecastVolatility(1), sigma[9], 1e-15);
        assertEquals(ensemble.frozenAt(SERIES.slice(0, 645)).forecastVolatility(1), sigma[4], 1e-15);
    }

    @Test
    void warmRefit_startsEachMemberFromItsOwnWeights() {
        var config = single(0, 0).withWarmStart(1).withEnsemble(2);
        var f = LstmForecasterTest.forecaster(config);
        LstmVolatilityModel previous = f.fit(SERIES.slice(0, 600));
        LstmVolatilityModel refitted = f.refit(SERIES.slice(0, 650), previous);
        for (int j = 0; j < 2; j++) {
            var one = seeded(single(0, 0).withWarmStart(1), 7 + j);
            LstmVolatilityModel aloneBefore = one.fit(SERIES.slice(0, 600));
            assertEquals(one.refit(SERIES.slice(0, 650), aloneBefore).weights(), refitted.members().get(j));
        }
    }

    @Test
    void file_keepsEveryMember_andOneNetworkFilesStayInFormat3() throws Exception {
        LstmVolatilityModel ensemble = LstmForecasterTest.forecaster(single(1, 0).withEnsemble(3))
                .fit(SERIES.slice(0, 650)).update(SERIES.slice(0, 653));
        Path f = tmp.resolve("ENS.model");
        FILE.write(ensemble, f);
        assertEquals(4, Files.readAllBytes(f)[11], "an ensemble without a skip path is written in format 4");
        LstmVolatilityModel loaded = FILE.read(f, Optional.empty(), KernelChoice.OJALGO);
        assertEquals(ensemble, loaded);
        assertEquals(3, loaded.forecaster().config().ensembleSize());
        assertEquals(Double.doubleToRawLongBits(ensemble.forecastVolatility(1)),
                Double.doubleToRawLongBits(loaded.forecastVolatility(1)));
        var next = SERIES.slice(0, 660);
        assertEquals(ensemble.update(next), loaded.update(next));

        LstmVolatilityModel one = LstmForecasterTest.forecaster(single(0, 0)).fit(SERIES.slice(0, 650));
        byte[] bytes = FILE.toBytes(one);
        assertEquals(3, bytes[11], "a one-network model is written as earlier builds wrote it");
        assertTrue(one.forecaster().toString().startsWith("LstmForecaster[format=3,"));
        assertTrue(ensemble.forecaster().toString().contains(", ensemble=3"));
        assertArrayEquals(bytes, FILE.toBytes(FILE.fromBytes(f, bytes, Optional.empty(), KernelChoice.OJALGO)));
    }

    @Test
    void badEnsembles_areRefused_namingTheProblem() {
        var e = assertThrows(IllegalArgumentException.class, () -> single(0, 0).withEnsemble(0));
        assertTrue(e.getMessage().contains("ensemble"), e.getMessage());
        var mse = single(0, 0).withTraining(single(0, 0).training().withLoss(Loss.mse()));
        e = assertThrows(IllegalArgumentException.class, () -> mse.withEnsemble(2));
        assertTrue(e.getMessage().contains("QLIKE"), e.getMessage());
    }
}
