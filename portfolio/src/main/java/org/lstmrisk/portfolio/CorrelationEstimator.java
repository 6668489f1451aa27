package org.lstmrisk.portfolio;

/**
 * Estimates the correlation of a window of daily returns ({@link SampleCorrelation}, {@link ShrunkCorrelation},
 * {@link FactorCorrelation}), and the portfolio volatility along a path of such windows. Implementations are
 * immutable and thread-safe.
 */
public interface CorrelationEstimator {

    /** The estimator's name as the command line and report.json spell it: sample, shrinkage or factor. */
    String name();

    /**
     * Estimates the correlation of the columns of {@code returns} (rows are days, oldest first; any units).
     *
     * @throws IllegalArgumentException on fewer than 2 rows, no columns, ragged rows, non-finite values, or a column
     *                                  with zero variance; the message names the column
     */
    CorrelationEstimate estimate(double[][] returns);

    /**
     * The daily portfolio volatility σp,k = √(u_kᵀ ρ_k u_k), u_k,i = w_i σ_k,i, for each day k of a path, where ρ_k is
     * this estimator's correlation of the {@code windowDays} rows of {@code returns} ending at row
     * {@code firstRow + k}. The matrix is not checked for positive semi-definiteness day by day (each estimator's
     * matrix is PSD by construction, up to rounding: the sample correlation of a full window is a Gram matrix); a
     * rounding-negative u ᵀρu gives 0. This default estimates every window ({@link #estimate}); the sample and
     * shrinkage estimators override it with an O(n²)-per-day rolling update.
     *
     * @param returns      daily returns, rows are days (oldest first), one column per position
     * @param windowDays   W, the rows in each window (≥ 2)
     * @param firstRow     the row of the path's first day (≥ W − 1)
     * @param volatilities [day][position] daily volatility forecasts (fractions), one row per day of the path
     * @param weights      one weight per position (fractions of portfolio value)
     * @return σp per day (daily, fraction)
     */
    default double[] portfolioVolatilities(double[][] returns, int windowDays, int firstRow, double[][] volatilities,
                                           double[] weights) {
        PathCheck.validate(returns, windowDays, firstRow, volatilities, weights);
        double[] out = new double[volatilities.length];
        for (int k = 0; k < out.length; k++) {
            int end = firstRow + k + 1;
            double[][] window = java.util.Arrays.copyOfRange(returns, end - windowDays, end);
            CorrelationMatrix rho = estimate(window).matrix();
            double[] u = new double[weights.length];
            for (int i = 0; i < u.length; i++) {
                u[i] = weights[i] * volatilities[k][i];
            }
            double q = 0.0;
            for (int i = 0; i < u.length; i++) {
                double row = 0.0;
                for (int j = 0; j < u.length; j++) {
                    row += rho.get(i, j) * u[j];
                }
                q += u[i] * row;
            }
            out[k] = Math.sqrt(Math.max(q, 0.0));
        }
        return out;
    }
}
