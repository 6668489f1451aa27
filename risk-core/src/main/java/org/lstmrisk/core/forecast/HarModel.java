package org.lstmrisk.core.forecast;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.volatility.RealisedVolatilityEstimator;

/**
 * A HAR-RV model of one ticker as of the close of {@code lastDate}: fixed coefficients and the last 22 daily
 * realised variances (oldest first, squared fractions). This class is immutable and thread-safe: the array is
 * copied in and out.
 *
 * @param ticker              the ticker
 * @param lastDate            the last date whose data the model has learned
 * @param lastClose           the (adjusted) close on {@code lastDate}, used to check that an update extends the data
 * @param dailyEstimator      the estimator of the daily realised variance (its one-day volatility squared)
 * @param coefficients        the HAR coefficients (kept fixed by {@link #update})
 * @param recentDailyVariance the daily realised variances of the 22 days ending on {@code lastDate}, oldest first
 */
public record HarModel(String ticker, LocalDate lastDate, double lastClose, RealisedVolatilityEstimator dailyEstimator,
        HarCoefficients coefficients, double[] recentDailyVariance) implements VolatilityModel, java.io.Serializable {

    /** The floor applied to each forecast daily variance (0.001 % daily volatility, squared). */
    public static final double VARIANCE_FLOOR = 1e-10;

    /** Validates the identity fields and exactly 22 finite non-negative daily variances. */
    public HarModel {
        HistoryExtension.checkIdentity(ticker, lastDate, lastClose);
        Objects.requireNonNull(dailyEstimator, "dailyEstimator");
        Objects.requireNonNull(coefficients, "coefficients");
        Objects.requireNonNull(recentDailyVariance, "recentDailyVariance");
        if (recentDailyVariance.length != HarRegression.MONTH) {
            throw new IllegalArgumentException(ticker + ": HAR needs " + HarRegression.MONTH
                    + " recent daily variances, got " + recentDailyVariance.length);
        }
        for (double v : recentDailyVariance) {
            if (!(Double.isFinite(v) && v >= 0)) {
                throw new IllegalArgumentException(ticker + ": daily variance must be finite and non-negative, was " + v);
            }
        }
        recentDailyVariance = recentDailyVariance.clone();
    }

    /**
     * The model with {@code coefficients} whose regressors are the daily variances of the last 22 days of
     * {@code history} (no estimation).
     *
     * @throws IllegalArgumentException when {@code history} has fewer than 23 prices
     */
    public static HarModel of(PriceSeries history, RealisedVolatilityEstimator dailyEstimator,
            HarCoefficients coefficients) {
        Objects.requireNonNull(history, "history");
        int last = history.size() - 1;
        if (last < HarRegression.MONTH) {
            throw new IllegalArgumentException(history.ticker() + ": HAR needs at least " + (HarRegression.MONTH + 1)
                    + " prices, got " + history.size());
        }
        double[] rv = new HarForecaster(dailyEstimator).dailyVariances(history, last - HarRegression.MONTH + 1, last);
        return new HarModel(history.ticker(), history.lastDate(), history.close(last), dailyEstimator, coefficients, rv);
    }

    /**
     * Iterates the regression h steps, feeding each forecast daily variance back in as the newest RV, and
     * returns sqrt of the mean forecast daily variance over t+1 … t+h (daily volatility, fraction). A linear HAR
     * can predict a variance at or below zero after a spike; such a step is replaced by the 22-day mean of its
     * regressors (an "insanity filter", Swanson and White 1997), floored at {@link #VARIANCE_FLOOR}.
     *
     * @throws IllegalArgumentException when {@code horizonDays < 1}
     */
    @Override
    public double forecastVolatility(int horizonDays) {
        HistoryExtension.checkHorizon(horizonDays);
        double[] rv = Arrays.copyOf(recentDailyVariance, HarRegression.MONTH + horizonDays);
        double sum = 0;
        for (int k = 0; k < horizonDays; k++) {
            int t = HarRegression.MONTH - 1 + k;
            double[] x = HarRegression.regressors(rv, t);
            double predicted = coefficients.predict(x[0], x[1], x[2]);
            double next = predicted > VARIANCE_FLOOR ? predicted : Math.max(VARIANCE_FLOOR, x[2]);
            rv[t + 1] = next;
            sum += next;
        }
        return Math.sqrt(sum / horizonDays);
    }

    /**
     * Keeps the coefficients and shifts in the daily variances of the days of {@code history} after
     * {@link #lastDate()}; equals {@link #of} on {@code history} with the same coefficients. Returns this model when
     * there are no later days.
     *
     * @throws IllegalArgumentException when {@code history} belongs to another ticker, has no price on
     *                                  {@link #lastDate()}, or its close on that date differs from {@link #lastClose()}
     */
    @Override
    public HarModel update(PriceSeries history) {
        int i = HistoryExtension.indexOfLastDate("HAR", ticker, lastDate, lastClose, history);
        int last = history.size() - 1;
        if (i == last) {
            return this;
        }
        double[] fresh = new HarForecaster(dailyEstimator).dailyVariances(history, i + 1, last);
        double[] all = new double[HarRegression.MONTH + fresh.length];
        System.arraycopy(recentDailyVariance, 0, all, 0, HarRegression.MONTH);
        System.arraycopy(fresh, 0, all, HarRegression.MONTH, fresh.length);
        double[] recent = Arrays.copyOfRange(all, all.length - HarRegression.MONTH, all.length);
        return new HarModel(ticker, history.lastDate(), history.close(last), dailyEstimator, coefficients, recent);
    }

    @Override
    public double[] recentDailyVariance() {
        return recentDailyVariance.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HarModel m && ticker.equals(m.ticker) && lastDate.equals(m.lastDate)
                && Double.compare(lastClose, m.lastClose) == 0 && dailyEstimator.equals(m.dailyEstimator)
                && coefficients.equals(m.coefficients) && Arrays.equals(recentDailyVariance, m.recentDailyVariance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ticker, lastDate, coefficients, Arrays.hashCode(recentDailyVariance));
    }

    @Override
    public String toString() {
        return "HarModel[" + ticker + " as of " + lastDate + ", " + coefficients + "]";
    }
}
