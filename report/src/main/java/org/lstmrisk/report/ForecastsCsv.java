package org.lstmrisk.report;

import java.util.List;
import org.lstmrisk.io.CsvOutput;
import org.lstmrisk.portfolio.RiskContribution;

/**
 * Renders {@code forecasts.csv}: one row per position with ticker, weight, forecast daily volatility, model,
 * component contribution (daily volatility) and share of portfolio risk. This class is immutable and thread-safe.
 */
public final class ForecastsCsv {

    /** The UTF-8 bytes of the CSV file. */
    public byte[] render(RiskReport report) {
        CsvOutput csv = CsvOutput.withHeader(List.of("ticker", "weight", "volatility", "model", "component", "share"));
        List<RiskContribution> contributions = report.risk().contributions();
        double[] sigma = report.volatilities();
        for (int i = 0; i < contributions.size(); i++) {
            RiskContribution c = contributions.get(i);
            csv.row(c.ticker(), Double.toString(c.weight()), Double.toString(sigma[i]), report.model(),
                    Double.toString(c.component()), Double.toString(c.share()));
        }
        return csv.utf8();
    }
}
