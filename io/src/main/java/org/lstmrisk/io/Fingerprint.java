package org.lstmrisk.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code sha256:<hex>} over the input files in sorted file-name order: for each file its name (UTF-8), a zero
 * byte, its length as 8 bytes big-endian, then its bytes. The separators make the split between name and
 * content unambiguous.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(List<CsvTable> files) {
        List<CsvTable> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(t -> String.valueOf(t.file().getFileName())));
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        for (CsvTable t : sorted) {
            sha.update(String.valueOf(t.file().getFileName()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            long length = t.bytes().length;
            for (int shift = 56; shift >= 0; shift -= 8) {
                sha.update((byte) (length >>> shift));
            }
            sha.update(t.bytes());
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }
}
