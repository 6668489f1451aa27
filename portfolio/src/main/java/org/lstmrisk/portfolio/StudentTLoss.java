package org.lstmrisk.portfolio;

import java.util.random.RandomGenerator;

/**
 * A zero-mean loss σ·Z with Z the unit-variance Student t of ν degrees of freedom ({@link StandardizedT}); σ is
 * the loss's standard deviation over the horizon (σp·√h, a fraction). Samples are
 * σ·√((ν−2)/ν)·N/√(V/ν) with N standard normal and V = 2·Gamma(ν/2) a χ²<sub>ν</sub> draw (Marsaglia and Tsang's
 * gamma method). Immutable and thread-safe.
 *
 * @param sigma the loss's standard deviation, finite and non-negative
 * @param nu    degrees of freedom, above 2
 */
public record StudentTLoss(double sigma, double nu) implements LossDistribution {

    /** Validates σ and ν. */
    public StudentTLoss {
        if (!Double.isFinite(sigma) || sigma < 0.0) {
            throw new IllegalArgumentException("sigma must be finite and non-negative: " + sigma);
        }
        if (!(nu > 2.0) || !Double.isFinite(nu)) {
            throw new IllegalArgumentException("nu must be finite and above 2: " + nu);
        }
    }

    @Override
    public double valueAtRisk(double level) {
        return sigma * StandardizedT.quantile(nu, level);
    }

    @Override
    public double expectedShortfall(double level) {
        return sigma * StandardizedT.expectedShortfall(nu, level);
    }

    @Override
    public double sampleLoss(RandomGenerator random) {
        double chiSquare = 2.0 * gamma(nu / 2.0, random);
        return sigma * Math.sqrt((nu - 2.0) / nu) * random.nextGaussian() / Math.sqrt(chiSquare / nu);
    }

    /** A Gamma(shape, 1) draw, shape ≥ 1 (here ν/2 &gt; 1): Marsaglia and Tsang (2000). */
    static double gamma(double shape, RandomGenerator random) {
        if (shape < 1.0) {
            // Gamma(a) = Gamma(a + 1)·U^(1/a); not reached for ν > 2 but kept for completeness.
            return gamma(shape + 1.0, random) * Math.pow(random.nextDouble(), 1.0 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1.0 + c * x;
            if (v <= 0.0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1.0 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1.0 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
