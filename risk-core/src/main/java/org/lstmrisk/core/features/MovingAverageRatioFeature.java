package org.lstmrisk.core.features;

import java.util.Arrays;
import org.lstmrisk.core.PriceSeries;

/**
 * The close relative to its simple moving average, c_i / mean(c_{i−w+1..i}) − 1 (a fraction).
 * This class is immutable and thread-safe.
 *
 * @param windowDays the moving-average window w
 */
public record MovingAverageRatioFeature(int windowDays) implements DailyFeature {

    /** Validates a window of at least 2 days. */
    public MovingAverageRatioFeature {
        if (windowDays < 2) {
            throw new IllegalArgumentException("moving-average window must be at least 2 days, was " + windowDays);
        }
    }

    @Override
    public String spec() {
        return "ma(" + windowDays + ")";
    }

    @Override
    public int warmUpDays() {
        return windowDays - 1;
    }

    @Override
    public double[] compute(FeatureInputs inputs) {
        PriceSeries s = inputs.prices();
        double[] out = new double[s.size()];
        Arrays.fill(out, Double.NaN);
        for (int i = windowDays - 1; i < out.length; i++) {
            double sum = 0;
            for (int k = i - windowDays + 1; k <= i; k++) {
                sum += s.close(k);
            }
            out[i] = s.close(i) / (sum / windowDays) - 1;
        }
        return out;
    }
}
