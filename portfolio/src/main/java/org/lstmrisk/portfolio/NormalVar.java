package org.lstmrisk.portfolio;

import java.util.List;
import java.util.TreeMap;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Zero-mean normal VaR and ES from the portfolio's daily volatility σp (fraction) alone; no history, window 0.
 * With σ<sub>h</sub> = σp·√h: VaR<sub>α</sub> = z<sub>α</sub>·σ<sub>h</sub> and
 * ES<sub>α</sub> = σ<sub>h</sub>·φ(z<sub>α</sub>)/(1−α), where z<sub>α</sub> is the standard normal α-quantile and φ
 * its density; both positive fractions of portfolio value over h days. This class is immutable and thread-safe.
 */
public record NormalVar() implements VarMethod {

    /** {@value}. */
    public static final String NAME = "normal";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int windowDays() {
        return 0;
    }

    @Override
    public VarEstimate estimate(VarInputs inputs, List<Double> varLevels, List<Double> esLevels) {
        if (inputs == null) {
            throw new IllegalArgumentException("inputs are null");
        }
        double horizonVolatility = inputs.portfolioSigma() * Math.sqrt(inputs.horizonDays());
        NormalDistribution standardNormal = new NormalDistribution(null, 0.0, 1.0);
        return VarEstimate.tabulate(NAME, 0, inputs.horizonDays(), new TreeMap<>(), varLevels, esLevels,
                level -> standardNormal.inverseCumulativeProbability(level) * horizonVolatility,
                level -> horizonVolatility * standardNormal.density(standardNormal.inverseCumulativeProbability(level))
                        / (1.0 - level));
    }
}
