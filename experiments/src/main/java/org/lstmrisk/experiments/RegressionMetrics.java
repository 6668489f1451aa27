package org.lstmrisk.experiments;

/**
 * Point-forecast accuracy of predictions against actual values, in the unit of the values (index points for
 * the SSE experiment, normalised values for the S&amp;P 500 one). This class is immutable and thread-safe.
 *
 * @param observations number of prediction/actual pairs, at least 2
 * @param mae          mean absolute error
 * @param rmse         root mean squared error
 * @param rSquared     1 − SSE/SST, SST around the mean actual value (may be negative; NaN for a constant actual)
 * @param r            Pearson correlation of predicted and actual values (NaN when either is constant)
 */
public record RegressionMetrics(int observations, double mae, double rmse, double rSquared, double r) {

    /** Validates the count and the error figures. */
    public RegressionMetrics {
        if (observations < 2) {
            throw new IllegalArgumentException("need at least 2 observations, was " + observations);
        }
        if (!Double.isFinite(mae) || !Double.isFinite(rmse) || mae < 0 || rmse < 0) {
            throw new IllegalArgumentException("mae and rmse must be finite and non-negative, were " + mae + ", " + rmse);
        }
    }

    /**
     * The metrics of {@code predicted} against {@code actual}.
     *
     * @throws IllegalArgumentException when the lengths differ, there are fewer than 2 pairs or a value is not finite
     */
    public static RegressionMetrics of(double[] predicted, double[] actual) {
        if (predicted == null || actual == null || predicted.length != actual.length) {
            throw new IllegalArgumentException("predicted and actual must have the same length");
        }
        int n = actual.length;
        double meanP = 0;
        double meanA = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(predicted[i]) || !Double.isFinite(actual[i])) {
                throw new IllegalArgumentException("pair " + i + " is not finite: " + predicted[i] + ", " + actual[i]);
            }
            meanP += predicted[i];
            meanA += actual[i];
        }
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 pairs, was " + n);
        }
        meanP /= n;
        meanA /= n;
        double abs = 0;
        double sse = 0;
        double spa = 0;
        double spp = 0;
        double saa = 0;
        for (int i = 0; i < n; i++) {
            double e = predicted[i] - actual[i];
            abs += Math.abs(e);
            sse += e * e;
            spa += (predicted[i] - meanP) * (actual[i] - meanA);
            spp += (predicted[i] - meanP) * (predicted[i] - meanP);
            saa += (actual[i] - meanA) * (actual[i] - meanA);
        }
        double r2 = saa > 0 ? 1 - sse / saa : Double.NaN;
        double r = spp > 0 && saa > 0 ? spa / Math.sqrt(spp * saa) : Double.NaN;
        return new RegressionMetrics(n, abs / n, Math.sqrt(sse / n), r2, r);
    }
}
