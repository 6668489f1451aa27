package org.lstmrisk.report.html;

/**
 * One position as the page shows it. This class is immutable and thread-safe.
 *
 * @param ticker     the ticker
 * @param weight     fraction of portfolio value (negative for a short)
 * @param volatility forecast daily volatility over the horizon, fraction
 * @param component  component contribution to σp, daily volatility fraction
 * @param share      component / σp (the shares sum to 1)
 */
record PositionRow(String ticker, double weight, double volatility, double component, double share) {
}
