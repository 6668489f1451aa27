package org.lstmrisk.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.io.CsvOutput;

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
        List<String> header = new ArrayList<>(List.of("date", "ticker", "realised"));
        header.addAll(p.models());
        header.add("scored");
        CsvOutput csv = CsvOutput.withHeader(header);
        for (int t = 0; t < p.days(); t++) {
            String date = p.dates().get(t).toString();
            for (int i = 0; i < p.tickers().size(); i++) {
                List<String> row = new ArrayList<>(header.size());
                row.add(date);
                row.add(p.tickers().get(i));
                row.add(Numbers.exact(p.realised()[i][t]));
                for (int m = 0; m < p.models().size(); m++) {
                    row.add(Numbers.exact(p.forecast()[m][i][t]));
                }
                row.add(e.scored().scored()[i][t] ? "1" : "0");
                csv.row(row);
            }
        }
        return csv.utf8();
    }
}
