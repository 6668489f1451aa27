package org.lstmrisk.app.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.io.PriceFolderWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.lstmrisk.nightly.run.LimitSet;
import org.lstmrisk.io.MarketData;
import org.lstmrisk.nightly.run.ReportFolderGuard;
import org.lstmrisk.nightly.run.RiskJob;
import org.lstmrisk.nightly.run.SyntheticMarketData;
import org.lstmrisk.core.simulation.SyntheticMarket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lstm-risk demo}: the nightly run on a generated, seeded market; needs no input. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run the nightly risk job on a seeded synthetic market (10 tickers, two years of "
                + "daily prices with volatility clustering and factor correlation) and write OUT/<as-of>/.")
public final class DemoCommand implements Callable<Integer> {

    private final SyntheticMarketData syntheticData;
    private final RiskJob job;
    private final ReportFolderGuard folderGuard;

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", paramLabel = "SEED", description = "Random seed of the market (default 20240308).")
    Long seed;

    @Option(names = "--as-of", paramLabel = "DATE", description = "As-of date (default: the market's last day).")
    LocalDate asOf;

    @Option(names = "--tickers", paramLabel = "N", description = "Tickers of a larger (or smaller) synthetic "
            + "universe, named SYN01, SYN02, ... (default: the demo market's). One market factor, a sector factor per "
            + "six names, GARCH(1,1) variances; the true covariance is known (for benchmarks and evaluations).")
    Integer tickers;

    @Option(names = "--days", paramLabel = "T", description = "Trading days of the synthetic market, from the demo's "
            + "start date (default: the demo market's).")
    Integer days;

    @Option(names = "--save-prices", paramLabel = "DIR", description = "Also write the generated prices to DIR, one "
            + "TICKER.csv each (Date,Open,High,Low,Close,Volume), readable by run/evaluate --data DIR. DIR must be "
            + "absent or empty.")
    Path savePrices;

    @Mixin
    RiskOptions options;

    /** A demo command from its collaborators. */
    @Inject
    public DemoCommand(SyntheticMarketData syntheticData, RiskJob job, ReportFolderGuard folderGuard) {
        this.syntheticData = syntheticData;
        this.job = job;
        this.folderGuard = folderGuard;
    }

    @Override
    public Integer call() {
        SyntheticMarket demo = SyntheticMarket.DEMO;
        if (tickers != null && tickers < 1) {
            throw new UserInputException("--tickers must be at least 1, got " + tickers);
        }
        if (days != null && days < 2) {
            throw new UserInputException("--days must be at least 2, got " + days);
        }
        SyntheticMarket market = seed == null && tickers == null && days == null ? demo
                : new SyntheticMarket(tickers == null ? demo.tickers() : tickers, days == null ? demo.days() : days,
                        demo.startDate(), seed == null ? demo.seed() : seed);
        var settings = options.toSettings(SettingsFile.EMPTY, Path.of(""), null, asOf, Path.of("out", "demo"));
        WritableFolder.require(settings.outDir(), "--out");
        if (savePrices != null) {
            requireAbsentOrEmpty(savePrices);
        }
        MarketData data = syntheticData.generate(market);
        if (savePrices != null) {
            new PriceFolderWriter().write(data.prices().history(), savePrices);
        }
        folderGuard.check(data, settings, options.replace);
        return job.execute(data, null, LimitSet.NONE, settings, spec.commandLine().getOut());
    }

    private static void requireAbsentOrEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new UserInputException("--save-prices " + folder + " is not a folder");
        }
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new UserInputException("--save-prices " + folder + " is not empty; give a new folder");
            }
        } catch (IOException e) {
            throw new UserInputException("--save-prices " + folder + " cannot be read: " + e.getMessage());
        }
    }
}
