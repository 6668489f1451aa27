package org.lstmrisk.report;

import java.time.LocalDate;
import java.util.List;
import org.lstmrisk.portfolio.PortfolioRisk;

/**
 * The figures of a {@code report.json} read back: enough to re-check limits without re-running.
 * This class is immutable and thread-safe.
 *
 * @param asOf    the report's as-of date
 * @param tickers the positions, in report order
 * @param risk    the portfolio figures rebuilt from the report's fields
 */
public record WrittenReport(LocalDate asOf, List<String> tickers, PortfolioRisk risk) {

    /** Copies the list. */
    public WrittenReport {
        tickers = List.copyOf(tickers);
    }
}
