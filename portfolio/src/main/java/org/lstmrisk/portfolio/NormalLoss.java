package org.lstmrisk.portfolio;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A zero-mean normal loss with standard deviation {@code sigma} over the horizon (σp·√h, a fraction):
 * VaR<sub>α</sub> = z<sub>α</sub>σ, ES<sub>α</sub> = σφ(z<sub>α</sub>)/(1−α). Immutable and thread-safe.
 *
 * @param sigma the loss's standard deviation, finite and non-negative
 */
public record NormalLoss(double sigma) implements LossDistribution {

    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0.0, 1.0);

    /** Validates σ. */
    public NormalLoss {
        if (!Double.isFinite(sigma) || sigma < 0.0) {
            throw new IllegalArgumentException("sigma must be finite and non-negative: " + sigma);
        }
    }

    @Override
    public double valueAtRisk(double level) {
        return STANDARD.inverseCumulativeProbability(level) * sigma;
    }

    @Override
    public double expectedShortfall(double level) {
        return sigma * STANDARD.density(STANDARD.inverseCumulativeProbability(level)) / (1.0 - level);
    }

    @Override
    public double sampleLoss(RandomGenerator random) {
        return sigma * random.nextGaussian();
    }
}
