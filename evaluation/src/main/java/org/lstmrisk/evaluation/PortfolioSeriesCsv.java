package org.lstmrisk.evaluation;

import java.nio.charset.StandardCharsets;

/**
 * {@code portfolio.csv}: one row per as-of date t: the realised portfolio log return and volatility proxy over
 * t+1 … t+h, and for each model σp (daily volatility), VaR (positive fraction of value) and whether t+1 … t+h was an
 * exception (full precision). This class is immutable and thread-safe.
 */
public final class PortfolioSeriesCsv {

    /** The UTF-8 bytes of the file. */
    public byte[] render(Evaluation e) {
        PortfolioEvaluation p = e.portfolio();
        var sb = new StringBuilder("date,realised_return,realised_volatility");
        for (String m : e.forecasts().models()) {
            sb.append(',').append(m).append("_sigma,").append(m).append("_var,").append(m).append("_exception");
        }
        sb.append('\n');
        for (int t = 0; t < p.dates().size(); t++) {
            sb.append(p.dates().get(t)).append(',').append(Numbers.exact(p.realisedReturn()[t])).append(',')
                    .append(Numbers.exact(p.realisedVolatility()[t]));
            for (int m = 0; m < p.sigma().length; m++) {
                sb.append(',').append(Numbers.exact(p.sigma()[m][t])).append(',')
                        .append(Numbers.exact(p.valueAtRisk()[m][t])).append(',').append(p.exceptions()[m][t] ? 1 : 0);
            }
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
