package org.lstmrisk.evaluation;

import java.util.Locale;

/** Number formatting shared by the writers: full precision for machines, fixed formats for people. */
final class Numbers {

    private Numbers() {
    }

    /** Shortest text that reads back to the same double; empty for NaN or infinity. */
    static String exact(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    /** {@code v} with {@code decimals} decimals, or an en dash for NaN. */
    static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "–";
    }

    /** {@code v} × 100 with {@code decimals} decimals (a fraction shown as percent), or an en dash. */
    static String percent(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", 100 * v) : "–";
    }

    /** Scientific notation with 3 significant digits, e.g. {@code 1.23e-08}. */
    static String scientific(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3e", v) : "–";
    }

    /** A p-value: 4 decimals, or {@code <0.0001}. */
    static String pValue(double p) {
        if (!Double.isFinite(p)) {
            return "–";
        }
        return p < 1e-4 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}
