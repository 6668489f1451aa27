import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.simulation.SimulatedMarket;
import org.lstmrisk.core.simulation.SyntheticMarket;
import org.lstmrisk.evaluation.stats.VarBacktest;
import org.lstmrisk.portfolio.CorrelationEstimator;
import org.lstmrisk.portfolio.CorrelationMatrix;
import org.lstmrisk.portfolio.FactorCorrelation;
import org.lstmrisk.portfolio.MinimumVariance;
import org.lstmrisk.portfolio.SampleCorrelation;
import org.lstmrisk.portfolio.ShrunkCorrelation;

/**
 * The minimum-variance book's 99 % VaR backtest on a synthetic universe with a known covariance, with each
 * correlation estimator and the TRUE daily volatilities (docs/BENCHMARK.md, "Large books"): it separates the
 * correlation estimator's part of the under-prediction from the volatility forecasts' part, which
 * {@code evaluate --min-variance} mixes. The market is that of {@code lstm-risk demo --tickers N --days T} (seed
 * 20240308). At every STEP-th close: ρ from the estimator over the W returns ending that day (no look-ahead), σ_i the
 * true volatility of the next day (known at the close: the factors' and residuals' GARCH variances), the fully
 * invested minimum-variance weights of D·ρ·D and their predicted σp, VaR = 2.326·σp (zero-mean normal), an exception
 * when the next day's portfolio log return is below −VaR; Kupiec's LR, χ²(1). "true" uses the true correlation.
 * realised/predicted is √(mean true variance of the chosen weights / mean predicted variance).
 *
 * Run from the repository after mvn -q -B package -DskipTests:
 *   java -cp 'app/target/lib/*' docs/bench/MinVarianceKupiec.java 500 2500 252 5
 *   java -cp 'app/target/lib/*' docs/bench/MinVarianceKupiec.java 500 2500 1000 10
 */
public class MinVarianceKupiec {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int days = Integer.parseInt(args[1]);
        int window = Integer.parseInt(args[2]);
        int step = Integer.parseInt(args[3]);
        SimulatedMarket sim = SyntheticMarket.universe(n, days, 20240308L).simulateWithTruth();
        List<PriceSeries> series = sim.prices().series();
        double[][] r = new double[days - 1][n]; // row t-1 = log return of day t
        for (int i = 0; i < n; i++) {
            PriceSeries s = series.get(i);
            for (int t = 1; t < days; t++) {
                r[t - 1][i] = Math.log(s.close(t) / s.close(t - 1));
            }
        }
        System.out.printf("minimum-variance book, n=%d days=%d window=%d every %d days, true volatilities%n",
                n, days, window, step);
        System.out.printf("%-10s %6s %9s %9s %9s %10s %10s %9s%n", "rho", "days", "singular", "exc 99%",
                "expected", "Kupiec p", "real/pred", "wall s");
        CorrelationEstimator[] estimators = {null, SampleCorrelation.DEFAULT, ShrunkCorrelation.DEFAULT,
                FactorCorrelation.DEFAULT};
        double z = new NormalDistribution().inverseCumulativeProbability(0.99);
        int first = Math.max(window - 1, 20);
        for (CorrelationEstimator e : estimators) {
            long t0 = System.nanoTime();
            List<Boolean> hits = new ArrayList<>();
            int singular = 0;
            double trueVariance = 0;
            double predictedVariance = 0;
            for (int row = first; row < days - 2; row += step) {
                int next = row + 1; // judged on return row next = day next + 1
                double[][] cov = sim.truth().covariance(next + 1);
                double[] sigma = new double[n];
                for (int i = 0; i < n; i++) {
                    sigma[i] = Math.sqrt(cov[i][i]);
                }
                CorrelationMatrix rho = e == null ? CorrelationMatrix.of(sim.truth().correlation(next + 1))
                        : e.estimate(Arrays.copyOfRange(r, row + 1 - window, row + 1)).matrix();
                Optional<MinimumVariance> mv = MinimumVariance.of(rho);
                if (mv.isEmpty()) {
                    singular++;
                    continue;
                }
                MinimumVariance.Portfolio p = mv.get().portfolio(sigma);
                double realised = 0;
                for (int i = 0; i < n; i++) {
                    realised += p.weights()[i] * r[next][i];
                }
                hits.add(realised < -z * p.volatility());
                trueVariance += sim.truth().portfolioVariance(next + 1, p.weights());
                predictedVariance += p.volatility() * p.volatility();
            }
            String name = e == null ? "true" : e.name();
            int total = hits.size();
            if (total == 0) {
                System.out.printf("%-10s %6d %9d   no minimum-variance portfolio exists (ρ singular)%n", name, 0,
                        singular);
                continue;
            }
            boolean[] exceptions = new boolean[total];
            for (int k = 0; k < total; k++) {
                exceptions[k] = hits.get(k);
            }
            double p = VarBacktest.kupiec(exceptions, 0.99).pValue();
            System.out.printf("%-10s %6d %9d %9d %9.1f %10.4f %10.2f %9.1f%n", name, total, singular,
                    VarBacktest.count(exceptions), 0.01 * total, p, Math.sqrt(trueVariance / predictedVariance), (System.nanoTime() - t0) / 1e9);
        }
    }
}
