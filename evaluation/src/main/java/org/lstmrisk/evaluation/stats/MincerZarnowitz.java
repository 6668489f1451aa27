package org.lstmrisk.evaluation.stats;

import org.apache.commons.math3.distribution.FDistribution;

/** The Mincer–Zarnowitz (1969) regression of realised values on forecasts, with the joint Wald test of (0, 1). */
public final class MincerZarnowitz {

    private MincerZarnowitz() {
    }

    /**
     * OLS of {@code realised} on a constant and {@code forecast} (same units, e.g. daily variance), and the F test
     * of (a, b) = (0, 1): F = (β − β0)' X'X (β − β0) / (2 s²), s² = SSR/(n − 2).
     *
     * @throws IllegalArgumentException when lengths differ, n &lt; 3, a value is not finite, the forecasts are
     *                                  constant, or the fit is exact (zero residual variance)
     */
    public static MincerZarnowitzResult regress(double[] forecast, double[] realised) {
        Series.checkPair("Mincer-Zarnowitz", forecast, realised, 3);
        int n = forecast.length;
        double mx = Series.mean(forecast);
        double my = Series.mean(realised);
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (forecast[i] - mx) * (forecast[i] - mx);
            sxy += (forecast[i] - mx) * (realised[i] - my);
            syy += (realised[i] - my) * (realised[i] - my);
        }
        if (!(sxx > 0)) {
            throw new IllegalArgumentException("Mincer-Zarnowitz needs forecasts that are not all equal");
        }
        double b = sxy / sxx;
        double a = my - b * mx;
        double ssr = 0;
        double sumX2 = 0;
        for (int i = 0; i < n; i++) {
            double e = realised[i] - a - b * forecast[i];
            ssr += e * e;
            sumX2 += forecast[i] * forecast[i];
        }
        double s2 = ssr / (n - 2);
        if (!(s2 > 0)) {
            throw new IllegalArgumentException("Mincer-Zarnowitz fit is exact: zero residual variance");
        }
        double seA = Math.sqrt(s2 * sumX2 / (n * sxx));
        double seB = Math.sqrt(s2 / sxx);
        double da = a;
        double db = b - 1;
        double sumX = n * mx;
        double quadratic = n * da * da + 2 * sumX * da * db + sumX2 * db * db;
        double f = quadratic / (2 * s2);
        double p = 1 - new FDistribution(null, 2, n - 2).cumulativeProbability(f);
        double r2 = syy > 0 ? 1 - ssr / syy : 0;
        return new MincerZarnowitzResult(n, a, b, seA, seB, r2, f, Math.max(0, p));
    }
}
