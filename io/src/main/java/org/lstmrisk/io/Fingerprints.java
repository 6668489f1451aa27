package org.lstmrisk.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints written as {@code sha256:<64 hex digits>}, the form of report.json's data fingerprint. */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** The fingerprint of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The fingerprint of {@code text} as UTF-8. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first {@code n} hex digits, for tables on a terminal (e.g. {@code 3fa2c91b}); "-" for null. */
    public static String shortForm(String fingerprint, int n) {
        if (fingerprint == null) {
            return "-";
        }
        String hex = fingerprint.startsWith("sha256:") ? fingerprint.substring("sha256:".length()) : fingerprint;
        return hex.substring(0, Math.min(n, hex.length()));
    }
}
