/**
 * Risk limits on the figures of a {@link org.lstmrisk.portfolio.PortfolioRisk}: define {@link
 * org.lstmrisk.portfolio.limits.Limit}s and check them with {@link org.lstmrisk.portfolio.limits.LimitChecker}.
 * Plain Java, no container or I/O: the limits file is read by {@code io}.
 *
 * <ul>
 *   <li>Units: every value, limit and threshold is a fraction in the metric's units (volatilities daily unless the
 *       metric says annualised; VaR 99 % and ES 97.5 % over the risk's horizon; weights as fractions of portfolio
 *       value). Warn is a fraction of the limit, in (0, 1].</li>
 *   <li>Status: BREACH when value &gt; limit; else WARN when value ≥ warn × limit; else OK. A value exactly at the
 *       limit is WARN. The threshold warn × limit is the double nearest to the decimal product of the numbers as
 *       written (0.8 × 0.10 gives 0.08 exactly). Utilisation = value / limit is reported, not used to decide.</li>
 *   <li>{@code position.share} is the signed Euler share of portfolio risk. A hedge's negative share lowers risk,
 *       so it is below any positive limit (OK, negative utilisation); |share| is not used. {@code position.weight}
 *       is |w|.</li>
 *   <li>A limit with {@code from}/{@code to} dates is checked only on as-of dates within them (inclusive). On other
 *       dates it yields no result at all and its scope is not checked against the portfolio.</li>
 *   <li>Drivers are given on BREACH only: for a volatility, VaR or ES limit the (at most) three positions with the
 *       largest positive risk components, largest first; for {@code gross.weight} the three largest |w|; for a
 *       position limit the position itself.</li>
 * </ul>
 */
package org.lstmrisk.portfolio.limits;
