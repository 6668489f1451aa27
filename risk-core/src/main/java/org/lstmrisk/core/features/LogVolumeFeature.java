package org.lstmrisk.core.features;

import org.lstmrisk.core.PriceSeries;

/** ln(1 + volume) of the day. This class is immutable and thread-safe. */
public record LogVolumeFeature() implements DailyFeature {

    @Override
    public String spec() {
        return "volume";
    }

    @Override
    public int warmUpDays() {
        return 0;
    }

    @Override
    public double[] compute(FeatureInputs inputs) {
        PriceSeries s = inputs.prices();
        if (!s.hasVolume()) {
            throw new IllegalArgumentException(s.ticker() + ": feature volume needs a Volume column");
        }
        double[] v = s.volume();
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.log1p(v[i]);
        }
        return out;
    }
}
