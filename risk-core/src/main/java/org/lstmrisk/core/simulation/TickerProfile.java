package org.lstmrisk.core.simulation;

import java.util.SplittableRandom;

/**
 * The fixed parameters of one synthetic ticker: daily log return
 * r_t = drift + marketBeta · f_market,t + sectorLoading · f_sector,t + e_t, with e_t a GARCH(1,1) idiosyncratic
 * return. Prices, drift and volatilities are daily fractions.
 */
record TickerProfile(int sector, double marketBeta, double sectorLoading, Garch11Process idiosyncratic,
        double drift, double overnightShare, double startPrice, double baseVolume) {

    /** Draws a profile in realistic ranges; consumes a fixed number of draws from {@code rng}. */
    static TickerProfile draw(int sector, SplittableRandom rng) {
        double marketBeta = uniform(rng, 0.7, 1.3);
        double sectorLoading = uniform(rng, 0.7, 1.3);
        double idioVolatility = uniform(rng, 0.008, 0.018);
        double alpha = uniform(rng, 0.04, 0.09);
        double persistence = uniform(rng, 0.97, 0.99);
        double drift = uniform(rng, 0.0, 0.0005);
        double overnightShare = uniform(rng, 0.1, 0.3);
        double startPrice = Math.exp(uniform(rng, Math.log(20), Math.log(300)));
        double baseVolume = Math.exp(uniform(rng, Math.log(2e5), Math.log(2e7)));
        return new TickerProfile(sector, marketBeta, sectorLoading,
                Garch11Process.ofVolatility(idioVolatility, alpha, persistence - alpha),
                drift, overnightShare, startPrice, baseVolume);
    }

    static double uniform(SplittableRandom rng, double from, double to) {
        return from + (to - from) * rng.nextDouble();
    }
}
