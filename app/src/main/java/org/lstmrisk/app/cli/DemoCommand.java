package org.lstmrisk.app.cli;

import jakarta.inject.Inject;
import java.nio.file.Path;
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
        SyntheticMarket market = seed == null ? demo
                : new SyntheticMarket(demo.tickers(), demo.days(), demo.startDate(), seed);
        var settings = options.toSettings(SettingsFile.EMPTY, Path.of(""), null, asOf, Path.of("out", "demo"));
        WritableFolder.require(settings.outDir(), "--out");
        MarketData data = syntheticData.generate(market);
        folderGuard.check(data, settings, options.replace);
        return job.execute(data, null, LimitSet.NONE, settings, spec.commandLine().getOut());
    }
}
