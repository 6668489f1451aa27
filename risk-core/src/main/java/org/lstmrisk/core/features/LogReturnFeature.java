package org.lstmrisk.core.features;

import org.lstmrisk.core.PriceSeries;

/** The day's log return ln(c_i / c_{i−1}) of the (adjusted) close, a daily fraction. This class is immutable and thread-safe. */
public record LogReturnFeature() implements DailyFeature {

    @Override
    public String spec() {
        return "return";
    }

    @Override
    public int warmUpDays() {
        return 1;
    }

    @Override
    public double[] compute(FeatureInputs inputs) {
        PriceSeries s = inputs.prices();
        double[] out = new double[s.size()];
        out[0] = Double.NaN;
        for (int i = 1; i < out.length; i++) {
            out[i] = Math.log(s.close(i)) - Math.log(s.close(i - 1));
        }
        return out;
    }
}
