package org.lstmrisk.experiments;

/**
 * Mean and sample standard deviation (n − 1) of a few values. This class is immutable and thread-safe.
 *
 * @param mean the mean
 * @param sd   the sample standard deviation, 0 for one value
 */
public record MeanSd(double mean, double sd) {

    /** The mean and sample sd of {@code values} (at least one). */
    public static MeanSd of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("need at least one value");
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new MeanSd(mean, values.length > 1 ? Math.sqrt(ss / (values.length - 1)) : 0.0);
    }
}
