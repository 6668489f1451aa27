package org.lstmrisk.evaluation.stats;

import java.util.SplittableRandom;
import org.lstmrisk.portfolio.LossDistribution;

/**
 * Backtests of expected shortfall at confidence α (e.g. 0.975), on daily series of realised losses L<sub>t</sub>
 * (negated realised returns, fractions of value) with the VaR<sub>α,t</sub> and ES<sub>α,t</sub> forecast for them
 * (positive fractions). Both tests are one-sided: they reject when ES is too small. Every simulation takes a seed,
 * so a result is reproducible. Stateless.
 * <ul>
 * <li><b>McNeil–Frey</b> (2000): on the exceedance days (L<sub>t</sub> &gt; VaR<sub>α,t</sub>) the residuals
 * e<sub>t</sub> = (L<sub>t</sub> − ES<sub>α,t</sub>)/σ<sub>t</sub> have mean zero if ES is right. The p-value of the
 * observed mean ē is bootstrapped: the residuals are centred (e<sub>t</sub> − ē), resampled with replacement B times,
 * and p = (1 + #{ē<sup>*</sup> ≥ ē})/(B + 1). Undefined (NaN) with fewer than 2 exceedances.</li>
 * <li><b>Acerbi–Szekely Z2</b> (2014): Z2 = 1 − Σ<sub>t</sub> L<sub>t</sub>·1{L<sub>t</sub> &gt; VaR<sub>α,t</sub>} /
 * (T(1−α)ES<sub>α,t</sub>), zero in expectation for a continuous forecast distribution and negative when ES is
 * underestimated. Its p-value is simulated under the method's own distributions: M times, a loss is drawn for every
 * day from that day's forecast distribution and Z2 recomputed with the same VaR and ES, p = (1 + #{Z2<sup>*</sup> ≤
 * Z2})/(M + 1). Simulating under the method itself also accounts for discrete (historical) distributions, whose Z2
 * is not centred at zero.</li>
 * </ul>
 */
public final class EsBacktest {

    /** Bootstrap resamples of the McNeil–Frey test: {@value}. */
    public static final int DEFAULT_BOOTSTRAPS = 10_000;

    /** Simulations of the Z2 test: {@value}. */
    public static final int DEFAULT_SIMULATIONS = 2_000;

    private EsBacktest() {
    }

    /**
     * The result of one ES test.
     *
     * @param statistic   the mean exceedance residual (McNeil–Frey) or Z2 (Acerbi–Szekely)
     * @param pValue      the one-sided p-value, NaN when undefined
     * @param exceedances days with a loss beyond VaR<sub>α</sub>
     */
    public record Result(double statistic, double pValue, int exceedances) {
    }

    /** The McNeil–Frey residuals (L − ES)/σ of the days with L &gt; VaR, in day order. */
    public static double[] exceedanceResiduals(double[] loss, double[] var, double[] es, double[] sigma) {
        check(loss, var, es);
        if (sigma.length != loss.length) {
            throw new IllegalArgumentException("sigma has " + sigma.length + " days for " + loss.length);
        }
        int n = 0;
        for (int t = 0; t < loss.length; t++) {
            n += loss[t] > var[t] ? 1 : 0;
        }
        double[] out = new double[n];
        int k = 0;
        for (int t = 0; t < loss.length; t++) {
            if (loss[t] > var[t]) {
                if (!(sigma[t] > 0)) {
                    throw new IllegalArgumentException("sigma of day " + t + " is not positive: " + sigma[t]);
                }
                out[k++] = (loss[t] - es[t]) / sigma[t];
            }
        }
        return out;
    }

    /** McNeil–Frey's test of {@code residuals} (see the class comment) with {@code bootstraps} resamples. */
    public static Result mcNeilFrey(double[] residuals, int bootstraps, long seed) {
        int n = residuals.length;
        double mean = mean(residuals);
        if (n < 2) {
            return new Result(n == 0 ? Double.NaN : mean, Double.NaN, n);
        }
        if (bootstraps < 1) {
            throw new IllegalArgumentException("bootstraps must be at least 1: " + bootstraps);
        }
        double[] centred = new double[n];
        for (int i = 0; i < n; i++) {
            centred[i] = residuals[i] - mean;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int atLeast = 0;
        for (int b = 0; b < bootstraps; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += centred[random.nextInt(n)];
            }
            atLeast += sum / n >= mean ? 1 : 0;
        }
        return new Result(mean, (1.0 + atLeast) / (bootstraps + 1.0), n);
    }

    /** Z2 of the realised losses against VaR and ES at {@code level}. */
    public static double z2(double[] loss, double[] var, double[] es, double level) {
        check(loss, var, es);
        if (loss.length == 0) {
            throw new IllegalArgumentException("there are no days");
        }
        double sum = 0;
        for (int t = 0; t < loss.length; t++) {
            if (loss[t] > var[t]) {
                sum += loss[t] / es[t];
            }
        }
        return 1.0 - sum / (loss.length * (1.0 - level));
    }

    /**
     * Acerbi–Szekely's Z2 test at {@code level}: the statistic on {@code loss} and its p-value simulated
     * {@code simulations} times under {@code forecasts} (one distribution per day), seeded.
     */
    public static Result acerbiSzekely(double[] loss, LossDistribution[] forecasts, double level, int simulations,
                                       long seed) {
        int days = loss.length;
        if (forecasts.length != days) {
            throw new IllegalArgumentException(forecasts.length + " forecasts for " + days + " days");
        }
        if (simulations < 1) {
            throw new IllegalArgumentException("simulations must be at least 1: " + simulations);
        }
        double[] var = new double[days];
        double[] es = new double[days];
        for (int t = 0; t < days; t++) {
            var[t] = forecasts[t].valueAtRisk(level);
            es[t] = forecasts[t].expectedShortfall(level);
        }
        double observed = z2(loss, var, es, level);
        int exceedances = 0;
        for (int t = 0; t < days; t++) {
            exceedances += loss[t] > var[t] ? 1 : 0;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int atMost = 0;
        double[] simulated = new double[days];
        for (int s = 0; s < simulations; s++) {
            for (int t = 0; t < days; t++) {
                simulated[t] = forecasts[t].sampleLoss(random);
            }
            atMost += z2(simulated, var, es, level) <= observed ? 1 : 0;
        }
        return new Result(observed, (1.0 + atMost) / (simulations + 1.0), exceedances);
    }

    private static void check(double[] loss, double[] var, double[] es) {
        if (var.length != loss.length || es.length != loss.length) {
            throw new IllegalArgumentException("loss, VaR and ES must have one value per day: " + loss.length + ", "
                    + var.length + ", " + es.length);
        }
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return x.length == 0 ? Double.NaN : sum / x.length;
    }
}
