package org.lstmrisk.core.forecast;

/**
 * Coefficients of the HAR-RV regression on daily realised variance (Corsi 2009):
 * RV_{t+1} = b0 + b_d RV_t + b_w RV_t^(5) + b_m RV_t^(22), where RV^(k) is the mean daily realised variance of the
 * last k days. This class is immutable and thread-safe.
 *
 * @param intercept b0, a daily variance (squared fraction)
 * @param daily     b_d, weight of yesterday's daily realised variance (dimensionless)
 * @param weekly    b_w, weight of the 5-day mean daily realised variance (dimensionless)
 * @param monthly   b_m, weight of the 22-day mean daily realised variance (dimensionless)
 */
public record HarCoefficients(double intercept, double daily, double weekly, double monthly) implements java.io.Serializable {

    /** Validates that all coefficients are finite. */
    public HarCoefficients {
        if (!(Double.isFinite(intercept) && Double.isFinite(daily) && Double.isFinite(weekly)
                && Double.isFinite(monthly))) {
            throw new IllegalArgumentException("HAR coefficients must be finite, were " + intercept + ", " + daily
                    + ", " + weekly + ", " + monthly);
        }
    }

    /** The predicted next-day realised variance b0 + b_d·day + b_w·week + b_m·month (daily variance, unfloored). */
    public double predict(double day, double week, double month) {
        return intercept + daily * day + weekly * week + monthly * month;
    }
}
