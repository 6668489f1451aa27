package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are not files or cost too much are refused before they are read. */
class InputBoundsTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderOrADeviceIsNotReadAsAFile() throws Exception {
        var e = assertThrows(DataInputException.class, () -> new WeightsReader().read(tmp));
        assertTrue(e.getMessage().contains("not a regular file (a folder)"), e.getMessage());
        if (Files.exists(Path.of("/dev/zero"))) {
            var z = assertThrows(DataInputException.class, () -> new WeightsReader().read(Path.of("/dev/zero")));
            assertTrue(z.getMessage().contains("not a regular file"), z.getMessage());
        }
    }

    @Test
    void aLongCellIsRefusedWithItsLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("w.csv"), "ticker,weight\nAAPL,0.5\nMSFT," + "5".repeat(4001) + "\n");
        var e = assertThrows(DataInputException.class, () -> new WeightsReader().read(file));
        assertTrue(e.getMessage().startsWith(file + ", line 3: field 2 is longer than 4000 characters"), e.getMessage());
        Path fits = Files.writeString(tmp.resolve("ok.csv"), "ticker,weight\nAAPL," + "0".repeat(3990) + "1\n");
        new WeightsReader().read(fits);
    }
}
