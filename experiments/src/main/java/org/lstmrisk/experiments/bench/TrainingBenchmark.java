package org.lstmrisk.experiments.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.lstmrisk.lstm.AdamState;
import org.lstmrisk.lstm.NetworkConfig;
import org.lstmrisk.lstm.NetworkWeights;
import org.lstmrisk.lstm.SequenceDataset;
import org.lstmrisk.lstm.Trainer;
import org.lstmrisk.lstm.TrainingConfig;
import org.lstmrisk.lstm.TrainingResult;
import org.lstmrisk.lstm.kernel.KernelChoice;

/**
 * Training throughput of the default network (window 60, 1 feature, LSTM 64 → LSTM 32 → dense 1, batch 32,
 * Adam 1e-3, MSE, float64) on the synthetic task of {@code shared/bench/torch_lstm_reference.py}: 3000
 * windows of a seeded N(0, 0.01²) return series, target the next squared return × 1e4. Reports samples/s
 * as the mean of epochs 2–5 and GFLOP/s counting matrix products only (10.41 MFLOP per sample forward plus
 * backward), for one thread or for several threads each training its own network (stocks in parallel).
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp ... org.lstmrisk.experiments.bench.TrainingBenchmark
 * [--kernel vector|ojalgo] [--threads N] [--epochs E] [--samples N]}.
 */
public final class TrainingBenchmark {

    /** Matrix-product FLOP per sample, forward and backward: 60 × (2·256·65 + 2·128·96) × 3. */
    public static final double FLOP_PER_SAMPLE = 3.0 * 60 * (2 * 4 * 64 * (1 + 64) + 2 * 4 * 32 * (64 + 32));

    private static final int WINDOW = 60;

    /**
     * One measurement.
     *
     * @param kernel        the kernel used
     * @param threads       networks trained at once, one per thread
     * @param samplesPerSec aggregate training samples per second over all threads (mean of epochs 2..E)
     * @param epochSeconds  the mean epoch time per thread, epochs 2..E
     */
    public record Result(KernelChoice kernel, int threads, double samplesPerSec, double epochSeconds) {

        /** Achieved GFLOP/s counting matrix products only. */
        public double gflops() {
            return FLOP_PER_SAMPLE * samplesPerSec / 1e9;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "kernel=%s threads=%d  %.0f samples/s  %.2f GFLOP/s  (%.3f s/epoch/thread)",
                    kernel.name().toLowerCase(Locale.ROOT), threads, samplesPerSec, gflops(), epochSeconds);
        }
    }

    private TrainingBenchmark() {
    }

    /** The synthetic task: {@code samples} windows of 60 returns and the next squared return × 1e4. */
    public static SequenceDataset syntheticTask(int samples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] r = new double[samples + WINDOW + 1];
        for (int i = 0; i < r.length; i++) {
            r[i] = random.nextGaussian() * 0.01;
        }
        double[] x = new double[samples * WINDOW];
        double[] y = new double[samples];
        for (int i = 0; i < samples; i++) {
            System.arraycopy(r, i, x, i * WINDOW, WINDOW);
            y[i] = r[WINDOW + i] * r[WINDOW + i] * 1e4;
        }
        return new SequenceDataset(x, y, WINDOW, 1);
    }

    /** Trains {@code threads} default networks at once for {@code epochs} epochs and measures throughput. */
    public static Result run(KernelChoice kernel, int threads, int epochs, int samples) throws Exception {
        if (threads < 1 || epochs < 2 || samples < 1) {
            throw new IllegalArgumentException("need threads ≥ 1, epochs ≥ 2, samples ≥ 1; were " + threads + ", "
                    + epochs + ", " + samples);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = t;
                futures.add(pool.submit(() -> epochTimes(kernel, epochs, samples, seed)));
            }
            double sumRate = 0;
            double sumSeconds = 0;
            for (Future<double[]> f : futures) {
                double[] times = f.get();
                double mean = 0;
                for (int e = 1; e < times.length; e++) {
                    mean += times[e];
                }
                mean /= times.length - 1;
                sumRate += samples / mean;
                sumSeconds += mean;
            }
            return new Result(kernel, threads, sumRate, sumSeconds / threads);
        } finally {
            pool.shutdown();
        }
    }

    private static double[] epochTimes(KernelChoice kernel, int epochs, int samples, long seed) {
        NetworkConfig network = NetworkConfig.defaultNetwork();
        TrainingConfig training = TrainingConfig.defaults().withEpochs(1).withBatchSize(32).withLearningRate(1e-3)
                .withClipNorm(0).withPatience(0).withValidationFraction(0).withSeed(seed);
        SequenceDataset data = syntheticTask(samples, seed);
        Trainer trainer = new Trainer(network, training, kernel);
        NetworkWeights weights = NetworkWeights.initial(network, seed);
        AdamState state = AdamState.initial(network);
        double[] times = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            long t0 = System.nanoTime();
            TrainingResult result = trainer.fit(data, null, weights, state);
            times[e] = (System.nanoTime() - t0) / 1e9;
            weights = result.weights();
            state = result.optimizerState();
            System.out.printf(Locale.ROOT, "  [%s seed %d] epoch %d: %.3f s  %.0f samples/s  loss=%.4f%n",
                    kernel.name().toLowerCase(Locale.ROOT), seed, e + 1, times[e], samples / times[e],
                    result.trainLoss().get(0));
        }
        return times;
    }

    /** Command line: {@code [--kernel vector|ojalgo] [--threads N] [--epochs E] [--samples N]}. */
    public static void main(String[] args) throws Exception {
        KernelChoice kernel = KernelChoice.fromSystemProperty();
        int threads = 1;
        int epochs = 5;
        int samples = 3000;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--kernel" -> kernel = KernelChoice.valueOf(value.toUpperCase(Locale.ROOT));
                case "--threads" -> threads = Integer.parseInt(value);
                case "--epochs" -> epochs = Integer.parseInt(value);
                case "--samples" -> samples = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --kernel vector|ojalgo --threads N --epochs E --samples N");
            }
            i++;
        }
        if (kernel == KernelChoice.OJALGO) {
            // one network per thread: keep ojAlgo's own multiply from forking onto its pool (benchmark process only)
            org.ojalgo.matrix.operation.MultiplyBoth.PARALLELISM = () -> 1;
        }
        System.out.printf(Locale.ROOT, "lstm-risk training benchmark: default network, float64, batch 32, %d samples,"
                + " %d epochs, java %s, %d cores%n", samples, epochs, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.println(run(kernel, threads, epochs, samples));
    }
}
