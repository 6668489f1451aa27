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
}
