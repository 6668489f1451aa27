package org.lstmrisk.evaluation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.io.Fingerprints;

/**
 * The SHA-256 of one ticker's prices as a walk-forward read them: its name, dates, and open, high, low, close and
 * volume where present, to the bit. Two evaluations whose fingerprints of a ticker agree walked it forward over the
 * same prices. This class is stateless and thread-safe.
 */
final class PriceFingerprint {

    private PriceFingerprint() {
    }

    /** {@code sha256:} and 64 hex digits. */
    static String of(PriceSeries s) {
        Fingerprints.Sha256 digest = Fingerprints.sha256();
        digest.update(s.ticker().getBytes(StandardCharsets.UTF_8));
        ByteBuffer buf = ByteBuffer.allocate(8);
        for (int i = 0; i < s.size(); i++) {
            update(digest, buf, s.date(i).toEpochDay());
        }
        for (double[] column : new double[][] {s.open(), s.high(), s.low(), s.close(), s.volume()}) {
            update(digest, buf, column == null ? -1 : column.length);
            if (column != null) {
                for (double v : column) {
                    update(digest, buf, Double.doubleToLongBits(v));
                }
            }
        }
        return digest.fingerprint();
    }

    private static void update(Fingerprints.Sha256 digest, ByteBuffer buf, long v) {
        buf.clear();
        buf.putLong(v);
        digest.update(buf.array());
    }
}
