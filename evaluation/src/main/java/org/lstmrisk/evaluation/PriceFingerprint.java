package org.lstmrisk.evaluation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.lstmrisk.core.PriceSeries;

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
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, ByteBuffer buf, long v) {
        buf.clear();
        buf.putLong(v);
        digest.update(buf.array());
    }
}
