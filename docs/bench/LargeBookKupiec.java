import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.simulation.SimulatedMarket;
import org.lstmrisk.core.simulation.SyntheticMarket;
import org.lstmrisk.portfolio.CorrelationEstimator;
import org.lstmrisk.portfolio.FactorCorrelation;
import org.lstmrisk.portfolio.SampleCorrelation;
import org.lstmrisk.portfolio.ShrunkCorrelation;

/**
 * Portfolio VaR backtest of the correlation estimators on a synthetic universe with a known covariance
 * (docs/BENCHMARK.md, "Large books"). The market is that of {@code lstm-risk demo --tickers N --days T} (seed 20240308).
 * Equal weights; per-ticker EWMA (λ = 0.94, seeded with the mean square of the first 20 returns) forecast at each
 * close for the next day; σp from each estimator's correlation of the 252 returns ending that day (the run's rolling
 * path, no look-ahead); VaR = z·σp (zero-mean normal); exceptions when the next day's portfolio log return
 * Σ w_i r_i is below −VaR; Kupiec's unconditional-coverage LR test, χ²(1). The true σp (TrueCovariance) gives the
 * reference row and the QLIKE of each forecast variance against the true one.
 *
 * Run from the repository after mvn -q -B package -DskipTests:
 *   java -cp 'app/target/lib/*' docs/bench/LargeBookKupiec.java 500 2500 [factor] [long-short]
 * (long-short: weights +2/n and −1/n alternately instead of 1/n)
 */
public class LargeBookKupiec {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int days = Integer.parseInt(args[1]);
        List<String> options = List.of(args).subList(2, args.length);
        boolean factor = options.contains("factor");
        boolean longShort = options.contains("long-short");
        int window = 252;
        SimulatedMarket sim = SyntheticMarket.universe(n, days, 20240308L).simulateWithTruth();
        List<PriceSeries> series = sim.prices().series();
        // returns row t-1 = log return of day t (t = 1 … days-1)
        double[][] r = new double[days - 1][n];
        for (int i = 0; i < n; i++) {
            PriceSeries s = series.get(i);
            for (int t = 1; t < days; t++) {
                r[t - 1][i] = Math.log(s.close(t) / s.close(t - 1));
            }
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = longShort ? (i % 2 == 0 ? 2.0 : -1.0) / n : 1.0 / n; // long-short: 100 % long, 50 % short
        }
        double lambda = 0.94;
        double[][] sigma = new double[days - 1][n]; // forecast at the close of row t for row t+1
        for (int i = 0; i < n; i++) {
            double v = 0;
            for (int t = 0; t < 20; t++) {
                v += r[t][i] * r[t][i] / 20;
            }
            for (int t = 20; t < days - 1; t++) {
                v = lambda * v + (1 - lambda) * r[t][i] * r[t][i];
                sigma[t][i] = Math.sqrt(v);
            }
        }
        int first = Math.max(window - 1, 20);
        int count = days - 2 - first; // rows first … days-3, each judged on the next row
        double[][] vols = java.util.Arrays.copyOfRange(sigma, first, first + count);
        double[] realised = new double[count];
        double[] trueSigma = new double[count];
        for (int k = 0; k < count; k++) {
            int next = first + k + 1;
            double p = 0;
            for (int i = 0; i < n; i++) {
                p += w[i] * r[next][i];
            }
            realised[k] = p;
            trueSigma[k] = Math.sqrt(sim.truth().portfolioVariance(next + 1, w)); // row next = day next+1
        }
        System.out.printf((longShort ? "long-short " : "equal weights ") + "n=%d days=%d window=%d backtest days=%d (%s to %s)%n", n, days, window, count,
                sim.truth().dates().get(first + 2), sim.truth().dates().get(first + count + 1));
        System.out.printf("%-10s %8s %12s %9s %12s %9s %10s %8s%n", "sigma_p", "CPU s", "exc 99% (%)", "p 99%",
                "exc 95% (%)", "p 95%", "QLIKE", "mean σp");
        report("true", trueSigma, realised, trueSigma, 0);
        CorrelationEstimator[] estimators = factor
                ? new CorrelationEstimator[] {SampleCorrelation.DEFAULT, ShrunkCorrelation.DEFAULT, FactorCorrelation.DEFAULT}
                : new CorrelationEstimator[] {SampleCorrelation.DEFAULT, ShrunkCorrelation.DEFAULT};
        for (CorrelationEstimator e : estimators) {
            long t0 = System.nanoTime();
            double[] sp = e.portfolioVolatilities(r, window, first, vols, w);
            report(e.name(), sp, realised, trueSigma, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static void report(String name, double[] sp, double[] realised, double[] truth, double seconds) {
        double[] levels = {0.99, 0.95};
        StringBuilder sb = new StringBuilder(String.format("%-10s %8.1f", name, seconds));
        for (double level : levels) {
            double z = new NormalDistribution().inverseCumulativeProbability(level);
            int x = 0;
            for (int k = 0; k < sp.length; k++) {
                x += realised[k] < -z * sp[k] ? 1 : 0;
            }
            int total = sp.length;
            double p = 1 - level;
            double phat = (double) x / total;
            double ll0 = (total - x) * Math.log(1 - p) + x * Math.log(p);
            double ll1 = (total - x) * (phat < 1 ? Math.log(1 - phat) : 0) + (x > 0 ? x * Math.log(phat) : 0);
            double lr = -2 * (ll0 - ll1);
            double pValue = 1 - new ChiSquaredDistribution(1).cumulativeProbability(lr);
            sb.append(String.format(" %5d (%4.2f) %9.4f", x, 100 * phat, pValue));
        }
        double qlike = 0;
        double mean = 0;
        for (int k = 0; k < sp.length; k++) {
            double ratio = truth[k] * truth[k] / (sp[k] * sp[k]);
            qlike += ratio - Math.log(ratio) - 1;
            mean += sp[k];
        }
        sb.append(String.format(" %10.4f %7.3f%%", qlike / sp.length, 100 * mean / sp.length));
        System.out.println(sb);
    }
}
