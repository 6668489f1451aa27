package org.lstmrisk.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.io.CsvOutput;

/**
 * {@code portfolio.csv}: one row per as-of date t: the realised portfolio log return and volatility proxy over
 * t+1 … t+h, and for each model σp (daily volatility), VaR (positive fraction of value) and whether t+1 … t+h was an
 * exception (full precision). This class is immutable and thread-safe.
 */
public final class PortfolioSeriesCsv {

    /** The UTF-8 bytes of the file. */
    public byte[] render(Evaluation e) {
        PortfolioEvaluation p = e.portfolio();
        List<String> header = new ArrayList<>(List.of("date", "realised_return", "realised_volatility"));
        for (String m : e.forecasts().models()) {
            header.addAll(List.of(m + "_sigma", m + "_var", m + "_exception"));
        }
        CsvOutput csv = CsvOutput.withHeader(header);
        for (int t = 0; t < p.dates().size(); t++) {
            List<String> row = new ArrayList<>(header.size());
            row.add(p.dates().get(t).toString());
            row.add(Numbers.exact(p.realisedReturn()[t]));
            row.add(Numbers.exact(p.realisedVolatility()[t]));
            for (int m = 0; m < p.sigma().length; m++) {
                row.add(Numbers.exact(p.sigma()[m][t]));
                row.add(Numbers.exact(p.valueAtRisk()[m][t]));
                row.add(p.exceptions()[m][t] ? "1" : "0");
            }
            csv.row(row);
        }
        return csv.utf8();
    }
}
