package org.lstmrisk.core.forecast;

import java.util.Objects;
import org.lstmrisk.core.PriceSeries;

/**
 * Zero-mean GJR-GARCH(1,1) (Glosten, Jagannathan and Runkle 1993): σ²_{t+1} = ω + (α + γ·1[r_t &lt; 0]) r_t² + β σ²_t,
 * so a fall in price raises tomorrow's variance by γ r_t² more than a rise of the same size. Fitted by maximum
 * likelihood exactly as {@link GarchForecaster} (same optimiser, likelihood and presample start, with one more
 * parameter), under α ≥ 0, α + γ ≥ 0, β ≥ 0 and stationarity α + γ/2 + β &lt; 1 (innovations are symmetric).
 * Forecasts are those of {@link GarchModel} with persistence α + γ/2 + β. This class is immutable and thread-safe.
 *
 * @param innovations       Gaussian or Student-t innovations
 * @param varianceTargeting true to fix ω = V̂(1 − α − γ/2 − β), V̂ the sample mean squared daily return
 */
public record GjrForecaster(GarchInnovations innovations, boolean varianceTargeting) implements VolatilityForecaster {

    /** Gaussian innovations, ω estimated freely. */
    public static final GjrForecaster GAUSSIAN = new GjrForecaster(GarchInnovations.GAUSSIAN, false);

    /** Student-t innovations, ω estimated freely. */
    public static final GjrForecaster STUDENT_T = new GjrForecaster(GarchInnovations.STUDENT_T, false);

    /** Validates non-null innovations. */
    public GjrForecaster {
        Objects.requireNonNull(innovations, "innovations");
    }

    /** {@code gjr}, or {@code gjr-t} with Student-t innovations. */
    @Override
    public String name() {
        return innovations == GarchInnovations.STUDENT_T ? "gjr-t" : "gjr";
    }

    /** {@value GarchForecaster#MINIMUM_RETURNS} returns, so one more price (as GARCH). */
    @Override
    public int minimumHistory() {
        return GarchForecaster.MINIMUM_RETURNS + 1;
    }

    /**
     * Estimates the parameters on all returns of {@code history} and filters the variance up to its last date.
     *
     * @throws IllegalArgumentException when the history is shorter than {@link #minimumHistory()} or all returns
     *                                  are zero
     */
    @Override
    public GarchModel fit(PriceSeries history) {
        return new GarchMaximumLikelihood(innovations, varianceTargeting, true).fit("GJR-GARCH", minimumHistory(),
                history);
    }
}
