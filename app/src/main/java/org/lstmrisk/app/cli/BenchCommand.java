package org.lstmrisk.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lstmrisk.experiments.bench.TrainingBenchmark;
import org.lstmrisk.lstm.kernel.KernelChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lstm-risk bench}: training throughput of the default LSTM (window 60, one feature, LSTM 64 → LSTM 32 →
 * dense 1, batch 32, Adam, MSE, float64) on the task of {@code ../shared/bench/torch_lstm_reference.py}, in
 * samples per second (mean of epochs 2–5) and GFLOP/s of matrix products.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure LSTM training throughput (samples/s, GFLOP/s) on the PyTorch reference's task; "
                + "run the reference beside it in the same sitting and compare (see docs/BENCHMARK.md).")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--kernel", paramLabel = "vector|ojalgo", description = "Matrix kernels (default: vector when available).")
    String kernel;

    @Option(names = "--threads", paramLabel = "N", description = "Networks trained at once, one per thread (default 1).")
    int threads = 1;

    @Option(names = "--samples", paramLabel = "N", description = "Training windows per epoch (default 3000, as the reference).")
    int samples = 3000;

    @Override
    public Integer call() throws Exception {
        KernelChoice choice = kernel == null ? KernelChoice.fromSystemProperty()
                : KernelChoice.valueOf(kernel.toUpperCase(Locale.ROOT));
        if (threads < 1 || samples < 64) {
            throw new org.lstmrisk.core.UserInputException("--threads must be >= 1 and --samples >= 64");
        }
        TrainingBenchmark.Result r = TrainingBenchmark.run(choice, threads, 5, samples);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "kernel %s, %d thread%s: %.0f samples/s, %.1f GFLOP/s (matrix products, %.2f MFLOP per sample)%n",
                choice.name().toLowerCase(Locale.ROOT), threads, threads == 1 ? "" : "s", r.samplesPerSec(), r.gflops(),
                TrainingBenchmark.FLOP_PER_SAMPLE / 1e6);
        out.flush();
        return 0;
    }
}
