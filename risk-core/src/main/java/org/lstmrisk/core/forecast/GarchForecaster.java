package org.lstmrisk.core.forecast;

import java.util.Objects;
import org.lstmrisk.core.PriceSeries;

/**
 * Zero-mean GARCH(1,1) fitted by maximum likelihood (BOBYQA, commons-math3) on the daily log returns of the
 * history, with Gaussian or standardised Student-t innovations and optional variance targeting (ω fixed so that
 * the unconditional variance equals the sample mean squared return). The variance filter starts as fGarch's does,
 * from the mean squared return of the fitted returns (see {@link GarchLikelihood}), so the fitted model equals
 * {@link GarchModel#filter(PriceSeries, GarchParameters)} with the fitted parameters. This class is immutable and
 * thread-safe.
 *
 * @param innovations       Gaussian or Student-t innovations
 * @param varianceTargeting true to fix ω = V̂(1 − α − β), V̂ the sample mean squared daily return
 */
public record GarchForecaster(GarchInnovations innovations, boolean varianceTargeting) implements VolatilityForecaster {

    /** Gaussian innovations, ω estimated freely. */
    public static final GarchForecaster GAUSSIAN = new GarchForecaster(GarchInnovations.GAUSSIAN, false);

    /** The fewest returns the estimation accepts. */
    public static final int MINIMUM_RETURNS = 100;

    /** Validates non-null innovations. */
    public GarchForecaster {
        Objects.requireNonNull(innovations, "innovations");
    }

    /** {@code garch}, or {@code garch-t} with Student-t innovations. */
    @Override
    public String name() {
        return innovations == GarchInnovations.STUDENT_T ? "garch-t" : "garch";
    }

    /** {@value #MINIMUM_RETURNS} returns, so one more price. */
    @Override
    public int minimumHistory() {
        return MINIMUM_RETURNS + 1;
    }

    /**
     * Estimates the parameters on all returns of {@code history} and filters the variance up to its last date.
     *
     * @throws IllegalArgumentException when the history is shorter than {@link #minimumHistory()} or all returns
     *                                  are zero
     */
    @Override
    public GarchModel fit(PriceSeries history) {
        return new GarchMaximumLikelihood(innovations, varianceTargeting, false).fit("GARCH", minimumHistory(), history);
    }
}
