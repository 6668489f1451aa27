package org.lstmrisk.core.features;

import java.util.Arrays;
import org.lstmrisk.core.PriceSeries;

/**
 * Wilder's relative strength index divided by 100, in [0, 1]: the average gain and loss of the first
 * {@code period} close-to-close changes are simple means, later ones are smoothed as
 * avg_i = (avg_{i−1}·(period − 1) + x_i) / period; RSI = 1 − 1/(1 + gain/loss) (1 when there was no loss).
 * This class is immutable and thread-safe.
 *
 * @param period the smoothing period, 14 in Wilder's book
 */
public record RsiFeature(int period) implements DailyFeature {

    /** Validates a period of at least 2. */
    public RsiFeature {
        if (period < 2) {
            throw new IllegalArgumentException("RSI period must be at least 2, was " + period);
        }
    }

    @Override
    public String spec() {
        return "rsi(" + period + ")";
    }

    @Override
    public int warmUpDays() {
        return period;
    }

    @Override
    public double[] compute(FeatureInputs inputs) {
        PriceSeries s = inputs.prices();
        double[] out = new double[s.size()];
        Arrays.fill(out, Double.NaN);
        double gain = 0;
        double loss = 0;
        for (int i = 1; i < out.length; i++) {
            double change = s.close(i) - s.close(i - 1);
            double up = Math.max(change, 0);
            double down = Math.max(-change, 0);
            if (i <= period) {
                gain += up / period;
                loss += down / period;
            } else {
                gain = (gain * (period - 1) + up) / period;
                loss = (loss * (period - 1) + down) / period;
            }
            if (i >= period) {
                out[i] = loss == 0 ? 1.0 : 1.0 - 1.0 / (1.0 + gain / loss);
            }
        }
        return out;
    }
}
