package org.lstmrisk.core.forecast;

/**
 * Combines the volatility forecasts of one or more models in log variance: on each trading day the combined daily
 * variance is exp(β_0 + Σ β_j·log σ_j²), where σ_j is model j's forecast daily volatility (fraction) made that day.
 * The {@link Method} sets β: {@link Method#MEAN} fixes it to equal weights; {@link Method#WEIGHT} and
 * {@link Method#REGRESSION} learn it on the models' own past out-of-sample forecasts whose realised window had closed:
 * the forecast of trading day s is a pair for day k when s + h ≤ k (h the horizon in trading days), so day k's
 * combination uses nothing realised after day k.
 *
 * <p>A learnt combination has none on the first {@code warmUpDays} trading days of a series: their forecast is the
 * first model's. From then on β is refitted on day warmUpDays and every {@code refitEveryDays} trading days after it, on every pair
 * available then (an expanding window), and kept in between. A pair whose realised variance or any model's forecast
 * is zero or not finite is left out of the fits (QLIKE is not defined for it; {@code evaluate} does not score such a
 * day either), and counted; on a day when a model's forecast is zero or not finite the first model's forecast is used,
 * and counted. A fit that fails (collinear forecasts, no convergence) keeps the previous β (the first
 * model's forecast when there is none) and is counted as well. This class is immutable and thread-safe.
 *
 * @param horizonDays    forecast horizon h in trading days (≥ 1): the forecast at s is for s+1 … s+h
 * @param warmUpDays     trading days before the first fit (&gt; h + 2, so that the first fit has pairs)
 * @param refitEveryDays trading days between fits (≥ 1)
 */
public record PastForecastCombination(int horizonDays, int warmUpDays, int refitEveryDays, Method method) {

    /** How the combination's coefficients are set. */
    public enum Method {
        /** Equal weights 1/k on the k log variances, no intercept (the geometric mean of the variance forecasts). */
        MEAN,
        /**
         * A convex weight of two models (or none, for one) and an intercept, fitted by QLIKE ({@link QlikeConvexWeight}):
         * one model's forecast has its level corrected, two are mixed in the proportion that did best.
         */
        WEIGHT,
        /** An intercept and a free slope per model, fitted by QLIKE ({@link QlikeRegression}). */
        REGRESSION;

        /** The lower-case name used on the command line. */
        public String optionValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The default warm-up: 250 trading days, about a year of past forecasts. */
    public static final int DEFAULT_WARM_UP_DAYS = 250;

    /** Validates the ranges. */
    public PastForecastCombination {
        if (horizonDays < 1) {
            throw new IllegalArgumentException("combination horizon must be at least 1 day, was " + horizonDays);
        }
        if (warmUpDays <= horizonDays + 2) {
            throw new IllegalArgumentException("combination warm-up must exceed the horizon + 2 days, was "
                    + warmUpDays);
        }
        if (refitEveryDays < 1) {
            throw new IllegalArgumentException("combination refit interval must be at least 1 day, was "
                    + refitEveryDays);
        }
        java.util.Objects.requireNonNull(method, "method");
    }

    /**
     * The combined forecasts of one series' trading days.
     *
     * @param forecasts [j][k]: model j's forecast daily volatility (fraction) made at the close of trading day k
     * @param realised  [k]: the realised daily volatility over trading days k+1 … k+h (NaN where not yet known)
     * @return the combined forecast daily volatility of each day, with the counts of fits
     */
    public CombinedForecasts combine(double[][] forecasts, double[] realised) {
        int models = forecasts.length;
        int days = realised.length;
        if (models < 1 || (method == Method.MEAN && models < 2) || (method == Method.WEIGHT && models > 2)) {
            throw new IllegalArgumentException("the " + method.optionValue() + " combination cannot combine "
                    + models + " model(s)");
        }
        for (double[] f : forecasts) {
            if (f.length != days) {
                throw new IllegalArgumentException("forecasts of " + f.length + " days but realised values of "
                        + days);
            }
        }
        double[][] logVariance = new double[models][days];
        boolean[] usable = new boolean[days];
        for (int k = 0; k < days; k++) {
            boolean ok = realised[k] > 0 && Double.isFinite(realised[k]);
            for (int j = 0; j < models; j++) {
                double f = forecasts[j][k];
                logVariance[j][k] = Math.log(f * f);
                ok &= f > 0 && Double.isFinite(logVariance[j][k]);
            }
            usable[k] = ok;
        }
        double[] combined = new double[days];
        double[] beta = method == Method.MEAN ? equalWeights(models) : null;
        int fits = 0;
        int failed = 0;
        int pairsLeftOut = 0;
        int firstModelDays = 0;
        for (int k = 0; k < days; k++) {
            if (method != Method.MEAN && k >= warmUpDays && (k - warmUpDays) % refitEveryDays == 0) {
                int last = k - horizonDays; // the newest forecast whose realised window has closed by day k
                int count = 0;
                for (int s = 0; s <= last; s++) {
                    count += usable[s] ? 1 : 0;
                }
                double[][] x = new double[models][count];
                double[] v = new double[count];
                for (int s = 0, row = 0; s <= last; s++) {
                    if (usable[s]) {
                        for (int j = 0; j < models; j++) {
                            x[j][row] = logVariance[j][s];
                        }
                        v[row++] = realised[s] * realised[s];
                    }
                }
                try {
                    beta = fit(x, v);
                    fits++;
                } catch (IllegalArgumentException | IllegalStateException e) {
                    failed++;
                }
            }
            if (beta != null && !finiteLogs(logVariance, k)) {
                combined[k] = forecasts[0][k];
                firstModelDays++;
            } else {
                combined[k] = combinedAt(forecasts, logVariance, beta, k);
            }
        }
        for (int s = 0; s + horizonDays < days; s++) {
            pairsLeftOut += usable[s] ? 0 : 1;
        }
        return new CombinedForecasts(combined, fits, failed, pairsLeftOut, firstModelDays);
    }

    /** β = (0, 1/k, …, 1/k). */
    private static double[] equalWeights(int models) {
        double[] beta = new double[models + 1];
        java.util.Arrays.fill(beta, 1, models + 1, 1.0 / models);
        return beta;
    }

    /** The method's β on the pairs x[j][row] (log variances) and v[row] (realised variances). */
    private double[] fit(double[][] x, double[] v) {
        if (method == Method.REGRESSION) {
            return QlikeRegression.fit(x, v);
        }
        double[] aw = QlikeConvexWeight.fit(x[0], x.length > 1 ? x[1] : null, v);
        return x.length > 1 ? new double[] {aw[0], aw[1], 1 - aw[1]} : new double[] {aw[0], 1.0};
    }

    private static boolean finiteLogs(double[][] logVariance, int k) {
        for (double[] l : logVariance) {
            if (!Double.isFinite(l[k])) {
                return false;
            }
        }
        return true;
    }

    private static double combinedAt(double[][] forecasts, double[][] logVariance, double[] beta, int k) {
        if (beta == null) {
            return forecasts[0][k];
        }
        double u = beta[0];
        for (int j = 0; j < forecasts.length; j++) {
            u += beta[j + 1] * logVariance[j][k];
        }
        return Double.isFinite(u) ? Math.exp(u / 2) : forecasts[0][k];
    }

    /**
     * The combined forecasts of one series.
     *
     * @param volatility   [k]: combined forecast daily volatility (fraction) made at trading day k
     * @param fits         fits that succeeded
     * @param failedFits   fits that failed and kept the previous coefficients
     * @param pairsLeftOut days whose realised window closed within the series but whose realised variance or a
     *                     model's forecast was zero or not finite, so they never entered a fit
     * @param firstModelDays days after the first fit on which a model's forecast was zero or not finite, so the
     *                     combination could not be formed and the first model's forecast was used
     */
    public record CombinedForecasts(double[] volatility, int fits, int failedFits, int pairsLeftOut,
                                    int firstModelDays) {
    }
}
