package org.lstmrisk.report.html;

import java.util.Locale;

/** Number formatting for the page's text (escaping is {@link HtmlText}'s): fixed locale, so the page is the same on every machine. */
final class Html {

    private Html() {
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
