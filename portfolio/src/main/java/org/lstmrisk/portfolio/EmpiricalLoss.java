package org.lstmrisk.portfolio;

import java.util.random.RandomGenerator;

/**
 * The empirical distribution of n equally likely one-day P&amp;L scenarios, scaled by √h to the horizon: VaR and
 * ES as {@link EmpiricalTail} reads them (the negated ⌈n(1−α)⌉-th smallest, the negated mean of the n(1−α) smallest with a fractional last one in part),
 * times √h; a sample is −√h times a scenario drawn uniformly. Used by {@link HistoricalVar} and
 * {@link FilteredHistoricalVar}. Immutable and thread-safe.
 */
public final class EmpiricalLoss implements LossDistribution {

    private final EmpiricalTail tail;
    private final double[] pnl;
    private final double root;

    /**
     * The distribution of the one-day P&amp;L scenarios {@code pnl} (fractions of value, copied) over
     * {@code horizonDays} days.
     */
    public EmpiricalLoss(double[] pnl, int horizonDays) {
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizonDays must be at least 1: " + horizonDays);
        }
        this.tail = EmpiricalTail.of(pnl);
        this.pnl = pnl.clone();
        this.root = Math.sqrt(horizonDays);
    }

    /** The number of scenarios. */
    public int scenarios() {
        return pnl.length;
    }

    @Override
    public double valueAtRisk(double level) {
        return root * tail.valueAtRisk(level);
    }

    @Override
    public double expectedShortfall(double level) {
        return root * tail.expectedShortfall(level);
    }

    @Override
    public double sampleLoss(RandomGenerator random) {
        return -root * pnl[random.nextInt(pnl.length)];
    }
}
