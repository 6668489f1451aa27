package org.lstmrisk.core.features;

import java.util.OptionalDouble;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.macro.MacroSeries;

/**
 * The latest published quarter-on-quarter log growth of the macro series (real GDP) as known on each day:
 * a quarter's figure appears only from its publication date. Days before two quarters were published are
 * {@code NaN}. This class is immutable and thread-safe.
 */
public record GdpGrowthFeature() implements DailyFeature {

    @Override
    public String spec() {
        return "gdp";
    }

    /** Zero: the warm-up depends on the macro series, and the leading NaN days are found by the caller. */
    @Override
    public int warmUpDays() {
        return 0;
    }

    @Override
    public double[] compute(FeatureInputs inputs) {
        MacroSeries macro = inputs.macro().orElseThrow(() ->
                new IllegalArgumentException("feature gdp needs a GDP series (--gdp FILE)"));
        PriceSeries s = inputs.prices();
        double[] out = new double[s.size()];
        for (int i = 0; i < out.length; i++) {
            OptionalDouble g = macro.growthAsOf(s.date(i));
            out[i] = g.isPresent() ? g.getAsDouble() : Double.NaN;
        }
        return out;
    }
}
