package org.lstmrisk.evaluation;

import java.nio.charset.StandardCharsets;

/**
 * {@code forecasts.csv}: every walk-forward forecast, one row per as-of date and ticker: the realised daily
 * volatility over t+1 … t+h, each model's forecast daily volatility made at the close of the date (fractions, full
 * precision), and whether the day was scored. Enough to recompute every per-ticker and pooled figure. This class is
 * immutable and thread-safe.
 */
public final class ForecastSeriesCsv {

    /** The UTF-8 bytes of the file. */
    public byte[] render(Evaluation e) {
        ForecastPanel p = e.forecasts();
        var sb = new StringBuilder("date,ticker,realised");
        for (String m : p.models()) {
            sb.append(',').append(m);
        }
        sb.append(",scored\n");
        for (int t = 0; t < p.days(); t++) {
            String date = p.dates().get(t).toString();
            for (int i = 0; i < p.tickers().size(); i++) {
                sb.append(date).append(',').append(p.tickers().get(i)).append(',')
                        .append(Numbers.exact(p.realised()[i][t]));
                for (int m = 0; m < p.models().size(); m++) {
                    sb.append(',').append(Numbers.exact(p.forecast()[m][i][t]));
                }
                sb.append(',').append(e.scored().scored()[i][t] ? 1 : 0).append('\n');
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
