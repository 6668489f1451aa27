package org.lstmrisk.core.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.core.PriceSeries;

/**
 * Several fitted models of one ticker, combined with equal weights in log variance: the forecast variance over a
 * horizon is the geometric mean of the parts' forecast variances, so the forecast daily volatility (a fraction) is
 * the geometric mean of theirs. The combination is the one {@code evaluate --combine a+b} scores
 * ({@link PastForecastCombination.Method#MEAN}), computed the same way to the bit. Created by
 * {@link CombinedForecaster}. This class is immutable and thread-safe.
 */
public final class CombinedModel implements VolatilityModel {

    private final List<VolatilityModel> parts;

    /**
     * The combination of {@code parts}.
     *
     * @throws IllegalArgumentException for fewer than two parts, or parts of different tickers or last dates
     */
    public CombinedModel(List<VolatilityModel> parts) {
        this.parts = List.copyOf(parts);
        if (this.parts.size() < 2) {
            throw new IllegalArgumentException("a combination needs at least two models, got " + this.parts.size());
        }
        VolatilityModel first = this.parts.get(0);
        for (VolatilityModel p : this.parts) {
            if (!p.ticker().equals(first.ticker()) || !p.lastDate().equals(first.lastDate())) {
                throw new IllegalArgumentException("the parts of a combination must be of one ticker and date: "
                        + first.ticker() + " at " + first.lastDate() + " and " + p.ticker() + " at " + p.lastDate());
            }
        }
    }

    /** The parts, in the order of the combination's name. */
    public List<VolatilityModel> parts() {
        return parts;
    }

    @Override
    public String ticker() {
        return parts.get(0).ticker();
    }

    @Override
    public LocalDate lastDate() {
        return parts.get(0).lastDate();
    }

    /** The geometric mean of the parts' forecast daily volatilities (fractions) over the horizon. */
    @Override
    public double forecastVolatility(int horizonDays) {
        double[] volatilities = new double[parts.size()];
        for (int j = 0; j < volatilities.length; j++) {
            volatilities[j] = parts.get(j).forecastVolatility(horizonDays);
        }
        return combine(volatilities);
    }

    /** Each part after learning the days of {@code history} after {@link #lastDate()}. */
    @Override
    public CombinedModel update(PriceSeries history) {
        var updated = new ArrayList<VolatilityModel>(parts.size());
        for (VolatilityModel p : parts) {
            updated.add(p.update(history));
        }
        return new CombinedModel(updated);
    }

    /**
     * Daily volatilities (fractions) combined with equal weights in log variance: exp(u / 2) with u the mean of
     * log σ², the arithmetic of {@link PastForecastCombination.Method#MEAN}.
     *
     * @throws IllegalArgumentException when a volatility is not finite and positive
     */
    public static double combine(double... volatilities) {
        double weight = 1.0 / volatilities.length;
        double u = 0;
        for (double s : volatilities) {
            if (!(Double.isFinite(s) && s > 0)) {
                throw new IllegalArgumentException("a combined forecast needs finite positive volatilities, got " + s);
            }
            u += weight * Math.log(s * s);
        }
        return Math.exp(u / 2);
    }

    @Override
    public String toString() {
        return "CombinedModel" + parts;
    }
}
