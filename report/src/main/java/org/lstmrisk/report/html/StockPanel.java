package org.lstmrisk.report.html;

/**
 * The caption figures of one stock's small chart, over the days of the history whose horizon is complete.
 * This class is immutable and thread-safe.
 *
 * @param ticker        the ticker
 * @param lastForecast  the forecast at the as-of date (daily volatility, fraction)
 * @param meanForecast  the root mean square of the forecasts over the days with a realised value (fraction)
 * @param realised      the root mean square of the realised values (fraction): the year's realised volatility
 */
record StockPanel(String ticker, double lastForecast, double meanForecast, double realised) {

    /** The panel of one position from its forecasts and realised values (NaN where not yet realised). */
    static StockPanel of(String ticker, double[] forecast, double[] realised) {
        double f = 0;
        double r = 0;
        int n = 0;
        for (int k = 0; k < forecast.length; k++) {
            if (Double.isFinite(realised[k])) {
                f += forecast[k] * forecast[k];
                r += realised[k] * realised[k];
                n++;
            }
        }
        return new StockPanel(ticker, forecast[forecast.length - 1],
                n == 0 ? Double.NaN : Math.sqrt(f / n), n == 0 ? Double.NaN : Math.sqrt(r / n));
    }
}
