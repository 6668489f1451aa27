package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** SHA-256 fingerprints against the FIPS 180-2 test vector, fed at once or piece by piece. */
class FingerprintsTest {

    private static final String ABC = "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void sha256_ofAbc_isTheStandardVector() {
        assertEquals(ABC, Fingerprints.sha256("abc"));
        assertEquals(ABC, Fingerprints.sha256("abc".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ABC.substring("sha256:".length()),
                HexFormat.of().formatHex(Fingerprints.digest("abc".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void sha256_fedPieceByPiece_isTheFingerprintOfTheConcatenation() {
        assertEquals(ABC, Fingerprints.sha256().update(new byte[] {'a'}).update(new byte[] {'b', 'c'}).fingerprint());
    }

    @Test
    void shortForm_dropsThePrefix() {
        assertEquals("ba7816bf", Fingerprints.shortForm(ABC, 8));
        assertEquals("-", Fingerprints.shortForm(null, 8));
    }
}
