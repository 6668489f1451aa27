package org.lstmrisk.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 fingerprints written as {@code sha256:<64 hex digits>}, the form of report.json's data fingerprint, and
 * the one place this application computes SHA-256 (the LSTM model file's own checksum, in {@code lstm-model}
 * below this module, aside).
 */
public final class Fingerprints {

    private static final String PREFIX = "sha256:";

    private Fingerprints() {
    }

    /** The fingerprint of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        return sha256().update(bytes).fingerprint();
    }

    /** The fingerprint of {@code text} as UTF-8. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The raw 32-byte SHA-256 digest of {@code bytes} (e.g. for a base64 content-security-policy hash). */
    public static byte[] digest(byte[] bytes) {
        return newDigest().digest(bytes);
    }

    /** An empty SHA-256 to feed piece by piece; the fingerprint of the concatenation of what it was fed. */
    public static Sha256 sha256() {
        return new Sha256(newDigest());
    }

    /**
     * The fingerprint of input files, in sorted file-name order: for each file its name (UTF-8), a zero byte,
     * its length as 8 bytes big-endian, then its bytes. The separators make the split between name and content
     * unambiguous.
     */
    static String ofFiles(List<FileBytes> files) {
        List<FileBytes> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(t -> String.valueOf(t.file().getFileName())));
        Sha256 sha = sha256();
        for (FileBytes t : sorted) {
            sha.update(String.valueOf(t.file().getFileName()).getBytes(StandardCharsets.UTF_8));
            sha.update(new byte[] {0});
            long length = t.bytes().length;
            byte[] big = new byte[8];
            for (int i = 0; i < 8; i++) {
                big[i] = (byte) (length >>> (56 - 8 * i));
            }
            sha.update(big);
            sha.update(t.bytes());
        }
        return sha.fingerprint();
    }

    /** The first {@code n} hex digits, for tables on a terminal (e.g. {@code 3fa2c91b}); "-" for null. */
    public static String shortForm(String fingerprint, int n) {
        if (fingerprint == null) {
            return "-";
        }
        String hex = fingerprint.startsWith(PREFIX) ? fingerprint.substring(PREFIX.length()) : fingerprint;
        return hex.substring(0, Math.min(n, hex.length()));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A SHA-256 being fed. Not thread-safe: one per fingerprint, used by one thread. */
    public static final class Sha256 {

        private final MessageDigest digest;

        private Sha256(MessageDigest digest) {
            this.digest = digest;
        }

        /** Feeds {@code bytes}; returns this. */
        public Sha256 update(byte[] bytes) {
            digest.update(bytes);
            return this;
        }

        /** {@code sha256:<hex>} of everything fed; the digest is then reset. */
        public String fingerprint() {
            return PREFIX + HexFormat.of().formatHex(digest.digest());
        }
    }
}
