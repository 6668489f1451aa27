package org.lstmrisk.portfolio;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.store.R064Store;

/**
 * A statistical factor model of the correlation: the k leading principal components of the window's sample
 * correlation R = V·Λ·Vᵀ give loadings B = V_k·Λ_k^½, and ρ = B·Bᵀ + diag(ψ) with the residual variances
 * ψ_i = 1 − Σ_k B_ik² (≥ 0, as Σ over all components is R_ii = 1), so ρ has a unit diagonal and is PSD by
 * construction with smallest eigenvalue at least min ψ_i ({@link CorrelationEstimate#minEigenvalueBefore()} reports
 * that bound; no eigenvalue of ρ is computed). <b>Number of factors:</b> k is the number of eigenvalues of R above the
 * Marchenko–Pastur upper edge (1 + √(n/T))², the largest eigenvalue the correlation of n independent series over T
 * days would reach (Laloux, Cizeau, Bouchaud and Potters, "Noise dressing of financial correlation matrices", Phys.
 * Rev. Lett. 83, 1999), at least 1 and at most {@code maxFactors}, n − 1 and T − 1. <b>Cost:</b> one symmetric
 * eigen decomposition per estimate, of R (n × n) when n ≤ T, else of the T × T Gram matrix Z·Zᵀ/T of the
 * standardised returns Z, whose non-zero eigenvalues are R's (eigenvectors v = Zᵀu/√(Tλ)): O(min(n, T)²·max(n, T)).
 * This class is immutable and thread-safe.
 *
 * @param maxFactors the most factors the rule may choose (≥ 1)
 */
public record FactorCorrelation(int maxFactors) implements CorrelationEstimator {

    /** At most 20 factors. */
    public static final FactorCorrelation DEFAULT = new FactorCorrelation(20);

    /** The {@code --correlation-estimator} name. */
    public static final String NAME = "factor";

    /** Validates the cap. */
    public FactorCorrelation {
        if (maxFactors < 1) {
            throw new IllegalArgumentException("maxFactors must be at least 1: " + maxFactors);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The loadings B (n × k) and residual variances ψ of one window. */
    record Model(double[][] loadings, double[] residual, double explained) {
    }

    @Override
    public CorrelationEstimate estimate(double[][] returns) {
        int days = SampleCorrelation.validate(returns);
        int n = returns[0].length;
        if (n == 1) {
            return new CorrelationEstimate(CorrelationMatrix.identity(1), days, 1.0, false, "none", 0.0,
                    EstimatorDetails.factor(0, 1.0));
        }
        Model m = fit(returns);
        double[][] b = m.loadings();
        int k = b[0].length;
        double[][] rho = new double[n][n];
        double minResidual = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            rho[i][i] = 1.0;
            minResidual = Math.min(minResidual, m.residual()[i]);
            for (int j = i + 1; j < n; j++) {
                double c = 0.0;
                for (int f = 0; f < k; f++) {
                    c += b[i][f] * b[j][f];
                }
                c = Math.max(-1.0, Math.min(1.0, c));
                rho[i][j] = c;
                rho[j][i] = c;
            }
        }
        return new CorrelationEstimate(CorrelationMatrix.of(rho), days, minResidual, false, "none", 0.0,
                EstimatorDetails.factor(k, m.explained()));
    }

    /** The factor model of a validated window with n ≥ 2 columns. */
    Model fit(double[][] returns) {
        int days = returns.length;
        int n = returns[0].length;
        double[] mean = SampleCorrelation.columnMeans(returns);
        double[] sd = new double[n];
        for (int t = 0; t < days; t++) {
            for (int j = 0; j < n; j++) {
                double y = returns[t][j] - mean[j];
                sd[j] += y * y;
            }
        }
        R064Store z = R064Store.FACTORY.make(days, n); // standardised: ZᵀZ/T = R
        for (int j = 0; j < n; j++) {
            if (!(sd[j] > 0.0)) {
                throw SampleCorrelation.zeroVariance(j);
            }
            sd[j] = Math.sqrt(sd[j] / days);
        }
        for (int t = 0; t < days; t++) {
            for (int j = 0; j < n; j++) {
                z.set(t, j, (returns[t][j] - mean[j]) / sd[j]);
            }
        }
        boolean gram = n > days;
        int m = gram ? days : n;
        R064Store product = R064Store.FACTORY.make(m, m);
        if (gram) {
            product.fillByMultiplying(z, z.transpose());
        } else {
            product.fillByMultiplying(z.transpose(), z);
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                product.set(i, j, product.doubleValue(i, j) / days);
            }
        }
        Matrices.symmetrise(product);
        Eigenvalue<Double> eigen = Matrices.symmetricEigen(product);
        double[] lambda = Matrices.eigenvalues(eigen, m);
        R064Store vectors = R064Store.FACTORY.copy(eigen.getV());
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> lambda[i]).reversed());
        double edge = Math.pow(1.0 + Math.sqrt((double) n / days), 2);
        int k = 0;
        while (k < m && lambda[order[k]] > edge) {
            k++;
        }
        k = Math.max(1, Math.min(k, Math.min(maxFactors, Math.min(n - 1, days - 1))));
        double[][] loadings = new double[n][k];
        double explained = 0.0;
        for (int f = 0; f < k; f++) {
            int c = order[f];
            double l = Math.max(lambda[c], 0.0);
            explained += l;
            double scale = Math.sqrt(l);
            if (gram) {
                // v = Zᵀu / √(T·λ); loading = √λ·v = Zᵀu / √T
                double norm = Math.sqrt(days);
                for (int j = 0; j < n; j++) {
                    double dot = 0.0;
                    for (int t = 0; t < days; t++) {
                        dot += z.doubleValue(t, j) * vectors.doubleValue(t, c);
                    }
                    loadings[j][f] = dot / norm;
                }
            } else {
                for (int j = 0; j < n; j++) {
                    loadings[j][f] = scale * vectors.doubleValue(j, c);
                }
            }
        }
        double[] residual = new double[n];
        for (int j = 0; j < n; j++) {
            double common = 0.0;
            for (int f = 0; f < k; f++) {
                common += loadings[j][f] * loadings[j][f];
            }
            residual[j] = Math.max(0.0, 1.0 - common);
        }
        return new Model(loadings, residual, explained / n);
    }

    /**
     * As the interface's, with σp from the loadings: uᵀρu = Σ_f (Σ_i u_i B_if)² + Σ_i ψ_i u_i² in O(n·k) once the
     * window is fitted; each day's fit costs one eigen decomposition (see the class).
     */
    @Override
    public double[] portfolioVolatilities(double[][] returns, int windowDays, int firstRow, double[][] volatilities,
                                          double[] weights) {
        PathCheck.validate(returns, windowDays, firstRow, volatilities, weights);
        int n = weights.length;
        double[] out = new double[volatilities.length];
        for (int day = 0; day < out.length; day++) {
            int end = firstRow + day + 1;
            double[] u = new double[n];
            for (int i = 0; i < n; i++) {
                u[i] = weights[i] * volatilities[day][i];
            }
            if (n == 1) {
                out[day] = Math.abs(u[0]);
                continue;
            }
            double[][] window = Arrays.copyOfRange(returns, end - windowDays, end);
            SampleCorrelation.validate(window);
            Model m = fit(window);
            double q = 0.0;
            int k = m.loadings()[0].length;
            for (int f = 0; f < k; f++) {
                double e = 0.0;
                for (int i = 0; i < n; i++) {
                    e += u[i] * m.loadings()[i][f];
                }
                q += e * e;
            }
            for (int i = 0; i < n; i++) {
                q += m.residual()[i] * u[i] * u[i];
            }
            out[day] = Math.sqrt(Math.max(q, 0.0));
        }
        return out;
    }
}
