package org.lstmrisk.portfolio;

import org.ojalgo.matrix.store.R064Store;

/**
 * Ledoit–Wolf shrinkage of the correlation towards the constant-correlation matrix, with the analytic intensity of
 * O. Ledoit and M. Wolf, "Honey, I shrunk the sample covariance matrix", Journal of Portfolio Management 30(4),
 * 2004, pp. 110–119 (their {@code covCor.m}). With the window's covariance S (divisor T), correlations r_ij and their
 * mean r̄ over i ≠ j, the target F has F_ii = s_ii and F_ij = r̄·√(s_ii s_jj); the estimate δF + (1−δ)S has the
 * correlation ρ_ij = δ·r̄ + (1−δ)·r_ij (i ≠ j), and δ = max(0, min(1, κ̂/T)) with κ̂ = (π̂ − ρ̂)/γ̂:
 * <ul>
 * <li>π̂ = Σ_ij π_ij, π_ij = (1/T) Σ_t ((y_it y_jt − s_ij)²), y the demeaned returns;</li>
 * <li>ρ̂ = Σ_i π_ii + r̄ Σ_{i≠j} √(s_jj/s_ii)·θ_ii,ij, θ_ii,ij = (1/T) Σ_t (y_it² − s_ii)(y_it y_jt − s_ij);</li>
 * <li>γ̂ = Σ_ij (F_ij − s_ij)².</li>
 * </ul>
 * The double sums over t collapse to O(n·T) (Σ_ij π_ij = (1/T)Σ_t (Σ_i y_it²)² − Σ_ij s_ij², and likewise for θ),
 * so an estimate costs O(n²·T) for S and O(n²) more. The result is PSD by construction when δ > 0: its smallest
 * eigenvalue is at least δ·min(1 − r̄, 1 + (n−1)·r̄) (the target's, the sample correlation being PSD), which is what
 * {@link CorrelationEstimate#minEigenvalueBefore()} reports; no eigenvalue is computed. When δ = 0 the estimate is
 * the sample correlation, checked and repaired as {@link SampleCorrelation} does. This class is immutable and
 * thread-safe.
 */
public record ShrunkCorrelation() implements CorrelationEstimator {

    /** The estimator. */
    public static final ShrunkCorrelation DEFAULT = new ShrunkCorrelation();

    /** The {@code --correlation-estimator} name. */
    public static final String NAME = "shrinkage";

    @Override
    public String name() {
        return NAME;
    }

    /** The intensity δ and the target correlation r̄ of one window. */
    record Fit(double intensity, double targetCorrelation) {
    }

    @Override
    public CorrelationEstimate estimate(double[][] returns) {
        int days = SampleCorrelation.validate(returns);
        int n = returns[0].length;
        double[] mean = SampleCorrelation.columnMeans(returns);
        R064Store x = R064Store.FACTORY.make(days, n);
        for (int t = 0; t < days; t++) {
            for (int j = 0; j < n; j++) {
                x.set(t, j, returns[t][j] - mean[j]);
            }
        }
        R064Store crossProduct = R064Store.FACTORY.make(n, n);
        crossProduct.fillByMultiplying(x.transpose(), x);
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                s[i][j] = crossProduct.doubleValue(i, j) / days;
            }
            if (!(s[i][i] > 0.0)) {
                throw SampleCorrelation.zeroVariance(i);
            }
        }
        double[] sd = new double[n];
        for (int i = 0; i < n; i++) {
            sd[i] = Math.sqrt(s[i][i]);
        }
        double[][] sample = new double[n][n];
        for (int i = 0; i < n; i++) {
            sample[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                double r = Math.max(-1.0, Math.min(1.0, s[i][j] / (sd[i] * sd[j])));
                sample[i][j] = r;
                sample[j][i] = r;
            }
        }
        if (n == 1) {
            return SampleCorrelation.DEFAULT.fromSample(CorrelationMatrix.of(sample), days);
        }
        Fit fit = fit(returns, 0, days, mean, s);
        double delta = fit.intensity();
        double rBar = fit.targetCorrelation();
        EstimatorDetails details = EstimatorDetails.shrinkage(delta, rBar);
        if (delta == 0.0) {
            CorrelationEstimate e = SampleCorrelation.DEFAULT.fromSample(CorrelationMatrix.of(sample), days);
            return new CorrelationEstimate(e.matrix(), days, e.minEigenvalueBefore(), e.repaired(), e.repairMethod(),
                    e.repairFrobeniusDistance(), details);
        }
        double[][] shrunk = sample;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = delta * rBar + (1.0 - delta) * sample[i][j];
                shrunk[i][j] = v;
                shrunk[j][i] = v;
            }
        }
        double bound = delta * Math.min(1.0 - rBar, 1.0 + (n - 1) * rBar);
        return new CorrelationEstimate(CorrelationMatrix.of(shrunk), days, bound, false, "none", 0.0, details);
    }

    /**
     * δ and r̄ of the window rows {@code from … from+days−1} of {@code rows}, given its column means and its
     * covariance S with divisor {@code days} (upper triangle read, j ≥ i; every s_ii &gt; 0; n ≥ 2).
     */
    static Fit fit(double[][] rows, int from, int days, double[] mean, double[][] s) {
        int n = mean.length;
        double[] sd = new double[n];
        double sumSquaredVariances = 0.0;
        for (int i = 0; i < n; i++) {
            sd[i] = Math.sqrt(s[i][i]);
            sumSquaredVariances += s[i][i] * s[i][i];
        }
        double sumR = 0.0;
        double sumSquares = sumSquaredVariances;   // Σ_ij s_ij²
        double crossSd = 0.0;                      // Σ_{i≠j} sd_i sd_j s_ij
        for (int i = 0; i < n; i++) {
            double[] row = s[i];
            for (int j = i + 1; j < n; j++) {
                sumR += row[j] / (sd[i] * sd[j]);
                sumSquares += 2.0 * row[j] * row[j];
                crossSd += 2.0 * sd[i] * sd[j] * row[j];
            }
        }
        double rBar = 2.0 * sumR / ((double) n * (n - 1));
        double gamma = 0.0;
        for (int i = 0; i < n; i++) {
            double[] row = s[i];
            for (int j = i + 1; j < n; j++) {
                double d = rBar * sd[i] * sd[j] - row[j];
                gamma += 2.0 * d * d;
            }
        }
        double sumSquaredRowNorms = 0.0;           // Σ_t (Σ_i y_it²)²
        double[] fourth = new double[n];           // Σ_t y_it⁴
        double third = 0.0;                        // Σ_t Σ_i (y_it³ / sd_i)(Σ_{j≠i} sd_j y_jt)
        double[] y = new double[n];
        for (int t = from; t < from + days; t++) {
            double[] x = rows[t];
            double q = 0.0;
            double a = 0.0;
            for (int i = 0; i < n; i++) {
                double yi = x[i] - mean[i];
                y[i] = yi;
                double yi2 = yi * yi;
                q += yi2;
                a += sd[i] * yi;
                fourth[i] += yi2 * yi2;
            }
            sumSquaredRowNorms += q * q;
            for (int i = 0; i < n; i++) {
                double yi = y[i];
                third += yi * yi * yi / sd[i] * (a - sd[i] * yi);
            }
        }
        double pi = sumSquaredRowNorms / days - sumSquares;
        double piDiagonal = 0.0;
        for (int i = 0; i < n; i++) {
            piDiagonal += fourth[i] / days - s[i][i] * s[i][i];
        }
        double rho = piDiagonal + rBar * (third / days - crossSd);
        if (!(gamma > 0.0)) {
            return new Fit(0.0, rBar); // every correlation equals r̄: the sample already is the target
        }
        double kappa = (pi - rho) / gamma;
        double delta = Math.max(0.0, Math.min(1.0, kappa / days));
        return new Fit(delta, rBar);
    }

    /** As the interface's, with S slid by one row a day: O(n²) per day besides O(n·W) for δ. */
    @Override
    public double[] portfolioVolatilities(double[][] returns, int windowDays, int firstRow, double[][] volatilities,
                                          double[] weights) {
        return SampleCorrelation.rollingPath(returns, windowDays, firstRow, volatilities, weights, true);
    }
}
