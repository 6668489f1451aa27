package org.lstmrisk.portfolio;

import java.util.Arrays;

/**
 * The past a historical or fitted VaR method may look at, oldest day first, the last row being the as-of day (the
 * last day before the horizon starts). Units: daily log returns and daily volatility forecasts, as fractions.
 * <ul>
 * <li>{@code returns[day][asset]}: each stock's daily log return (never null; may have no rows);</li>
 * <li>{@code sigmaForecasts[day][asset]}: the daily volatility forecast made for that day before it began
 * (σ<sub>i,t|t−1</sub>), so that no forecast has seen its own day; same shape as {@code returns}; null when no
 * method that needs it is used;</li>
 * <li>{@code portfolioSigmaForecasts[day]}: the portfolio's daily volatility forecast for that day, with today's
 * weights (σ<sub>p,t|t−1</sub>); null when no method that needs it is used (see
 * {@link #withPortfolioSigmaForecasts}).</li>
 * </ul>
 * Cutting the history at the as-of date is the caller's job: a method reads only the trailing window it is
 * configured with. Arrays are copied in and out; equality is by value. This class is immutable and thread-safe.
 */
public record VarHistory(double[][] returns, double[][] sigmaForecasts, double[] portfolioSigmaForecasts) {

    /** No history: enough for the normal method. */
    public static final VarHistory NONE = new VarHistory(new double[0][], null, null);

    /** Validates rectangular, finite returns; forecasts, when given, of the same shape, finite and positive. */
    public VarHistory {
        if (returns == null) {
            throw new IllegalArgumentException("returns are null (use VarHistory.NONE for no history)");
        }
        returns = copyRectangular(returns, "returns", false);
        if (sigmaForecasts != null) {
            if (sigmaForecasts.length != returns.length) {
                throw new IllegalArgumentException("there are " + sigmaForecasts.length + " days of sigmaForecasts for "
                        + returns.length + " days of returns");
            }
            sigmaForecasts = copyRectangular(sigmaForecasts, "sigmaForecasts", true);
            if (returns.length > 0 && sigmaForecasts[0].length != returns[0].length) {
                throw new IllegalArgumentException("sigmaForecasts have " + sigmaForecasts[0].length
                        + " assets but returns have " + returns[0].length);
            }
        }
        if (portfolioSigmaForecasts != null) {
            if (portfolioSigmaForecasts.length != returns.length) {
                throw new IllegalArgumentException("there are " + portfolioSigmaForecasts.length
                        + " days of portfolioSigmaForecasts for " + returns.length + " days of returns");
            }
            portfolioSigmaForecasts = portfolioSigmaForecasts.clone();
            for (int t = 0; t < portfolioSigmaForecasts.length; t++) {
                double s = portfolioSigmaForecasts[t];
                if (!Double.isFinite(s) || s <= 0.0) {
                    throw new IllegalArgumentException("portfolioSigmaForecasts day " + t
                            + " must be finite and positive: " + s);
                }
            }
        }
    }

    /** Same as the constructor. */
    public static VarHistory of(double[][] returns, double[][] sigmaForecasts, double[] portfolioSigmaForecasts) {
        return new VarHistory(returns, sigmaForecasts, portfolioSigmaForecasts);
    }

    /**
     * The history {@code method} reads, cut from aligned daily series that end on the as-of day: row u of each
     * array is one day (oldest first, the last row the as-of day), {@code returns[u][asset]} its daily log returns,
     * {@code sigmaForecasts[u][asset]} the per-stock volatility forecasts made for day u before it began and
     * {@code portfolioSigmaForecasts[u]} the portfolio's, with NaN where no forecast was made (e.g. before the
     * forecasts start). Only the trailing {@link VarMethod#windowDays()} rows are read, and only the series the
     * method needs: none for {@code normal} ({@link #NONE}), returns for {@code historical}, returns and per-stock
     * forecasts for {@code fhs}, returns and portfolio forecasts for {@code student-t}. Evaluation and the nightly
     * run build their method's history with this one rule, so a VaR figure means the same in both.
     *
     * @param sigmaForecasts          may be null when the method does not need it
     * @param portfolioSigmaForecasts may be null when the method does not need it
     * @throws IllegalArgumentException when there are fewer rows than the window, or a forecast the method needs
     *                                  is missing or not positive in the window (the message says which and how
     *                                  many days there are)
     */
    public static VarHistory forMethod(VarMethod method, double[][] returns, double[][] sigmaForecasts,
                                       double[] portfolioSigmaForecasts) {
        if (method == null || returns == null) {
            throw new IllegalArgumentException("the method and the returns must not be null");
        }
        if (method instanceof NormalVar) {
            return NONE;
        }
        int window = method.windowDays();
        if (returns.length < window) {
            throw new IllegalArgumentException(method.name() + " needs " + window + " days of returns, got "
                    + returns.length);
        }
        int start = returns.length - window;
        double[][] r = Arrays.copyOfRange(returns, start, returns.length);
        if (method instanceof HistoricalVar) {
            return new VarHistory(r, null, null);
        }
        if (method instanceof FilteredHistoricalVar) {
            if (sigmaForecasts == null || sigmaForecasts.length != returns.length) {
                throw new IllegalArgumentException("fhs needs the volatility forecast made for each of its " + window
                        + " days");
            }
            double[][] f = Arrays.copyOfRange(sigmaForecasts, start, returns.length);
            for (int u = 0; u < window; u++) {
                for (int i = 0; i < f[u].length; i++) {
                    if (!(f[u][i] > 0.0) || !Double.isFinite(f[u][i])) {
                        throw new IllegalArgumentException("fhs needs a positive volatility forecast made for each of its "
                                + window + " days; day " + (u + 1) + " of the window, asset " + i + " has " + f[u][i]);
                    }
                }
            }
            return new VarHistory(r, f, null);
        }
        if (portfolioSigmaForecasts == null || portfolioSigmaForecasts.length != returns.length) {
            throw new IllegalArgumentException(method.name() + " needs the portfolio volatility forecast made for each "
                    + "of its " + window + " days");
        }
        double[] p = Arrays.copyOfRange(portfolioSigmaForecasts, start, returns.length);
        for (int u = 0; u < window; u++) {
            if (!(p[u] > 0.0) || !Double.isFinite(p[u])) {
                throw new IllegalArgumentException(method.name() + " needs a positive portfolio volatility forecast made "
                        + "for each of its " + window + " days; day " + (u + 1) + " of the window has " + p[u]);
            }
        }
        return new VarHistory(r, null, p);
    }

    /**
     * This history with {@code portfolioSigmaForecasts} computed from the per-stock forecasts as
     * σ<sub>p,t</sub> = √(wᵀ diag(σ<sub>t</sub>) ρ diag(σ<sub>t</sub>) w), with today's weights and one correlation
     * matrix for every day (an approximation when correlations move; pass the array to the constructor if you
     * have a better one).
     *
     * @throws IllegalArgumentException when there are no per-stock forecasts, the dimensions differ, or a day's
     *                                  portfolio variance is not positive
     */
    public VarHistory withPortfolioSigmaForecasts(double[] weights, CorrelationMatrix correlation) {
        if (sigmaForecasts == null) {
            throw new IllegalArgumentException("sigmaForecasts are null: the portfolio forecasts are built from them");
        }
        if (weights == null || correlation == null) {
            throw new IllegalArgumentException("weights and correlation must not be null");
        }
        int n = assets();
        if (days() > 0 && (weights.length != n || correlation.size() != n)) {
            throw new IllegalArgumentException("there are " + weights.length + " weights and a " + correlation.size()
                    + " x " + correlation.size() + " correlation for " + n + " assets");
        }
        double[] portfolio = new double[days()];
        for (int t = 0; t < portfolio.length; t++) {
            double variance = CovarianceMatrix.of(sigmaForecasts[t], correlation).quadraticForm(weights);
            if (!(variance > 0.0)) {
                throw new IllegalArgumentException("the portfolio variance forecast of day " + t + " is not positive: "
                        + variance);
            }
            portfolio[t] = Math.sqrt(variance);
        }
        return new VarHistory(returns, sigmaForecasts, portfolio);
    }

    /** Number of days (rows). */
    public int days() {
        return returns.length;
    }

    /** Number of assets (columns), or 0 when there are no days. */
    public int assets() {
        return returns.length == 0 ? 0 : returns[0].length;
    }

    /** The daily log returns, a deep copy. */
    @Override
    public double[][] returns() {
        return deepCopy(returns);
    }

    /** The per-stock daily volatility forecasts, a deep copy, or null. */
    @Override
    public double[][] sigmaForecasts() {
        return sigmaForecasts == null ? null : deepCopy(sigmaForecasts);
    }

    /** The portfolio daily volatility forecasts, a copy, or null. */
    @Override
    public double[] portfolioSigmaForecasts() {
        return portfolioSigmaForecasts == null ? null : portfolioSigmaForecasts.clone();
    }

    /** The returns without copying, for the methods of this package (which never modify them). */
    double[][] returnsView() {
        return returns;
    }

    /** The per-stock forecasts without copying, or null. */
    double[][] sigmaForecastsView() {
        return sigmaForecasts;
    }

    /** The portfolio forecasts without copying, or null. */
    double[] portfolioSigmaForecastsView() {
        return portfolioSigmaForecasts;
    }

    /** Equal when every component is equal by value. */
    @Override
    public boolean equals(Object other) {
        return other instanceof VarHistory that
                && Arrays.deepEquals(returns, that.returns)
                && Arrays.deepEquals(sigmaForecasts, that.sigmaForecasts)
                && Arrays.equals(portfolioSigmaForecasts, that.portfolioSigmaForecasts);
    }

    @Override
    public int hashCode() {
        int h = Arrays.deepHashCode(returns);
        h = 31 * h + Arrays.deepHashCode(sigmaForecasts);
        return 31 * h + Arrays.hashCode(portfolioSigmaForecasts);
    }

    @Override
    public String toString() {
        return "VarHistory[days=" + days() + ", assets=" + assets() + ", sigmaForecasts="
                + (sigmaForecasts != null) + ", portfolioSigmaForecasts=" + (portfolioSigmaForecasts != null) + "]";
    }

    private static double[][] copyRectangular(double[][] values, String name, boolean positive) {
        double[][] copy = new double[values.length][];
        for (int t = 0; t < values.length; t++) {
            double[] row = values[t];
            if (row == null || row.length == 0) {
                throw new IllegalArgumentException(name + " day " + t + " is null or empty");
            }
            if (row.length != values[0].length) {
                throw new IllegalArgumentException(name + " day " + t + " has " + row.length + " assets, day 0 has "
                        + values[0].length);
            }
            for (int i = 0; i < row.length; i++) {
                double v = row[i];
                if (!Double.isFinite(v) || (positive && v <= 0.0)) {
                    throw new IllegalArgumentException(name + " day " + t + " asset " + i + " must be finite"
                            + (positive ? " and positive" : "") + ": " + v);
                }
            }
            copy[t] = row.clone();
        }
        return copy;
    }

    private static double[][] deepCopy(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int t = 0; t < values.length; t++) {
            copy[t] = values[t].clone();
        }
        return copy;
    }
}
