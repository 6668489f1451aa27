package org.lstmrisk.app.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lstmrisk.core.ExitCode;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.core.progress.Progress;
import org.lstmrisk.core.progress.TerminalProgress;
import org.lstmrisk.evaluation.FolderPublisher;
import org.lstmrisk.experiments.ExperimentDataLoader;
import org.lstmrisk.experiments.ExperimentSeries;
import org.lstmrisk.experiments.SseExperiment;
import org.lstmrisk.experiments.SseFiles;
import org.lstmrisk.experiments.SseResult;
import org.lstmrisk.experiments.SseSettings;
import org.lstmrisk.experiments.SseTables;
import org.lstmrisk.experiments.Sp500Experiment;
import org.lstmrisk.experiments.Sp500Files;
import org.lstmrisk.experiments.Sp500Result;
import org.lstmrisk.experiments.Sp500Settings;
import org.lstmrisk.experiments.Sp500Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lstm-risk experiment}: reproductions of published experiments with the project's LSTM and RNN. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Reproduce published experiments: 'sse' (SSE Composite, LSTM versus RNN) and 'sp500' "
                + "(S&P 500 window normalisation).",
        subcommands = {ExperimentCommand.Sse.class, ExperimentCommand.Sp500.class})
public final class ExperimentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.BAD_INPUT;
    }

    /** Progress on stderr on a terminal only; quiet under CI or a scheduler. */
    static Progress progress(PrintWriter err) {
        return TerminalProgress.forThisProcess(err);
    }

    /** {@code lstm-risk experiment sse}. */
    @Command(name = "sse", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"SSE Composite, LSTM versus RNN: the previous 7 closes predict the next close; split "
                    + "70/15/15; min-max scaling fitted on the training slice; two recurrent layers of 32; Adam, "
                    + "MSE. Prints MAE, RMSE, R² and R on the test slice (index points) beside the published table "
                    + "and a naive 'tomorrow = today' row, then repeats with random splits. Writes OUT/ (sse.json, "
                    + "sse.md, loss and error SVGs, sse.html) all at once.",
                    "Exit codes: 0 complete, 2 bad usage or input (nothing written), 1 internal failure."})
    public static final class Sse implements Callable<Integer> {

        private final ExperimentDataLoader loader;
        private final SseExperiment experiment;
        private final SseTables tables;
        private final SseFiles files;
        private final FolderPublisher publisher;

        @Spec
        CommandSpec spec;

        @Option(names = "--data", paramLabel = "FILE",
                description = "The SSE Composite CSV (default ../shared/data/shanghai_composite_000001SS.csv).")
        Path data = Path.of("../shared/data/shanghai_composite_000001SS.csv");

        @Option(names = "--from", paramLabel = "DATE", description = "First close used (default 2010-01-04).")
        LocalDate from = LocalDate.of(2010, 1, 4);

        @Option(names = "--to", paramLabel = "DATE", description = "Last close used (default 2024-12-31).")
        LocalDate to = LocalDate.of(2024, 12, 31);

        @Option(names = "--epochs", paramLabel = "N", description = "Training epochs, all run (default 100).")
        int epochs = 100;

        @Option(names = "--repeats", paramLabel = "N", description = "Runs with random splits (default 5).")
        int repeats = 5;

        @Option(names = "--seed", paramLabel = "N", description = "Seed of weights, shuffling and splits (default 2025).")
        long seed = 2025;

        @Option(names = "--out", paramLabel = "DIR", description = "Output folder, replaced as a whole (default out/experiments/sse).")
        Path out = Path.of("out/experiments/sse");

        @Mixin
        KernelOption kernel = new KernelOption();

        /** The command with its collaborators. */
        @Inject
        public Sse(ExperimentDataLoader loader, SseExperiment experiment, SseTables tables, SseFiles files,
                FolderPublisher publisher) {
            this.loader = loader;
            this.experiment = experiment;
            this.tables = tables;
            this.files = files;
            this.publisher = publisher;
        }

        @Override
        public Integer call() throws Exception {
            if (epochs < 1 || repeats < 0) {
                throw new UserInputException("--epochs must be at least 1 and --repeats at least 0, were " + epochs
                        + ", " + repeats);
            }
            publisher.checkReplaceable(out, "sse.json");
            SseSettings settings = SseSettings.published(epochs, repeats, seed);
            ExperimentSeries series = loader.load(data, from, to, 20 * settings.window());
            long start = System.nanoTime();
            SseResult result = experiment.run(data.toString(), series.dates(), series.close(), settings,
                    kernel.choice(), progress(spec.commandLine().getErr()));
            double seconds = (System.nanoTime() - start) / 1e9;
            publisher.publish(out, "sse.json", files.files(result));
            PrintWriter o = spec.commandLine().getOut();
            o.print(tables.markdown(result));
            o.printf(Locale.ROOT, "%nwall time %.1f s (training and scoring); written: %s%n", seconds, out);
            o.flush();
            return ExitCode.OK;
        }
    }

    /** {@code lstm-risk experiment sp500}. */
    @Command(name = "sp500", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"S&P 500 window normalisation (the LSTM-Neural-Network-for-Time-Series-Prediction "
                    + "tutorial): Close and Volume, windows of 50 divided by their first row minus one, split 85/15, "
                    + "LSTM 100-100-100 with dropout 0.2; point-by-point, full-sequence and multi-sequence "
                    + "predictions with RMSE and direction accuracy beside a naive forecast. Writes OUT/ (sp500.json, "
                    + "sp500.md, prediction SVGs, sp500.html) all at once.",
                    "Exit codes: 0 complete, 2 bad usage or input (nothing written), 1 internal failure."})
    public static final class Sp500 implements Callable<Integer> {

        private final ExperimentDataLoader loader;
        private final Sp500Experiment experiment;
        private final Sp500Tables tables;
        private final Sp500Files files;
        private final FolderPublisher publisher;

        @Spec
        CommandSpec spec;

        @Option(names = "--data", paramLabel = "FILE", description = "The S&P 500 CSV (default ../shared/data/sp500.csv).")
        Path data = Path.of("../shared/data/sp500.csv");

        @Option(names = "--epochs", paramLabel = "N", description = "Training epochs (default 2, as the tutorial).")
        int epochs = 2;

        @Option(names = "--seed", paramLabel = "N", description = "Seed of weights, shuffling and dropout (default 2025).")
        long seed = 2025;

        @Option(names = "--out", paramLabel = "DIR", description = "Output folder, replaced as a whole (default out/experiments/sp500).")
        Path out = Path.of("out/experiments/sp500");

        @Mixin
        KernelOption kernel = new KernelOption();

        /** The command with its collaborators. */
        @Inject
        public Sp500(ExperimentDataLoader loader, Sp500Experiment experiment, Sp500Tables tables, Sp500Files files,
                FolderPublisher publisher) {
            this.loader = loader;
            this.experiment = experiment;
            this.tables = tables;
            this.files = files;
            this.publisher = publisher;
        }

        @Override
        public Integer call() throws Exception {
            if (epochs < 1) {
                throw new UserInputException("--epochs must be at least 1, was " + epochs);
            }
            publisher.checkReplaceable(out, "sp500.json");
            Sp500Settings settings = Sp500Settings.tutorial(epochs, seed);
            ExperimentSeries series = loader.load(data, null, null, settings.minimumRows());
            if (series.volume() == null) {
                throw new UserInputException(data + " has no Volume column; the experiment uses Close and Volume");
            }
            long start = System.nanoTime();
            Sp500Result result = experiment.run(data.toString(), series.dates(), series.close(), series.volume(),
                    settings, kernel.choice(), progress(spec.commandLine().getErr()));
            double seconds = (System.nanoTime() - start) / 1e9;
            publisher.publish(out, "sp500.json", files.files(result));
            PrintWriter o = spec.commandLine().getOut();
            o.print(tables.markdown(result));
            o.printf(Locale.ROOT, "%nwall time %.1f s (training and predicting); written: %s%n", seconds, out);
            o.flush();
            return ExitCode.OK;
        }
    }
}
