package org.lstmrisk.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.evaluation.stats.VarBacktest;
import org.lstmrisk.portfolio.CorrelationMatrix;
import org.lstmrisk.portfolio.MinimumVariance;

/**
 * The minimum-variance backtest of {@code evaluate --min-variance}: at each as-of date t and for each model, the
 * fully invested minimum-variance portfolio of Σ_t = D_t·ρ_t·D_t ({@link MinimumVariance}; D_t the model's forecasts
 * made at t, ρ_t the portfolio backtest's correlation estimate at t), held over t+1 … t+h. Its predicted volatility
 * σp,t and normal VaR z·σp,t·√h are judged against its realised log return over t+1 … t+h, computed as the main
 * backtest does (daily ln(1 + Σ w_i R_i), summed). Weights chosen on the estimate expose the directions the estimate
 * gets wrong, which a fixed-weight portfolio does not: that is what makes it a test of the correlation estimator.
 * Uses data up to t to choose and predict. Days on which ρ_t is singular have no such portfolio and are counted,
 * not scored. Accumulates one day at a time; not thread-safe.
 */
final class MinimumVarianceBacktest {

    private final List<PriceSeries> series;
    private final int[] offset;
    private final int horizonDays;
    private final double[][] sigma;
    private final double[][] realised;
    private int singularDays;

    /**
     * @param series      the evaluated tickers' prices
     * @param offset      per ticker, the index of the first as-of date in its series
     * @param horizonDays h
     * @param models      number of models
     * @param days        number of as-of dates
     */
    MinimumVarianceBacktest(List<PriceSeries> series, int[] offset, int horizonDays, int models, int days) {
        this.series = series;
        this.offset = offset.clone();
        this.horizonDays = horizonDays;
        this.sigma = new double[models][days];
        this.realised = new double[models][days];
        for (int m = 0; m < models; m++) {
            Arrays.fill(sigma[m], Double.NaN);
            Arrays.fill(realised[m], Double.NaN);
        }
    }

    /** Forms each model's portfolio at as-of date {@code t} from {@code rho} and {@code volatilities[model][ticker]}. */
    void add(int t, CorrelationMatrix rho, double[][] volatilities) {
        Optional<MinimumVariance> solver = MinimumVariance.of(rho);
        if (solver.isEmpty()) {
            singularDays++;
            return;
        }
        for (int m = 0; m < volatilities.length; m++) {
            MinimumVariance.Portfolio p = solver.get().portfolio(volatilities[m]);
            sigma[m][t] = p.volatility();
            double sum = 0;
            for (int u = t + 1; u <= t + horizonDays; u++) {
                double r = 0;
                for (int i = 0; i < series.size(); i++) {
                    PriceSeries s = series.get(i);
                    r += p.weights()[i] * (s.close(offset[i] + u) / s.close(offset[i] + u - 1) - 1);
                }
                sum += Math.log1p(r);
            }
            realised[m][t] = sum;
        }
    }

    /** The results per model, VaR at {@code level}. */
    List<MinimumVarianceResult> results(List<String> models, double level) {
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(level);
        var out = new ArrayList<MinimumVarianceResult>();
        for (int m = 0; m < models.size(); m++) {
            boolean[] formed = new boolean[sigma[m].length];
            for (int t = 0; t < formed.length; t++) {
                formed[t] = !Double.isNaN(sigma[m][t]);
            }
            double[] s = PortfolioBacktest.select(sigma[m], formed);
            double[] r = PortfolioBacktest.select(realised[m], formed);
            double[] var = new double[s.length];
            double predicted = 0;
            double squares = 0;
            for (int t = 0; t < s.length; t++) {
                var[t] = z * s[t] * Math.sqrt(horizonDays);
                predicted += s[t] * s[t];
                squares += r[t] * r[t] / horizonDays;
            }
            VarBacktestSummary backtest = s.length < 2 ? null
                    : PortfolioBacktest.backtest(VarBacktest.exceptions(r, var), level, horizonDays);
            out.add(new MinimumVarianceResult(models.get(m), s.length, singularDays,
                    s.length == 0 ? Double.NaN : Math.sqrt(squares / s.length),
                    s.length == 0 ? Double.NaN : Math.sqrt(predicted / s.length), backtest));
        }
        return out;
    }
}
