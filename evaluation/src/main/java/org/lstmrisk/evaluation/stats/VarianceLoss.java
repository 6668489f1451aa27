package org.lstmrisk.evaluation.stats;

/**
 * Loss functions of a forecast daily variance h against a realised variance proxy σ² (both squared fractions),
 * robust to noise in the proxy in the sense of Patton (2011): the ranking of forecasts by expected loss is the
 * same with a noisy unbiased proxy as with the true variance.
 */
public enum VarianceLoss {

    /** QLIKE = σ²/h − ln(σ²/h) − 1 (zero for a perfect forecast); needs σ² &gt; 0 and h &gt; 0. */
    QLIKE {
        @Override
        public double loss(double forecastVariance, double realisedVariance) {
            check(forecastVariance, realisedVariance, true);
            double ratio = realisedVariance / forecastVariance;
            return ratio - Math.log(ratio) - 1;
        }
    },

    /** Squared error (σ² − h)², in squared variance units. */
    MSE {
        @Override
        public double loss(double forecastVariance, double realisedVariance) {
            check(forecastVariance, realisedVariance, false);
            double e = realisedVariance - forecastVariance;
            return e * e;
        }
    };

    /**
     * The loss of one forecast daily variance against one realised daily variance.
     *
     * @throws IllegalArgumentException when a variance is negative or not finite, or (QLIKE) not positive
     */
    public abstract double loss(double forecastVariance, double realisedVariance);

    /** The loss of each pair, element by element (the input of a Diebold–Mariano test). */
    public double[] losses(double[] forecastVariance, double[] realisedVariance) {
        Series.checkPair(name(), forecastVariance, realisedVariance, 1);
        double[] out = new double[forecastVariance.length];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = loss(forecastVariance[i], realisedVariance[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " at index " + i, e);
            }
        }
        return out;
    }

    /** The mean loss over all pairs. */
    public double mean(double[] forecastVariance, double[] realisedVariance) {
        return Series.mean(losses(forecastVariance, realisedVariance));
    }

    private static void check(double h, double s, boolean strictlyPositive) {
        if (!(Double.isFinite(h) && (strictlyPositive ? h > 0 : h >= 0))) {
            throw new IllegalArgumentException("forecast variance must be " + (strictlyPositive ? "positive" : "non-negative")
                    + " and finite, was " + h);
        }
        if (!(Double.isFinite(s) && (strictlyPositive ? s > 0 : s >= 0))) {
            throw new IllegalArgumentException("realised variance must be " + (strictlyPositive ? "positive" : "non-negative")
                    + " and finite, was " + s);
        }
    }
}
