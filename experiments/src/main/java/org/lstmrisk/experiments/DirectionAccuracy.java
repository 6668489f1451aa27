package org.lstmrisk.experiments;

/**
 * The share of steps on which a forecast moves in the same direction as the actual value: the sign of
 * predicted − reference equals the sign of actual − reference, where the reference is the value the change is
 * measured from (the last known actual value, or the previous predicted value of a fed-back sequence). A step
 * whose actual change is zero counts as a hit only when the predicted change is zero too. Stateless.
 */
public final class DirectionAccuracy {

    private DirectionAccuracy() {
    }

    /**
     * The hit rate (fraction in [0, 1]) of {@code predicted[i] − predictedFrom[i]} against
     * {@code actual[i] − actualFrom[i]}.
     */
    public static double of(double[] predictedFrom, double[] predicted, double[] actualFrom, double[] actual) {
        int n = predicted.length;
        if (n == 0 || predictedFrom.length != n || actualFrom.length != n || actual.length != n) {
            throw new IllegalArgumentException("need four arrays of one positive length");
        }
        int hits = 0;
        for (int i = 0; i < n; i++) {
            if (Math.signum(predicted[i] - predictedFrom[i]) == Math.signum(actual[i] - actualFrom[i])) {
                hits++;
            }
        }
        return hits / (double) n;
    }

    /** The hit rate when the change is measured from one reference for both: {@code of(from, p, from, a)}. */
    public static double of(double[] from, double[] predicted, double[] actual) {
        return of(from, predicted, from, actual);
    }

    /** The share of steps on which {@code actual[i] > from[i]}: the hit rate of always forecasting "up". */
    public static double upShare(double[] from, double[] actual) {
        if (from.length != actual.length || actual.length == 0) {
            throw new IllegalArgumentException("need two arrays of one positive length");
        }
        int up = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] > from[i]) {
                up++;
            }
        }
        return up / (double) actual.length;
    }
}
