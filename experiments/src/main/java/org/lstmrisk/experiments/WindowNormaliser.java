package org.lstmrisk.experiments;

/**
 * The tutorial's window normalisation: every column of a window is divided by its value in the window's first
 * row, minus one (n_t = p_t / p_0 − 1), and back (p_t = p_0 · (n_t + 1)). Stateless.
 */
public final class WindowNormaliser {

    private WindowNormaliser() {
    }

    /**
     * Rows {@code from .. from+length−1} of {@code rows} (each row one value per column), normalised by row
     * {@code from}.
     *
     * @throws IllegalArgumentException when the window leaves the rows or a base value is zero or not finite
     */
    public static double[][] normalise(double[][] rows, int from, int length) {
        if (from < 0 || length < 1 || from + length > rows.length) {
            throw new IllegalArgumentException("window [" + from + ", " + (from + length) + ") outside [0, "
                    + rows.length + ")");
        }
        double[] base = rows[from];
        for (int j = 0; j < base.length; j++) {
            if (base[j] == 0 || !Double.isFinite(base[j])) {
                throw new IllegalArgumentException("row " + from + ", column " + j + " is " + base[j]
                        + "; cannot normalise a window by it");
            }
        }
        double[][] out = new double[length][base.length];
        for (int t = 0; t < length; t++) {
            for (int j = 0; j < base.length; j++) {
                out[t][j] = rows[from + t][j] / base[j] - 1;
            }
        }
        return out;
    }

    /** The value p_0 · (n + 1) of a normalised value {@code n} of a window whose base value is {@code base}. */
    public static double denormalise(double base, double normalised) {
        return base * (normalised + 1);
    }
}
