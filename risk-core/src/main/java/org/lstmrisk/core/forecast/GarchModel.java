package org.lstmrisk.core.forecast;

import java.time.LocalDate;
import java.util.Objects;
import org.lstmrisk.core.LogReturns;
import org.lstmrisk.core.PriceSeries;

/**
 * A GARCH(1,1) or GJR-GARCH(1,1) model of one ticker as of the close of {@code lastDate}: fixed parameters and the conditional daily
 * variance for the next day. This class is immutable and thread-safe.
 *
 * @param ticker          the ticker
 * @param lastDate        the last date whose close the model has learned
 * @param lastClose       the (adjusted) close on {@code lastDate}, used to check that an update extends the same data
 * @param parameters      the GARCH or GJR parameters (kept fixed by {@link #update})
 * @param nextDayVariance σ²_{t+1}, the conditional daily variance of the day after {@code lastDate} (squared fraction)
 */
public record GarchModel(String ticker, LocalDate lastDate, double lastClose, GarchParameters parameters,
        double nextDayVariance) implements VolatilityModel, java.io.Serializable {

    /** Validates the identity fields, non-null parameters and a positive finite variance. */
    public GarchModel {
        HistoryExtension.checkIdentity(ticker, lastDate, lastClose);
        Objects.requireNonNull(parameters, "parameters");
        if (!(Double.isFinite(nextDayVariance) && nextDayVariance > 0)) {
            throw new IllegalArgumentException(ticker + ": GARCH next-day variance must be positive and finite, was "
                    + nextDayVariance);
        }
    }

    /**
     * The model with {@code parameters} after filtering all returns of {@code history}, starting from their mean
     * square as the presample level (no estimation; see {@link GarchLikelihood}).
     *
     * @throws IllegalArgumentException when {@code history} has fewer than two prices
     */
    public static GarchModel filter(PriceSeries history, GarchParameters parameters) {
        checkFilterable(history);
        return filter(history, parameters, GarchLikelihood.meanSquare(LogReturns.of(history)));
    }

    /**
     * The model with {@code parameters} after filtering all returns of {@code history} from the presample level
     * {@code presampleVariance} (squared fraction): a model fitted on a prefix of {@code history} and then
     * {@linkplain #update updated} equals this filter with the prefix's mean squared return.
     *
     * @throws IllegalArgumentException when {@code history} has fewer than two prices
     */
    public static GarchModel filter(PriceSeries history, GarchParameters parameters, double presampleVariance) {
        checkFilterable(history);
        double[] v = GarchLikelihood.conditionalVariances(LogReturns.of(history), parameters, presampleVariance);
        int last = history.size() - 1;
        return new GarchModel(history.ticker(), history.lastDate(), history.close(last), parameters, v[v.length - 1]);
    }

    private static void checkFilterable(PriceSeries history) {
        Objects.requireNonNull(history, "history");
        if (history.size() < 2) {
            throw new IllegalArgumentException(history.ticker() + ": GARCH filtering needs at least 2 prices");
        }
    }

    /**
     * sqrt of the mean of σ²_{t+k} = V + φ^{k−1}(σ²_{t+1} − V) over k = 1 … h: daily volatility (fraction), with
     * V = ω/(1 − φ) and φ = α + γ/2 + β (for GJR the expected reaction to a symmetric innovation is α + γ/2).
     *
     * @throws IllegalArgumentException when {@code horizonDays < 1}
     */
    @Override
    public double forecastVolatility(int horizonDays) {
        HistoryExtension.checkHorizon(horizonDays);
        double v = parameters.unconditionalVariance();
        double phi = parameters.persistence();
        double sum = 0;
        double decay = 1;
        for (int k = 1; k <= horizonDays; k++) {
            sum += v + decay * (nextDayVariance - v);
            decay *= phi;
        }
        return Math.sqrt(sum / horizonDays);
    }

    /**
     * Runs the variance recursion with the fixed parameters over the days of {@code history} after
     * {@link #lastDate()} (no re-estimation). Bit-identical to {@link #filter(PriceSeries, GarchParameters, double)}
     * on {@code history} with the presample level this model was filtered from on a prefix of it. Returns this model
     * when there are no later days.
     *
     * @throws IllegalArgumentException when {@code history} belongs to another ticker, has no price on
     *                                  {@link #lastDate()}, or its close on that date differs from {@link #lastClose()}
     */
    @Override
    public GarchModel update(PriceSeries history) {
        int i = HistoryExtension.indexOfLastDate("GARCH", ticker, lastDate, lastClose, history);
        int last = history.size() - 1;
        if (i == last) {
            return this;
        }
        double variance = nextDayVariance;
        for (int k = i + 1; k <= last; k++) {
            variance = parameters.nextVariance(variance, LogReturns.between(history.close(k - 1), history.close(k)));
        }
        return new GarchModel(ticker, history.lastDate(), history.close(last), parameters, variance);
    }
}
