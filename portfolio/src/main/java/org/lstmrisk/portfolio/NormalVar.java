package org.lstmrisk.portfolio;

import java.util.List;
import java.util.TreeMap;


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
        NormalLoss loss = distribution(inputs);
        return VarEstimate.tabulate(NAME, 0, inputs.horizonDays(), new TreeMap<>(), varLevels, esLevels,
                loss::valueAtRisk, loss::expectedShortfall);
    }

    /** The zero-mean normal loss with standard deviation σp·√h. */
    @Override
    public NormalLoss distribution(VarInputs inputs) {
        if (inputs == null) {
            throw new IllegalArgumentException("inputs are null");
        }
        return new NormalLoss(inputs.portfolioSigma() * Math.sqrt(inputs.horizonDays()));
    }
}
