package org.lstmrisk.nightly.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.features.Features;
import org.lstmrisk.core.features.ScalerKind;
import org.lstmrisk.core.simulation.SyntheticMarket;
import org.lstmrisk.core.volatility.GarmanKlassEstimator;
import org.lstmrisk.lstm.CellType;
import org.lstmrisk.lstm.Loss;
import org.lstmrisk.lstm.TrainingConfig;
import org.lstmrisk.lstm.forecast.LstmForecaster;
import org.lstmrisk.lstm.forecast.LstmModelFile;
import org.lstmrisk.lstm.forecast.LstmVolatilityConfig;
import org.lstmrisk.lstm.forecast.LstmVolatilityModel;
import org.lstmrisk.lstm.kernel.KernelChoice;

/**
 * A fit read back from the checkpoint is the fit itself, byte for byte; any change of the inputs (a price, the
 * configuration) misses the checkpoint; a damaged checkpoint file is fitted again; {@code clear} removes it all.
 */
class FitCheckpointTest {

    private static final List<PriceSeries> SERIES = new SyntheticMarket(2, 400, LocalDate.of(2020, 1, 1), 11L)
            .generate().series();
    private static final LstmModelFile CODEC = new LstmModelFile();

    @TempDir
    Path tmp;

    private static LstmForecaster forecaster(int epochs) {
        TrainingConfig t = TrainingConfig.defaults().withEpochs(epochs).withLoss(Loss.qlike()).withPatience(0)
                .withValidationFraction(0.2).withSeed(7);
        var config = new LstmVolatilityConfig(Features.parseList("vol(garman-klass,1),return"), 10, List.of(6),
                CellType.LSTM, 0, t, ScalerKind.Z_SCORE, new GarmanKlassEstimator(), 1, 0, 0, 0);
        return new LstmForecaster(config, Optional.empty(), KernelChoice.OJALGO);
    }

    private FitCheckpoint checkpoint() {
        return new FitCheckpoint(new StateFolder(tmp), CODEC);
    }

    private static byte[] bytes(Object model) {
        return CODEC.toBytes((LstmVolatilityModel) model);
    }

    @Test
    void aFitReadBack_isByteIdenticalToAFreshFit_andIsNotFittedAgain() {
        LstmForecaster lstm = forecaster(2);
        PriceSeries a = SERIES.get(0);
        byte[] fresh = bytes(lstm.fit(a));

        FitCheckpoint interrupted = checkpoint();
        assertArrayEquals(fresh, bytes(interrupted.around(lstm).fit(a)), "a fit through the checkpoint is the fit");
        assertEquals(List.of(), interrupted.resumed());
        assertTrue(Files.isDirectory(tmp.resolve("checkpoint")));

        FitCheckpoint resumedRun = checkpoint();
        assertArrayEquals(fresh, bytes(resumedRun.around(lstm).fit(a)));
        assertEquals(List.of(a.ticker()), resumedRun.resumed(), "read back, not fitted");
        assertEquals(List.of(), resumedRun.unreadable());
    }

    @Test
    void changedPricesOrConfiguration_missTheCheckpoint() {
        PriceSeries a = SERIES.get(0);
        checkpoint().around(forecaster(2)).fit(a);

        FitCheckpoint otherEpochs = checkpoint();
        otherEpochs.around(forecaster(3)).fit(a);
        assertEquals(List.of(), otherEpochs.resumed(), "another configuration is another fit");

        double[] close = a.close();
        close[close.length / 2] *= 1.0001; // one revised price, long before the last date
        PriceSeries revised = new PriceSeries(a.ticker(), a.dates(), a.open(), a.high(), a.low(), close, a.volume());
        assertNotEquals(FitCheckpoint.key(forecaster(2), a), FitCheckpoint.key(forecaster(2), revised));
        FitCheckpoint afterRevision = checkpoint();
        afterRevision.around(forecaster(2)).fit(revised);
        assertEquals(List.of(), afterRevision.resumed(), "revised data is refitted");

        FitCheckpoint shorter = checkpoint();
        shorter.around(forecaster(2)).fit(a.truncatedTo(a.date(a.size() - 2)));
        assertEquals(List.of(), shorter.resumed(), "another as-of date is another fit");
        assertNotEquals(FitCheckpoint.key(forecaster(2), a), FitCheckpoint.key(forecaster(2), SERIES.get(1)));
    }

    @Test
    void aDamagedCheckpointFile_isFittedAgain_toTheSameBytes() throws IOException {
        LstmForecaster lstm = forecaster(2);
        PriceSeries a = SERIES.get(0);
        byte[] fresh = bytes(checkpoint().around(lstm).fit(a));
        Path file = onlyFile(tmp.resolve("checkpoint"));
        byte[] damaged = Files.readAllBytes(file);
        damaged[damaged.length / 2] ^= 0x01;
        Files.write(file, damaged);

        FitCheckpoint next = checkpoint();
        assertArrayEquals(fresh, bytes(next.around(lstm).fit(a)));
        assertEquals(List.of(a.ticker()), next.unreadable());
        assertEquals(List.of(), next.resumed());
        assertArrayEquals(fresh, Files.readAllBytes(file), "the refit replaced the damaged file");
    }

    @Test
    void clear_removesTheCheckpoint_andLeavesTheRestOfTheFolder() throws IOException {
        checkpoint().around(forecaster(2)).fit(SERIES.get(0));
        Files.writeString(tmp.resolve("keep.txt"), "x");
        checkpoint().clear();
        assertFalse(Files.exists(tmp.resolve("checkpoint")));
        assertTrue(Files.exists(tmp.resolve("keep.txt")));
        checkpoint().clear(); // nothing to clear is fine
    }

    private static Path onlyFile(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all::toString);
            return all.get(0);
        }
    }
}
