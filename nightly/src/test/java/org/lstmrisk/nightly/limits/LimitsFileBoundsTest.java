package org.lstmrisk.nightly.limits;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.io.DataInputException;

/** A limits file that is not a regular file, or costs too much, is refused before it is parsed. */
class LimitsFileBoundsTest {

    @TempDir
    Path tmp;

    @Test
    void aDeviceIsNotReadAsALimitsFile() {
        if (Files.exists(Path.of("/dev/zero"))) {
            var z = assertThrows(DataInputException.class, () -> new LimitsFileReader().read(Path.of("/dev/zero")));
            assertTrue(z.getMessage().contains("not a regular file"), z.getMessage());
        }
    }

    @Test
    void aLimitsFileOverTheBoundIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("l.yaml"), "limits: []\n#" + "x".repeat(1 << 20) + "\n");
        var e = assertThrows(DataInputException.class, () -> new LimitsFileReader().read(file));
        assertTrue(e.getMessage().contains("at most 1048576"), e.getMessage());
    }
}
