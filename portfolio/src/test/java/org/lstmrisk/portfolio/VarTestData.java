package org.lstmrisk.portfolio;

import java.util.Random;

/** Seeded histories for the VaR method tests, built with plain loops. */
final class VarTestData {

    private VarTestData() {
    }

    /** Daily volatility forecasts [day][asset] that wander around 1 %–3 %, all positive. */
    static double[][] forecasts(Random random, int days, int assets) {
        double[][] sigma = new double[days][assets];
        for (int i = 0; i < assets; i++) {
            double level = 0.01 + 0.02 * random.nextDouble();
            for (int t = 0; t < days; t++) {
                level = Math.min(0.06, Math.max(0.004, level * Math.exp(0.1 * random.nextGaussian())));
                sigma[t][i] = level;
            }
        }
        return sigma;
    }

    /** Returns [day][asset] = forecast × (common and own Gaussian shocks, scaled to unit variance). */
    static double[][] returns(Random random, double[][] forecasts) {
        double[][] r = new double[forecasts.length][forecasts[0].length];
        for (int t = 0; t < r.length; t++) {
            double common = random.nextGaussian();
            for (int i = 0; i < r[t].length; i++) {
                r[t][i] = forecasts[t][i] * (0.6 * common + 0.8 * random.nextGaussian());
            }
        }
        return r;
    }

    /** A fresh copy of a [day][asset] array. */
    static double[][] copy(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int t = 0; t < values.length; t++) {
            copy[t] = values[t].clone();
        }
        return copy;
    }

    /** {@code extra} rows of {@code value} in every cell, then {@code values}. */
    static double[][] prepend(double[][] values, int extra, double value) {
        double[][] longer = new double[values.length + extra][];
        for (int t = 0; t < extra; t++) {
            longer[t] = new double[values[0].length];
            java.util.Arrays.fill(longer[t], value);
        }
        for (int t = 0; t < values.length; t++) {
            longer[extra + t] = values[t].clone();
        }
        return longer;
    }

    /** {@code extra} copies of {@code value}, then {@code values}. */
    static double[] prepend(double[] values, int extra, double value) {
        double[] longer = new double[values.length + extra];
        java.util.Arrays.fill(longer, 0, extra, value);
        System.arraycopy(values, 0, longer, extra, values.length);
        return longer;
    }
}
