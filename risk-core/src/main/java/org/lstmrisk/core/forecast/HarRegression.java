package org.lstmrisk.core.forecast;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Least-squares estimation of the HAR-RV coefficients (commons-math3 {@link OLSMultipleLinearRegression}, QR
 * decomposition) from a series of daily realised variances RV_0 … RV_{n−1} (squared fractions). The regression rows
 * are t = 21 … n − 2: RV_{t+1} on 1, RV_t, mean(RV_{t−4..t}) and mean(RV_{t−21..t}).
 */
public final class HarRegression {

    /** Days in the weekly regressor. */
    public static final int WEEK = 5;
    /** Days in the monthly regressor, and the number of past daily variances a forecast needs. */
    public static final int MONTH = 22;
    /** The fewest regression rows accepted. */
    public static final int MINIMUM_ROWS = 100;

    private HarRegression() {
    }

    /**
     * The OLS coefficients on {@code dailyVariance}.
     *
     * @throws IllegalArgumentException when there are fewer than {@value #MINIMUM_ROWS} rows (n &lt; 122), a value is
     *                                  negative or not finite, or the regressors are collinear
     */
    public static HarCoefficients estimate(double[] dailyVariance) {
        Objects.requireNonNull(dailyVariance, "dailyVariance");
        int rows = dailyVariance.length - MONTH;
        if (rows < MINIMUM_ROWS) {
            throw new IllegalArgumentException("HAR needs at least " + (MINIMUM_ROWS + MONTH)
                    + " daily realised variances, got " + dailyVariance.length);
        }
        for (int i = 0; i < dailyVariance.length; i++) {
            if (!(Double.isFinite(dailyVariance[i]) && dailyVariance[i] >= 0)) {
                throw new IllegalArgumentException("daily realised variance " + i
                        + " must be finite and non-negative, was " + dailyVariance[i]);
            }
        }
        if (Arrays.stream(dailyVariance).distinct().count() < 2) {
            throw new IllegalArgumentException("HAR needs daily realised variances that are not all equal, all were "
                    + dailyVariance[0]);
        }
        double[] y = new double[rows];
        double[][] x = new double[rows][];
        for (int t = MONTH - 1, row = 0; t <= dailyVariance.length - 2; t++, row++) {
            x[row] = regressors(dailyVariance, t);
            y[row] = dailyVariance[t + 1];
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] b;
        try {
            b = ols.estimateRegressionParameters();
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            throw new IllegalArgumentException("HAR regressors are collinear (constant realised variance?)", e);
        }
        return new HarCoefficients(b[0], b[1], b[2], b[3]);
    }

    /** RV_t, the 5-day and the 22-day mean of the daily variances ending at index t (inclusive). */
    static double[] regressors(double[] rv, int t) {
        return new double[] {rv[t], mean(rv, t - WEEK + 1, t), mean(rv, t - MONTH + 1, t)};
    }

    private static double mean(double[] a, int from, int to) {
        double s = 0;
        for (int i = from; i <= to; i++) {
            s += a[i];
        }
        return s / (to - from + 1);
    }
}
