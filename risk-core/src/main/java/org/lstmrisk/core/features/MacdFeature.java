package org.lstmrisk.core.features;

import java.util.Arrays;
import org.lstmrisk.core.PriceSeries;

/**
 * The MACD line relative to price, (EMA_fast − EMA_slow) / c_i, with EMAs of the close using
 * α = 2 / (n + 1), both seeded with the first close; {@code NaN} until the slow EMA has seen {@code slow} closes.
 * This class is immutable and thread-safe.
 *
 * @param fast fast EMA span (12)
 * @param slow slow EMA span (26), larger than fast
 */
public record MacdFeature(int fast, int slow) implements DailyFeature {

    /** Validates 1 ≤ fast &lt; slow. */
    public MacdFeature {
        if (fast < 1 || slow <= fast) {
            throw new IllegalArgumentException("MACD spans must satisfy 1 <= fast < slow, were " + fast + " and " + slow);
        }
    }

    @Override
    public String spec() {
        return "macd(" + fast + "," + slow + ")";
    }

    @Override
    public int warmUpDays() {
        return slow - 1;
    }

    @Override
    public double[] compute(FeatureInputs inputs) {
        PriceSeries s = inputs.prices();
        double[] out = new double[s.size()];
        Arrays.fill(out, Double.NaN);
        double aFast = 2.0 / (fast + 1);
        double aSlow = 2.0 / (slow + 1);
        double emaFast = s.close(0);
        double emaSlow = s.close(0);
        for (int i = 1; i < out.length; i++) {
            emaFast += aFast * (s.close(i) - emaFast);
            emaSlow += aSlow * (s.close(i) - emaSlow);
            if (i >= slow - 1) {
                out[i] = (emaFast - emaSlow) / s.close(i);
            }
        }
        return out;
    }
}
