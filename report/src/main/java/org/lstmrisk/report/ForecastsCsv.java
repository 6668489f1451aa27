package org.lstmrisk.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.lstmrisk.io.CsvField;
import org.lstmrisk.portfolio.RiskContribution;

/**
 * Renders {@code forecasts.csv}: one row per position with ticker, weight, forecast daily volatility, model,
 * component contribution (daily volatility) and share of portfolio risk. This class is immutable and thread-safe.
 */
public final class ForecastsCsv {

    /** The UTF-8 bytes of the CSV file. */
    public byte[] render(RiskReport report) {
        StringBuilder sb = new StringBuilder("ticker,weight,volatility,model,component,share\n");
        List<RiskContribution> contributions = report.risk().contributions();
        double[] sigma = report.volatilities();
        for (int i = 0; i < contributions.size(); i++) {
            RiskContribution c = contributions.get(i);
            sb.append(CsvField.of(c.ticker())).append(',')
                    .append(c.weight()).append(',')
                    .append(sigma[i]).append(',')
                    .append(CsvField.of(report.model())).append(',')
                    .append(c.component()).append(',')
                    .append(c.share()).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
