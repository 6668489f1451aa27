package org.lstmrisk.app.cli;

import java.util.ServiceLoader;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.core.concurrent.EngineProvider;
import org.lstmrisk.core.concurrent.TickerExecutor;
import picocli.CommandLine.Option;

/**
 * The {@code --engine} and {@code --master} options of {@code run} and {@code evaluate} (a picocli mixin): where the
 * per-ticker work runs. {@code local} is this process's pool; any other name is looked up among the
 * {@link EngineProvider}s on the class path ({@code spark} is in the {@code cluster} module, run by the
 * {@code lstm-risk-spark} launcher or {@code spark-submit}). The results are the same on every engine.
 */
public final class EngineOptions {

    @Option(names = "--engine", paramLabel = "local|spark",
            description = "Where the per-ticker fits and walk-forwards run: local (default: this process, --threads) or "
                    + "spark (Spark tasks; needs the lstm-risk-spark launcher or spark-submit). Results are the same.")
    String engine = "local";

    @Option(names = "--master", paramLabel = "URL",
            description = "The Spark master with --engine spark, e.g. local[2] or spark://HOST:7077 (default: the one "
                    + "spark-submit set, else local[*]).")
    String master;

    /**
     * The engine named, opened (the caller closes it).
     *
     * @throws UserInputException for an unknown engine, a --master without --engine spark, or an engine whose
     *                            module is not on the class path (exit 2, saying how to get it)
     */
    public TickerExecutor open() {
        EngineProvider provider = check();
        return provider == null ? TickerExecutor.local() : provider.open(master == null ? "" : master.strip());
    }

    /**
     * Checks the options without opening anything (call it before any file is written): the provider of the
     * engine named, or null for the local engine.
     *
     * @throws UserInputException as {@link #open()}
     */
    public EngineProvider check() {
        String name = engine.strip();
        if (name.equals("local")) {
            if (master != null) {
                throw new UserInputException("--master is for --engine spark; the local engine uses --threads");
            }
            return null;
        }
        if (!name.equals("spark")) {
            throw new UserInputException("unknown --engine '" + engine + "'; available: local, spark");
        }
        for (EngineProvider p : ServiceLoader.load(EngineProvider.class)) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new UserInputException("--engine spark needs the Spark build: run ./lstm-risk-spark (after mvn -B package "
                + "-DskipTests) or spark-submit cluster/target/lstm-risk-spark.jar, as README's 'Running on Spark' shows");
    }
}
