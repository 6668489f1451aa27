package org.lstmrisk.nightly.history;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.forecasters.ForecasterCatalog;
import org.lstmrisk.report.RiskReport;
import org.lstmrisk.nightly.config.RunSettings;
import org.lstmrisk.report.Universe;
import org.lstmrisk.portfolio.CorrelationEstimate;
import org.lstmrisk.portfolio.CorrelationMatrix;
import org.lstmrisk.portfolio.PortfolioRisk;
import org.lstmrisk.portfolio.PortfolioRiskCalculator;
import org.lstmrisk.portfolio.RiskInputs;
import org.lstmrisk.portfolio.limits.Limit;
import org.lstmrisk.portfolio.limits.LimitChecker;
import org.lstmrisk.portfolio.limits.LimitMetric;
import org.lstmrisk.portfolio.limits.LimitResult;

/** Small computed runs for history tests (no data files), and a clock that ticks one second per reading. */
final class TestRuns {

    static final List<String> TICKERS = List.of("AAA", "BBB", "CCC");

    private TestRuns() {
    }

    /**
     * A three-position run: CCC is the most volatile and carries about 55 % of the risk, so a position.share
     * limit of 0.5 (hard) breaches on CCC only, and a VaR limit of 0.05 is OK.
     */
    static RiskReport report(LocalDate asOf) {
        return report(asOf, null);
    }

    /** As {@link #report(LocalDate)}, with {@code results} instead of the computed limit results when not null. */
    static RiskReport report(LocalDate asOf, List<LimitResult> results) {
        double[] w = {0.4, 0.3, 0.3};
        double[] sigma = {0.01, 0.012, 0.03};
        CorrelationMatrix rho = CorrelationMatrix.of(new double[][] {{1, 0.3, 0.2}, {0.3, 1, 0.1}, {0.2, 0.1, 1}});
        PortfolioRisk risk = PortfolioRiskCalculator.DEFAULT.compute(RiskInputs.of(TICKERS, w, sigma, rho, 1));
        List<LimitResult> limits = results != null ? results : LimitChecker.DEFAULT.check(List.of(
                Limit.of("share", LimitMetric.POSITION_SHARE, 0.5),
                Limit.of("var", LimitMetric.PORTFOLIO_VAR99, 0.05)), risk, asOf);
        return new RiskReport(asOf, 1, "ewma", new Universe(TICKERS, w, "equal", List.of()), sigma,
                new CorrelationEstimate(rho, 252, 0.5, false, "none", 0.0), 252, risk, limits,
                new RiskReport.DataSummary("test-data", asOf.minusYears(1), asOf, "sha256:" + "0".repeat(64), List.of()));
    }

    /** The limit results of {@link #report(LocalDate)} with the first one repeated (a duplicate name). */
    static List<LimitResult> duplicatedResults(LocalDate asOf) {
        var results = new ArrayList<>(report(asOf).limits());
        results.add(results.get(0));
        return results;
    }

    static RunSettings settings() {
        return new RunSettings(null, null, "ewma", 1, 252, 5, 0.94, 2, 0, Path.of("out"));
    }

    static RunRecorder recorder(Clock clock) {
        return new RunRecorder(new HistoryDatabase(), new HistorySchema(), new ForecasterCatalog(), clock);
    }

    /** A clock that starts at {@code start} and moves one second forward each time it is read. */
    static final class TickingClock extends Clock {
        private Instant next;

        TickingClock(Instant start) {
            this.next = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public synchronized Instant instant() {
            Instant now = next;
            next = next.plusSeconds(1);
            return now;
        }
    }
}
