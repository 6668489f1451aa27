package org.lstmrisk.portfolio;

import java.util.Optional;
import org.ojalgo.matrix.decomposition.Cholesky;
import org.ojalgo.matrix.store.MatrixStore;

/**
 * The fully invested minimum-variance portfolio of Σ = D·ρ·D, D = diag(σ), short positions allowed:
 * w = Σ⁻¹1 / (1ᵀΣ⁻¹1), with predicted volatility σp = 1/√(1ᵀΣ⁻¹1) in the units of σ (a daily fraction for daily
 * forecasts). It is the standard test of a covariance estimator: the optimiser loads on the directions the estimate
 * thinks are safest, so an estimate that is noisy in some directions under-predicts the risk of the portfolio it
 * chooses. ρ is factored once (Cholesky); each σ vector then costs O(n²). This class is immutable and thread-safe.
 */
public final class MinimumVariance {

    /**
     * Smallest accepted ratio of the smallest to the largest squared Cholesky pivot: below it ρ is treated as
     * singular (a sample correlation with more names than days is singular up to rounding).
     */
    public static final double MIN_PIVOT_RATIO = 1e-12;

    private final Cholesky<Double> cholesky;
    private final int size;

    private MinimumVariance(Cholesky<Double> cholesky, int size) {
        this.cholesky = cholesky;
        this.size = size;
    }

    /** The minimum-variance portfolio of one σ vector: its weights (summing to 1) and predicted volatility. */
    public record Portfolio(double[] weights, double volatility) {
    }

    /** ρ factored, or empty when ρ is not positive definite (then no minimum-variance portfolio exists). */
    public static Optional<MinimumVariance> of(CorrelationMatrix rho) {
        int n = rho.size();
        Cholesky<Double> c = Cholesky.R064.make(n, n);
        if (!c.decompose(Matrices.store(rho.values())) || !c.isSPD()) {
            return Optional.empty();
        }
        MatrixStore<Double> l = c.getL();
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (int i = 0; i < n; i++) {
            double pivot = l.doubleValue(i, i) * l.doubleValue(i, i);
            smallest = Math.min(smallest, pivot);
            largest = Math.max(largest, pivot);
        }
        if (!(smallest > MIN_PIVOT_RATIO * largest)) {
            return Optional.empty();
        }
        return Optional.of(new MinimumVariance(c, n));
    }

    /**
     * The minimum-variance portfolio for volatilities {@code sigma} (one per name, positive).
     *
     * @throws IllegalArgumentException when {@code sigma} has the wrong length or a value that is not positive
     */
    public Portfolio portfolio(double[] sigma) {
        if (sigma.length != size) {
            throw new IllegalArgumentException(size + " names but " + sigma.length + " volatilities");
        }
        double[] inverse = new double[size];
        for (int i = 0; i < size; i++) {
            if (!(sigma[i] > 0) || !Double.isFinite(sigma[i])) {
                throw new IllegalArgumentException("volatility " + i + " is " + sigma[i] + "; it must be positive");
            }
            inverse[i] = 1.0 / sigma[i];
        }
        MatrixStore<Double> x = cholesky.getSolution(Matrices.column(inverse)); // ρ⁻¹D⁻¹1
        double[] w = new double[size];
        double total = 0; // 1ᵀΣ⁻¹1
        for (int i = 0; i < size; i++) {
            w[i] = x.doubleValue(i, 0) * inverse[i];
            total += w[i];
        }
        for (int i = 0; i < size; i++) {
            w[i] /= total;
        }
        return new Portfolio(w, 1.0 / Math.sqrt(total));
    }
}
