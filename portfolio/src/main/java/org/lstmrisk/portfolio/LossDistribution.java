package org.lstmrisk.portfolio;

import java.util.random.RandomGenerator;

/**
 * The distribution of the portfolio's loss over the horizon that a {@link VarMethod} assumes on the as-of date
 * (loss = −return, a fraction of portfolio value, positive for a loss). Its VaR and ES are the method's figures
 * exactly ({@link VarMethod#estimate} reads them off it), and {@link #sampleLoss} draws from it, which is what a
 * backtest needs to simulate a test statistic under the method's own assumption (Acerbi–Szekely). Immutable and
 * thread-safe; sampling uses only the generator it is given.
 */
public sealed interface LossDistribution permits NormalLoss, StudentTLoss, EmpiricalLoss {

    /** VaR at confidence {@code level} in (0, 1), a positive fraction of portfolio value over the horizon. */
    double valueAtRisk(double level);

    /** ES at confidence {@code level} in (0, 1): the expected loss beyond VaR, same units. */
    double expectedShortfall(double level);

    /** One loss drawn from this distribution with {@code random}. */
    double sampleLoss(RandomGenerator random);
}
