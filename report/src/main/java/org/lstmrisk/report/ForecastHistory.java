package org.lstmrisk.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the run's model forecast over the last year, day by day, against what was realised: per position and for
 * the portfolio. Every forecast of day t uses data up to the close of t only; the realised side of day t covers
 * t+1 … t+h and is {@code NaN} for the last h days (their horizon is not complete at the as-of date). All figures
 * are daily volatilities (fractions). This class is immutable and thread-safe: arrays are copied in and out.
 *
 * @param model                     the forecaster's name
 * @param horizonDays               h
 * @param dates                     the days of the history, oldest first, ending at the as-of date
 * @param tickers                   the positions, in report order
 * @param forecasts                 [position][day]: the forecast daily volatility for t+1 … t+h made at the close of t
 * @param realised                  [position][day]: the close-to-close realised daily volatility over t+1 … t+h, or NaN
 * @param portfolioForecast         [day]: σp from that day's forecasts and the correlation of the window ending that day
 * @param portfolioRealised         [day]: the realised daily volatility of the portfolio's return (weighted sum of
 *                                  log returns, the run's weights) over t+1 … t+h, or NaN
 * @param portfolioTrailingRealised [day]: the realised daily volatility of the portfolio's return over the
 *                                  {@code trailingDays} days ending at t (a smooth, backward-looking measure)
 * @param trailingDays              the window of {@code portfolioTrailingRealised}
 */
public record ForecastHistory(String model, int horizonDays, List<LocalDate> dates, List<String> tickers,
                              double[][] forecasts, double[][] realised, double[] portfolioForecast,
                              double[] portfolioRealised, double[] portfolioTrailingRealised, int trailingDays) {

    /** Validates that every series has one value per day and one row per ticker, and copies. */
    public ForecastHistory {
        Objects.requireNonNull(model, "model");
        dates = List.copyOf(dates);
        tickers = List.copyOf(tickers);
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 day, was " + horizonDays);
        }
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("a forecast history needs at least one day");
        }
        if (trailingDays < 1) {
            throw new IllegalArgumentException("trailing window must be at least 1 day, was " + trailingDays);
        }
        int n = dates.size();
        forecasts = matrix("forecasts", forecasts, tickers.size(), n);
        realised = matrix("realised", realised, tickers.size(), n);
        portfolioForecast = vector("portfolioForecast", portfolioForecast, n);
        portfolioRealised = vector("portfolioRealised", portfolioRealised, n);
        portfolioTrailingRealised = vector("portfolioTrailingRealised", portfolioTrailingRealised, n);
    }

    private static double[][] matrix(String name, double[][] m, int rows, int columns) {
        if (m.length != rows) {
            throw new IllegalArgumentException(name + " has " + m.length + " rows for " + rows + " tickers");
        }
        double[][] copy = new double[rows][];
        for (int i = 0; i < rows; i++) {
            copy[i] = vector(name + "[" + i + "]", m[i], columns);
        }
        return copy;
    }

    private static double[] vector(String name, double[] v, int length) {
        if (v.length != length) {
            throw new IllegalArgumentException(name + " has " + v.length + " values for " + length + " days");
        }
        return v.clone();
    }

    /** The number of days. */
    public int size() {
        return dates.size();
    }

    /** The forecasts of position {@code i} (daily volatility, fraction), one per day. */
    public double[] forecast(int i) {
        return forecasts[i].clone();
    }

    /** The realised volatility of position {@code i} over each day's horizon, NaN where not yet complete. */
    public double[] realised(int i) {
        return realised[i].clone();
    }

    @Override
    public double[][] forecasts() {
        return deepCopy(forecasts);
    }

    @Override
    public double[][] realised() {
        return deepCopy(realised);
    }

    @Override
    public double[] portfolioForecast() {
        return portfolioForecast.clone();
    }

    @Override
    public double[] portfolioRealised() {
        return portfolioRealised.clone();
    }

    @Override
    public double[] portfolioTrailingRealised() {
        return portfolioTrailingRealised.clone();
    }

    /** Equal when every field and every value is equal (arrays compared by content). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ForecastHistory h && model.equals(h.model) && horizonDays == h.horizonDays
                && trailingDays == h.trailingDays && dates.equals(h.dates) && tickers.equals(h.tickers)
                && java.util.Arrays.deepEquals(forecasts, h.forecasts) && java.util.Arrays.deepEquals(realised, h.realised)
                && java.util.Arrays.equals(portfolioForecast, h.portfolioForecast)
                && java.util.Arrays.equals(portfolioRealised, h.portfolioRealised)
                && java.util.Arrays.equals(portfolioTrailingRealised, h.portfolioTrailingRealised);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(model, horizonDays, dates, tickers, java.util.Arrays.deepHashCode(forecasts),
                java.util.Arrays.hashCode(portfolioForecast));
    }

    @Override
    public String toString() {
        return "ForecastHistory[" + model + ", " + tickers.size() + " positions, " + dates.get(0) + ".."
                + dates.get(dates.size() - 1) + "]";
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i].clone();
        }
        return copy;
    }
}
