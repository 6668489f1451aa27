package org.lstmrisk.lstm.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.lstm.kernel.KernelChoice;

class LstmModelFileTest {

    private static final LstmModelFile FILE = new LstmModelFile();

    @TempDir
    Path tmp;

    private static LstmVolatilityModel model() {
        LstmVolatilityModel m = LstmForecasterTest.forecaster(LstmForecasterTest.small(2, 30))
                .fit(LstmForecasterTest.SERIES.slice(0, 650));
        return m.update(LstmForecasterTest.SERIES.slice(0, 655));
    }

    @Test
    void saveAndLoad_givesAnEqualModel_andBitIdenticalForecasts() throws Exception {
        LstmVolatilityModel m = model();
        Path f = tmp.resolve("SYN01.model");
        FILE.write(m, f);
        LstmVolatilityModel loaded = FILE.read(f, Optional.empty(), KernelChoice.OJALGO);
        assertEquals(m, loaded);
        assertEquals(Double.doubleToRawLongBits(m.forecastVolatility(1)),
                Double.doubleToRawLongBits(loaded.forecastVolatility(1)));
        var next = LstmForecasterTest.SERIES.slice(0, 660);
        assertEquals(m.update(next), loaded.update(next), "the loaded model learns on exactly as the saved one");
        assertArrayEquals(FILE.toBytes(m), Files.readAllBytes(f));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void saveAndLoad_keepsTheVarianceBaseline() throws Exception {
        var config = LstmForecasterTest.small(1, 0)
                .withVarianceBaseline(Optional.of(org.lstmrisk.core.features.Features.parse("ewma(0.94)")));
        LstmVolatilityModel m = LstmForecasterTest.forecaster(config).fit(LstmForecasterTest.SERIES.slice(0, 650));
        Path f = tmp.resolve("BASE.model");
        FILE.write(m, f);
        LstmVolatilityModel loaded = FILE.read(f, Optional.empty(), KernelChoice.OJALGO);
        assertEquals(m, loaded);
        assertEquals(config.varianceBaseline(), loaded.forecaster().config().varianceBaseline());
        assertEquals(Double.doubleToRawLongBits(m.forecastVolatility(1)),
                Double.doubleToRawLongBits(loaded.forecastVolatility(1)));
    }

    @Test
    void saveAndLoad_keepsTheSkipPath_inFormat5() throws Exception {
        var config = LstmForecasterTest.small(1, 0).withSkipDays(4).withEnsemble(2);
        LstmVolatilityModel m = LstmForecasterTest.forecaster(config).fit(LstmForecasterTest.SERIES.slice(0, 650));
        assertTrue(m.forecaster().toString().contains(", skipDays=4"), m.forecaster().toString());
        Path f = tmp.resolve("SKIP.model");
        FILE.write(m, f);
        assertEquals(5, Files.readAllBytes(f)[11]);
        LstmVolatilityModel loaded = FILE.read(f, Optional.empty(), KernelChoice.OJALGO);
        assertEquals(m, loaded);
        assertEquals(4, loaded.forecaster().config().skipDays());
        assertEquals(Double.doubleToRawLongBits(m.forecastVolatility(1)),
                Double.doubleToRawLongBits(loaded.forecastVolatility(1)));
        var next = LstmForecasterTest.SERIES.slice(0, 660);
        assertEquals(m.update(next), loaded.update(next));
    }

    @Test
    void load_refusesACorruptedFile_namingItAndTheReason() throws IOException {
        Path f = tmp.resolve("SYN01.model");
        byte[] bytes = FILE.toBytes(model());
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(f, bytes);
        var e = assertThrows(ModelFileException.class, () -> FILE.read(f, Optional.empty(), KernelChoice.OJALGO));
        assertTrue(e.getMessage().contains("SYN01.model") && e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void load_refusesANewerFormat() throws IOException {
        Path f = tmp.resolve("new.model");
        byte[] bytes = FILE.toBytes(model());
        bytes[11] = (byte) (LstmModelFile.FORMAT_VERSION + 1);
        Files.write(f, bytes);
        var e = assertThrows(ModelFileException.class, () -> FILE.read(f, Optional.empty(), KernelChoice.OJALGO));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void load_refusesTruncatedOrForeignFiles() throws IOException {
        Path cut = tmp.resolve("cut.model");
        byte[] bytes = FILE.toBytes(model());
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertThrows(ModelFileException.class, () -> FILE.read(cut, Optional.empty(), KernelChoice.OJALGO));
        Path foreign = tmp.resolve("x.model");
        Files.writeString(foreign, "ticker,weight\n");
        var e = assertThrows(ModelFileException.class, () -> FILE.read(foreign, Optional.empty(), KernelChoice.OJALGO));
        assertTrue(e.getMessage().contains("not an lstm-risk model file"), e.getMessage());
        assertThrows(ModelFileException.class, () -> FILE.read(tmp.resolve("none.model"), Optional.empty(),
                KernelChoice.OJALGO));
    }

    @Test
    void load_readsAFormat2File_asAModelWhoseRefitsStartColdWithoutRecalibration() throws Exception {
        LstmVolatilityModel m = model();
        byte[] v3 = FILE.toBytes(m);
        int content = v3.length - 32;
        int warmAt = warmStartOffset(m);
        // after the calibration: the two loss curves and three ints
        int calibrationAt = content - 12 - (4 + 8 * m.training().trainLoss().size())
                - (4 + 8 * m.training().validationLoss().size()) - 16;
        assertEquals(0, java.nio.ByteBuffer.wrap(v3, warmAt, 4).getInt(), "a cold model writes 0 epochs");
        assertEquals(0, v3[warmAt + 4], "and no calibration");
        assertEquals(0.0, java.nio.ByteBuffer.wrap(v3, calibrationAt, 8).getDouble());
        assertEquals(1.0, java.nio.ByteBuffer.wrap(v3, calibrationAt + 8, 8).getDouble());
        // Format 2 is format 3 without those fields, with its own checksum.
        var v2 = new java.io.ByteArrayOutputStream();
        v2.write(v3, 0, warmAt);
        v2.write(v3, warmAt + 5, calibrationAt - warmAt - 5);
        v2.write(v3, calibrationAt + 16, content - calibrationAt - 16);
        byte[] body = v2.toByteArray();
        body[11] = 2;
        byte[] file = java.util.Arrays.copyOf(body, body.length + 32);
        System.arraycopy(java.security.MessageDigest.getInstance("SHA-256").digest(body), 0, file, body.length, 32);
        Path f = tmp.resolve("v2.model");
        Files.write(f, file);
        LstmVolatilityModel loaded = FILE.read(f, Optional.empty(), KernelChoice.OJALGO);
        assertEquals(m, loaded);
        assertEquals(0, loaded.forecaster().config().warmStartEpochs());
        assertEquals(QlikeCalibration.IDENTITY, loaded.targetScaling().calibration());
    }

    /** The byte offset of the warm-start epochs in {@code m}'s format-3 file, from the layout the class documents. */
    private static int warmStartOffset(LstmVolatilityModel m) {
        var c = m.forecaster().config();
        var t = c.training();
        int at = 12 + utf(m.ticker()) + 8 + 8 + 4 + 8;
        at += utf(c.features().spec()) + 4 + 4 + 4 * c.recurrentSizes().size() + utf(c.cellType().name()) + 4;
        at += 4 + 4 + 8 * 7 + utf(LstmModelFile.lossSpec(t.loss())) + 8 + 4 + 8;
        at += utf(c.scaler().name()) + utf(c.targetEstimator().name()) + 4 * 4;
        return at + utf(c.varianceBaseline().map(b -> b.spec()).orElse(""));
    }

    private static int utf(String s) {
        return 2 + s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
