package org.lstmrisk.core.simulation;

import org.lstmrisk.core.PriceHistory;

/**
 * A generated market and the true covariance its returns were drawn from. This class is immutable and thread-safe.
 *
 * @param prices the daily bars, as {@link SyntheticMarket#generate()} returns them
 * @param truth  the conditional covariance of each day's log returns
 */
public record SimulatedMarket(PriceHistory prices, TrueCovariance truth) {
}
