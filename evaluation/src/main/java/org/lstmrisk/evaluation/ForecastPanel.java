package org.lstmrisk.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * Walk-forward forecasts of every model for every ticker on common as-of dates, with the realised target. Element
 * {@code [m][i][t]} of {@code forecast} is model m's forecast daily volatility (fraction) for ticker i made at the
 * close of {@code dates.get(t)} for t+1 … t+h; {@code realised[i][t]} is the target proxy's realised daily
 * volatility over those days. Arrays are not copied (package-internal value); treat them as read-only.
 *
 * @param dates          as-of dates, ascending
 * @param tickers        tickers, in span order
 * @param models         model names, in lineup order
 * @param forecast       [model][ticker][day] forecast daily volatility
 * @param realised       [ticker][day] realised daily volatility
 * @param refitFailures  [model][ticker] refits that failed and were replaced by an update of the previous model
 * @param traded         [ticker][day] true when the ticker traded on that as-of date; on the other dates (its market
 *                       was closed) its forecast is the one made at its last trading day and its realised value is
 *                       NaN: the day is not scored for that ticker. Null when every ticker traded every date.
 */
record ForecastPanel(List<LocalDate> dates, List<String> tickers, List<String> models, double[][][] forecast,
        double[][] realised, int[][] refitFailures, boolean[][] traded) {

    /** A panel in which every ticker traded every date. */
    ForecastPanel(List<LocalDate> dates, List<String> tickers, List<String> models, double[][][] forecast,
                  double[][] realised, int[][] refitFailures) {
        this(dates, tickers, models, forecast, realised, refitFailures, null);
    }

    /** True when ticker {@code i} traded on day {@code t}. */
    boolean traded(int i, int t) {
        return traded == null || traded[i][t];
    }

    ForecastPanel {
        dates = List.copyOf(dates);
        tickers = List.copyOf(tickers);
        models = List.copyOf(models);
    }

    int days() {
        return dates.size();
    }
}
