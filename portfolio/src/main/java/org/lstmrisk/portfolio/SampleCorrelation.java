package org.lstmrisk.portfolio;

import org.ojalgo.matrix.store.R064Store;

/**
 * Pearson sample correlation of a window of returns, repaired to the nearest correlation matrix
 * (Higham 2002, {@link NearestCorrelation#DEFAULT}) when its smallest eigenvalue is below {@code -psdTolerance}.
 * This class is immutable and thread-safe.
 *
 * @param psdTolerance eigenvalues down to {@code -psdTolerance} count as zero (rounding), e.g. 1e-10; finite, ≥ 0
 */
public record SampleCorrelation(double psdTolerance) implements CorrelationEstimator {

    /** Tolerance 1e-10. */
    public static final SampleCorrelation DEFAULT = new SampleCorrelation(1e-10);

    /** The {@link CorrelationEstimate#repairMethod()} of a repaired estimate. */
    public static final String REPAIR_METHOD = "Higham (2002) alternating projections with Dykstra correction, eigenvalue floor";

    /** The {@code --correlation-estimator} name. */
    public static final String NAME = "sample";

    /** Validates the tolerance. */
    public SampleCorrelation {
        if (!Double.isFinite(psdTolerance) || psdTolerance < 0.0) {
            throw new IllegalArgumentException("psdTolerance must be finite and non-negative: " + psdTolerance);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Estimates the correlation of the columns of {@code returns} (rows are days, oldest first; daily log returns,
     * though any units give the same correlation).
     *
     * @throws IllegalArgumentException on fewer than 2 rows, no columns, ragged rows, non-finite values, or a column
     *                                  with zero variance (its correlation is undefined); the message names the column
     */
    @Override
    public CorrelationEstimate estimate(double[][] returns) {
        int days = validate(returns);
        int n = returns[0].length;
        // Demeaned returns X (days x n), then the cross-product XᵀX with ojAlgo.
        R064Store x = R064Store.FACTORY.make(days, n);
        for (int j = 0; j < n; j++) {
            double mean = 0.0;
            for (int t = 0; t < days; t++) {
                mean += returns[t][j];
            }
            mean /= days;
            double residualMean = 0.0; // second pass removes the rounding error of the first
            for (int t = 0; t < days; t++) {
                residualMean += returns[t][j] - mean;
            }
            mean += residualMean / days;
            for (int t = 0; t < days; t++) {
                x.set(t, j, returns[t][j] - mean);
            }
        }
        R064Store crossProduct = R064Store.FACTORY.make(n, n);
        crossProduct.fillByMultiplying(x.transpose(), x);
        double[] norm = new double[n];
        for (int j = 0; j < n; j++) {
            double sumOfSquares = crossProduct.doubleValue(j, j);
            if (!(sumOfSquares > 0.0)) {
                throw zeroVariance(j);
            }
            norm[j] = Math.sqrt(sumOfSquares);
        }
        double[][] rho = new double[n][n];
        for (int i = 0; i < n; i++) {
            rho[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                double v = crossProduct.doubleValue(i, j) / (norm[i] * norm[j]);
                v = Math.max(-1.0, Math.min(1.0, v));
                rho[i][j] = v;
                rho[j][i] = v;
            }
        }
        return fromSample(CorrelationMatrix.of(rho), days);
    }

    /** Checks the sample matrix for positive semi-definiteness and repairs it when needed. */
    CorrelationEstimate fromSample(CorrelationMatrix sample, int observations) {
        double minEigenvalue = sample.minEigenvalue();
        if (minEigenvalue >= -psdTolerance) {
            return new CorrelationEstimate(sample, observations, minEigenvalue, false, "none", 0.0);
        }
        double[][] sampleValues = sample.values();
        CorrelationMatrix repaired = NearestCorrelation.DEFAULT.repair(sampleValues);
        double distance = Matrices.frobeniusDistance(repaired.values(), sampleValues);
        return new CorrelationEstimate(repaired, observations, minEigenvalue, true, REPAIR_METHOD, distance);
    }

    /**
     * As the interface's, with the window's sums slid by one row a day ({@link RollingMoments}): O(n²) per day, no
     * eigenvalue. The sample correlation of a full window is a Gram matrix, PSD but for rounding, so it is not checked
     * or repaired day by day (the run's own estimate at the as-of date is).
     */
    @Override
    public double[] portfolioVolatilities(double[][] returns, int windowDays, int firstRow, double[][] volatilities,
                                          double[] weights) {
        return rollingPath(returns, windowDays, firstRow, volatilities, weights, false);
    }

    /** The rolling σp path of the sample correlation, or of its Ledoit–Wolf shrinkage when {@code shrink}. */
    static double[] rollingPath(double[][] returns, int windowDays, int firstRow, double[][] volatilities,
                                double[] weights, boolean shrink) {
        PathCheck.validate(returns, windowDays, firstRow, volatilities, weights);
        int n = weights.length;
        double[] out = new double[volatilities.length];
        if (out.length == 0) {
            return out;
        }
        RollingMoments moments = new RollingMoments(returns, windowDays, firstRow);
        double[] mean = new double[n];
        double[][] s = new double[n][n];
        double[] sd = new double[n];
        double[] u = new double[n];
        double[] v = new double[n];
        for (int k = 0; k < out.length; k++) {
            if (k > 0) {
                moments.advance();
            }
            moments.covariance(mean, s);
            double sumU = 0.0;
            double sumU2 = 0.0;
            for (int i = 0; i < n; i++) {
                if (!(s[i][i] > 0.0)) {
                    throw zeroVariance(i);
                }
                sd[i] = Math.sqrt(s[i][i]);
                u[i] = weights[i] * volatilities[k][i];
                v[i] = u[i] / sd[i];
                sumU += u[i];
                sumU2 += u[i] * u[i];
            }
            double offDiagonal = 0.0;
            for (int i = 0; i < n; i++) {
                double[] row = s[i];
                double partial = 0.0;
                for (int j = i + 1; j < n; j++) {
                    partial += row[j] * v[j];
                }
                offDiagonal += v[i] * partial;
            }
            double q = sumU2 + 2.0 * offDiagonal;
            if (shrink && n > 1) {
                ShrunkCorrelation.Fit fit = ShrunkCorrelation.fit(returns, moments.firstRow(), windowDays, mean, s);
                double delta = fit.intensity();
                double target = sumU2 + fit.targetCorrelation() * (sumU * sumU - sumU2);
                q = (1.0 - delta) * q + delta * target;
            }
            out[k] = Math.sqrt(Math.max(q, 0.0));
        }
        return out;
    }

    /** The mean of each column, with a second pass that removes the first one's rounding error. */
    static double[] columnMeans(double[][] returns) {
        int days = returns.length;
        int n = returns[0].length;
        double[] means = new double[n];
        for (int j = 0; j < n; j++) {
            double mean = 0.0;
            for (int t = 0; t < days; t++) {
                mean += returns[t][j];
            }
            mean /= days;
            double residualMean = 0.0;
            for (int t = 0; t < days; t++) {
                residualMean += returns[t][j] - mean;
            }
            means[j] = mean + residualMean / days;
        }
        return means;
    }

    /** Validates the window and returns its number of rows. */
    static int validate(double[][] returns) {
        if (returns == null) {
            throw new IllegalArgumentException("returns are null");
        }
        if (returns.length < 2) {
            throw new IllegalArgumentException("at least 2 days of returns are needed, got " + returns.length);
        }
        if (returns[0] == null || returns[0].length == 0) {
            throw new IllegalArgumentException("returns row 0 has no columns");
        }
        int n = returns[0].length;
        for (int t = 0; t < returns.length; t++) {
            if (returns[t] == null || returns[t].length != n) {
                throw new IllegalArgumentException("returns are ragged: row " + t + " has "
                        + (returns[t] == null ? "no" : String.valueOf(returns[t].length)) + " columns, row 0 has " + n);
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(returns[t][j])) {
                    throw new IllegalArgumentException("return at row " + t + ", column " + j + " is not finite: "
                            + returns[t][j]);
                }
            }
        }
        for (int j = 0; j < n; j++) {
            boolean constant = true;
            for (int t = 1; t < returns.length && constant; t++) {
                constant = returns[t][j] == returns[0][j];
            }
            if (constant) {
                throw zeroVariance(j);
            }
        }
        return returns.length;
    }

    static IllegalArgumentException zeroVariance(int column) {
        return new IllegalArgumentException("column " + column
                + " has zero variance in the window, so its correlation is undefined");
    }
}
