package org.lstmrisk.portfolio;

/**
 * The first and second moments of a window of {@code windowDays} consecutive rows of a returns matrix, slid one row
 * at a time: the sums Σx_i and Σx_i·x_j (upper triangle) are updated by adding the new row and removing the oldest,
 * O(n²) per step instead of O(n²·W) for recomputing. {@link #covariance} gives the window's covariance with divisor
 * W (the maximum-likelihood one of Ledoit and Wolf; the correlation does not depend on the divisor). Not
 * thread-safe: one path on one thread.
 */
final class RollingMoments {

    private final double[][] returns;
    private final int n;
    private final int windowDays;
    private final double[] sum;
    private final double[][] cross; // upper triangle, j >= i
    private int lastRow;

    /** The moments of the window of {@code windowDays} rows ending at {@code lastRow}. */
    RollingMoments(double[][] returns, int windowDays, int lastRow) {
        this.returns = returns;
        this.n = returns[0].length;
        this.windowDays = windowDays;
        this.sum = new double[n];
        this.cross = new double[n][n];
        for (int t = lastRow - windowDays + 1; t <= lastRow; t++) {
            add(returns[t], 1.0);
        }
        this.lastRow = lastRow;
    }

    /** Moves the window one row on. */
    void advance() {
        add(returns[lastRow - windowDays + 1], -1.0);
        lastRow++;
        add(returns[lastRow], 1.0);
    }

    private void add(double[] x, double sign) {
        for (int i = 0; i < n; i++) {
            double xi = sign * x[i];
            sum[i] += xi;
            double[] row = cross[i];
            for (int j = i; j < n; j++) {
                row[j] += xi * x[j];
            }
        }
    }

    /** The first row of the window. */
    int firstRow() {
        return lastRow - windowDays + 1;
    }

    int windowDays() {
        return windowDays;
    }

    /** The window's mean of each column into {@code mean}. */
    void means(double[] mean) {
        for (int i = 0; i < n; i++) {
            mean[i] = sum[i] / windowDays;
        }
    }

    /** The window's covariance (divisor W), upper triangle (j ≥ i), into {@code s}. */
    void covariance(double[] mean, double[][] s) {
        means(mean);
        for (int i = 0; i < n; i++) {
            double[] row = cross[i];
            double[] out = s[i];
            double mi = mean[i];
            for (int j = i; j < n; j++) {
                out[j] = row[j] / windowDays - mi * mean[j];
            }
        }
    }

    /** The returns matrix the window slides over. */
    double[][] returns() {
        return returns;
    }
}
