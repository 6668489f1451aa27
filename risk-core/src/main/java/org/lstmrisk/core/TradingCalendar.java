package org.lstmrisk.core;

/**
 * The trading year: every annualised figure (volatility × √252, Sharpe ratios, a yearly risk-free rate spread
 * over days) and every span documented as "one trading year" uses these. Window lengths that merely default to
 * 252 days are settings, not this constant.
 */
public final class TradingCalendar {

    /** Trading days in a year. */
    public static final int DAYS_PER_YEAR = 252;

    /** √{@link #DAYS_PER_YEAR}: a daily volatility times this is the annualised volatility. */
    public static final double SQRT_DAYS_PER_YEAR = Math.sqrt(DAYS_PER_YEAR);

    private TradingCalendar() {
    }
}
