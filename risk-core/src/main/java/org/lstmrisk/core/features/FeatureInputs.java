package org.lstmrisk.core.features;

import java.util.Objects;
import java.util.Optional;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.macro.MacroSeries;

/**
 * What daily features are computed from: one ticker's prices and, optionally, a macro series (quarterly GDP)
 * whose values are only visible from their publication dates. This class is immutable and thread-safe.
 *
 * @param prices the ticker's prices up to the last day a feature may see
 * @param macro  the macro series, if any feature needs it
 */
public record FeatureInputs(PriceSeries prices, Optional<MacroSeries> macro) {

    /** Checks for nulls. */
    public FeatureInputs {
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(macro, "macro");
    }

    /** Inputs without a macro series. */
    public static FeatureInputs of(PriceSeries prices) {
        return new FeatureInputs(prices, Optional.empty());
    }
}
