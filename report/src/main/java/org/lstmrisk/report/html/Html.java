package org.lstmrisk.report.html;

import java.util.Locale;

/** Escaping and number formatting for the page's text: fixed locale, so the page is the same on every machine. */
final class Html {

    private Html() {
    }

    /** {@code text} escaped for element content and double-quoted attribute values. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A fraction as a percentage with {@code decimals} decimals and a percent sign: 0.00595, 3 → {@code 0.595 %}. */
    static String percent(double fraction, int decimals) {
        return number(100 * fraction, decimals) + " %";
    }

    /** {@code x} with {@code decimals} decimals, in the root locale (a dot as decimal separator). */
    static String number(double x, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    /** A confidence level as a percentage without trailing zeros: 0.99 → {@code 99}, 0.975 → {@code 97.5}. */
    static String level(double level) {
        double p = 100 * level;
        double rounded = Math.rint(p * 1e6) / 1e6;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return java.math.BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }
}
