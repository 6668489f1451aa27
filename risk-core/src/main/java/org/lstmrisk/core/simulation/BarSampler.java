package org.lstmrisk.core.simulation;

import java.util.SplittableRandom;

/**
 * Turns a day's close-to-close log return into a consistent OHLC bar. The return is split into an overnight
 * gap and an intraday move (the gap's share of the day's variance is {@code overnightShare}); the high and low
 * are drawn from the exact marginal distributions of the maximum and minimum of a Brownian bridge from the
 * open to the close with the intraday variance. The two are drawn independently, an approximation that makes
 * Parkinson and Garman–Klass read about 1–2 % above the intraday volatility.
 */
final class BarSampler {

    private BarSampler() {
    }

    /**
     * Fills {@code bar} with open, high, low, close from the previous close, the day's log return, its
     * conditional daily variance and the overnight share; guarantees low ≤ min(open, close) ≤ max(open, close) ≤ high.
     */
    static void sample(double previousClose, double logReturn, double variance, double overnightShare,
            SplittableRandom rng, double[] bar) {
        double gapSd = Math.sqrt(overnightShare * (1 - overnightShare) * variance);
        double gap = overnightShare * logReturn + gapSd * rng.nextGaussian();
        double intraday = logReturn - gap;
        double intradayVariance = (1 - overnightShare) * variance;
        double up = Math.sqrt(intraday * intraday - 2 * intradayVariance * Math.log(1 - rng.nextDouble()));
        double down = Math.sqrt(intraday * intraday - 2 * intradayVariance * Math.log(1 - rng.nextDouble()));
        double open = previousClose * Math.exp(gap);
        double close = previousClose * Math.exp(logReturn);
        double high = open * Math.exp((intraday + up) / 2);
        double low = open * Math.exp((intraday - down) / 2);
        bar[0] = open;
        bar[1] = Math.max(high, Math.max(open, close));
        bar[2] = Math.min(low, Math.min(open, close));
        bar[3] = close;
    }
}
