package org.lstmrisk.core.features;

import java.util.Arrays;
import org.lstmrisk.core.PriceSeries;

/**
 * Bollinger band width relative to the middle band, (upper − lower) / middle = 2·k·sd / mean over the last
 * {@code windowDays} closes (population standard deviation). This class is immutable and thread-safe.
 *
 * @param windowDays window (20)
 * @param k          band width in standard deviations (2)
 */
public record BollingerWidthFeature(int windowDays, double k) implements DailyFeature {

    /** Validates a window of at least 2 days and a positive k. */
    public BollingerWidthFeature {
        if (windowDays < 2 || !(k > 0)) {
            throw new IllegalArgumentException("Bollinger needs window >= 2 and k > 0, got " + windowDays + " and " + k);
        }
    }

    @Override
    public String spec() {
        return "bollinger(" + windowDays + "," + k + ")";
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
            double mean = 0;
            for (int j = i - windowDays + 1; j <= i; j++) {
                mean += s.close(j);
            }
            mean /= windowDays;
            double ss = 0;
            for (int j = i - windowDays + 1; j <= i; j++) {
                double d = s.close(j) - mean;
                ss += d * d;
            }
            out[i] = 2 * k * Math.sqrt(ss / windowDays) / mean;
        }
        return out;
    }
}
