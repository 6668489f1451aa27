package org.lstmrisk.core.features;

/**
 * One model input per trading day. The value on day i is computed from data up to and including day i only
 * (never later), so a feature column computed on a truncated series equals the prefix of the column computed
 * on the full series. Days before the feature has enough history are {@code NaN}.
 */
public interface DailyFeature {

    /** The specification string that {@link Features#parse} turns back into this feature, e.g. {@code rsi(14)}. */
    String spec();

    /** Number of leading days that are {@code NaN} because of warm-up (the same for every series). */
    int warmUpDays();

    /**
     * The feature's value on every day of {@code inputs.prices()}.
     *
     * @throws IllegalArgumentException when the inputs lack what the feature needs (volume, OHLC, macro series)
     */
    double[] compute(FeatureInputs inputs);
}
