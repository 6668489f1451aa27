package org.lstmrisk.core.forecast;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Walk-forward forecasts of one ticker aligned with their realised targets: element i is the forecast made at the
 * close of {@code asOfDates.get(i)} for the next {@code horizonDays} days and the realised daily volatility over
 * those days. Both are daily volatilities (fractions). This class is immutable and thread-safe: arrays are copied.
 *
 * @param ticker             the ticker
 * @param model              the forecaster's name
 * @param horizonDays        the horizon h in trading days
 * @param asOfDates          the dates the forecasts were made, ascending
 * @param forecastVolatility forecast daily volatility over t+1 … t+h
 * @param realisedVolatility realised daily volatility over t+1 … t+h
 */
public record WalkForwardResult(String ticker, String model, int horizonDays, List<LocalDate> asOfDates,
        double[] forecastVolatility, double[] realisedVolatility) implements java.io.Serializable {

    /** Validates equal lengths, at least one date, and finite non-negative volatilities. */
    public WalkForwardResult {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(model, "model");
        asOfDates = List.copyOf(asOfDates);
        if (asOfDates.isEmpty()) {
            throw new IllegalArgumentException(ticker + ": a walk-forward result needs at least one date");
        }
        if (forecastVolatility.length != asOfDates.size() || realisedVolatility.length != asOfDates.size()) {
            throw new IllegalArgumentException(ticker + ": " + asOfDates.size() + " dates but "
                    + forecastVolatility.length + " forecasts and " + realisedVolatility.length + " targets");
        }
        for (int i = 0; i < asOfDates.size(); i++) {
            if (!(Double.isFinite(forecastVolatility[i]) && forecastVolatility[i] >= 0)) {
                throw new IllegalArgumentException(ticker + ": forecast on " + asOfDates.get(i)
                        + " must be finite and non-negative, was " + forecastVolatility[i]);
            }
            if (!(Double.isFinite(realisedVolatility[i]) && realisedVolatility[i] >= 0)) {
                throw new IllegalArgumentException(ticker + ": target on " + asOfDates.get(i)
                        + " must be finite and non-negative, was " + realisedVolatility[i]);
            }
        }
        forecastVolatility = forecastVolatility.clone();
        realisedVolatility = realisedVolatility.clone();
    }

    /**
     * The results of consecutive stretches of one walk-forward joined in order (e.g. its refit blocks).
     *
     * @throws IllegalArgumentException when there are none, they are of different tickers, models or horizons, or their
     *                                  dates do not follow one another
     */
    public static WalkForwardResult concat(List<WalkForwardResult> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        WalkForwardResult first = parts.get(0);
        var dates = new java.util.ArrayList<LocalDate>();
        int n = parts.stream().mapToInt(WalkForwardResult::size).sum();
        double[] forecast = new double[n];
        double[] realised = new double[n];
        int at = 0;
        for (WalkForwardResult p : parts) {
            if (!p.ticker().equals(first.ticker()) || !p.model().equals(first.model())
                    || p.horizonDays() != first.horizonDays()) {
                throw new IllegalArgumentException("cannot join " + p + " to " + first);
            }
            if (!dates.isEmpty() && !p.asOfDates().get(0).isAfter(dates.get(dates.size() - 1))) {
                throw new IllegalArgumentException(p.ticker() + ": stretches out of order at " + p.asOfDates().get(0));
            }
            dates.addAll(p.asOfDates());
            System.arraycopy(p.forecastVolatility(), 0, forecast, at, p.size());
            System.arraycopy(p.realisedVolatility(), 0, realised, at, p.size());
            at += p.size();
        }
        return new WalkForwardResult(first.ticker(), first.model(), first.horizonDays(), dates, forecast, realised);
    }

    /** Number of forecasts. */
    public int size() {
        return asOfDates.size();
    }

    @Override
    public double[] forecastVolatility() {
        return forecastVolatility.clone();
    }

    @Override
    public double[] realisedVolatility() {
        return realisedVolatility.clone();
    }

    /** Forecast daily variances (squared fractions), the squares of {@link #forecastVolatility()}. */
    public double[] forecastVariance() {
        return Arrays.stream(forecastVolatility).map(v -> v * v).toArray();
    }

    /** Realised daily variances (squared fractions), the squares of {@link #realisedVolatility()}. */
    public double[] realisedVariance() {
        return Arrays.stream(realisedVolatility).map(v -> v * v).toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WalkForwardResult r && ticker.equals(r.ticker) && model.equals(r.model)
                && horizonDays == r.horizonDays && asOfDates.equals(r.asOfDates)
                && Arrays.equals(forecastVolatility, r.forecastVolatility)
                && Arrays.equals(realisedVolatility, r.realisedVolatility);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ticker, model, horizonDays, asOfDates, Arrays.hashCode(forecastVolatility));
    }

    @Override
    public String toString() {
        return "WalkForwardResult[" + ticker + ", " + model + ", h=" + horizonDays + ", " + size() + " forecasts "
                + asOfDates.get(0) + ".." + asOfDates.get(size() - 1) + "]";
    }
}
