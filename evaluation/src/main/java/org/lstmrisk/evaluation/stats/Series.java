package org.lstmrisk.evaluation.stats;

import java.util.Objects;

/** Argument checks and small sums over paired series, shared by the statistics of this package. */
final class Series {

    private Series() {
    }

    /** Checks that both arrays are non-null, of equal length at least {@code minimum}, and finite. */
    static void checkPair(String what, double[] a, double[] b, int minimum) {
        Objects.requireNonNull(a, what);
        Objects.requireNonNull(b, what);
        if (a.length != b.length) {
            throw new IllegalArgumentException(what + ": series have different lengths, " + a.length + " and "
                    + b.length);
        }
        if (a.length < minimum) {
            throw new IllegalArgumentException(what + " needs at least " + minimum + " observations, got " + a.length);
        }
        checkFinite(what, a);
        checkFinite(what, b);
    }

    /** Checks that the array is non-null, has at least {@code minimum} values, all finite. */
    static void checkSingle(String what, double[] a, int minimum) {
        Objects.requireNonNull(a, what);
        if (a.length < minimum) {
            throw new IllegalArgumentException(what + " needs at least " + minimum + " observations, got " + a.length);
        }
        checkFinite(what, a);
    }

    /** Checks that every value is finite. */
    static void checkFinite(String what, double[] a) {
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                throw new IllegalArgumentException(what + ": value at index " + i + " is not finite: " + a[i]);
            }
        }
    }

    /** Checks that every value is positive and finite. */
    static void checkPositive(String what, double[] a) {
        for (int i = 0; i < a.length; i++) {
            if (!(Double.isFinite(a[i]) && a[i] > 0)) {
                throw new IllegalArgumentException(what + " must be positive and finite, but index " + i + " is "
                        + a[i]);
            }
        }
    }

    static double mean(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return s / a.length;
    }
}
