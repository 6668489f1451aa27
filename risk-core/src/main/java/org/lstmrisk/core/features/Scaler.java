package org.lstmrisk.core.features;

import java.util.Arrays;
import java.util.Objects;

/**
 * A per-column affine map x ↦ (x − shift) / scale, fitted on a training slice only (never on later data)
 * and saved with the model. A column that is constant on the slice gets scale 1. This class is immutable
 * and thread-safe.
 *
 * @param kind  min-max or z-score
 * @param shift per column: the slice's min (min-max) or mean (z-score)
 * @param scale per column: max − min, or the population sd
 */
public record Scaler(ScalerKind kind, double[] shift, double[] scale) {

    /** Validates equal lengths and finite values, positive scales. */
    public Scaler {
        Objects.requireNonNull(kind, "kind");
        if (shift.length != scale.length) {
            throw new IllegalArgumentException(shift.length + " shifts but " + scale.length + " scales");
        }
        for (int j = 0; j < shift.length; j++) {
            if (!Double.isFinite(shift[j]) || !(scale[j] > 0) || !Double.isFinite(scale[j])) {
                throw new IllegalArgumentException("column " + j + ": shift " + shift[j] + " and scale " + scale[j]
                        + " must be finite with a positive scale");
            }
        }
        shift = shift.clone();
        scale = scale.clone();
    }

    /**
     * Fits on rows {@code from} (inclusive) to {@code to} (exclusive) of {@code rows}, which must hold no NaN there.
     */
    public static Scaler fit(ScalerKind kind, double[][] rows, int from, int to) {
        if (to - from < 1) {
            throw new IllegalArgumentException("cannot fit a scaler on " + (to - from) + " rows");
        }
        int m = rows[from].length;
        double[] shift = new double[m];
        double[] scale = new double[m];
        for (int j = 0; j < m; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (int i = from; i < to; i++) {
                double x = rows[i][j];
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("row " + i + ", column " + j + " is " + x + "; cannot fit a scaler");
                }
                min = Math.min(min, x);
                max = Math.max(max, x);
                sum += x;
            }
            double mean = sum / (to - from);
            if (kind == ScalerKind.MIN_MAX) {
                shift[j] = min;
                scale[j] = max > min ? max - min : 1.0;
            } else {
                double ss = 0;
                for (int i = from; i < to; i++) {
                    double d = rows[i][j] - mean;
                    ss += d * d;
                }
                double sd = Math.sqrt(ss / (to - from));
                shift[j] = mean;
                scale[j] = sd > 0 ? sd : 1.0;
            }
        }
        return new Scaler(kind, shift, scale);
    }

    /** Fits a one-column scaler on {@code values[from..to)}. */
    public static Scaler fit(ScalerKind kind, double[] values, int from, int to) {
        double[][] rows = new double[values.length][];
        for (int i = from; i < to; i++) {
            rows[i] = new double[] {values[i]};
        }
        return fit(kind, rows, from, to);
    }

    /** Number of columns. */
    public int columns() {
        return shift.length;
    }

    /** Scales column {@code j}'s value {@code x}. */
    public double transform(int j, double x) {
        return (x - shift[j]) / scale[j];
    }

    /** Undoes {@link #transform} for column {@code j}. */
    public double inverse(int j, double y) {
        return y * scale[j] + shift[j];
    }

    @Override
    public double[] shift() {
        return shift.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scaler s && kind == s.kind && Arrays.equals(shift, s.shift) && Arrays.equals(scale, s.scale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, Arrays.hashCode(shift), Arrays.hashCode(scale));
    }

    @Override
    public String toString() {
        return "Scaler[" + kind + ", shift=" + Arrays.toString(shift) + ", scale=" + Arrays.toString(scale) + "]";
    }
}
