package org.lstmrisk.lstm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.lstmrisk.experiments.bench.TrainingBenchmark;
import org.lstmrisk.lstm.kernel.KernelChoice;

/**
 * (Kept in the lstm package, beside the experiments module's benchmark task that it trains on.)
 * A warmed-up training step of the default network (window 60, batch 32, dropout and L2 on) and a
 * single-window prediction allocate nothing: fewer than 1 KB over 100 calls, measured with the thread's
 * allocation counter.
 */
class AllocationTest {

    @Test
    void test_trainingStep_allocatesNothing_vectorKernel() {
        long bytes = allocatedOverSteps(KernelChoice.VECTOR, 100);
        System.out.println("vector kernel: " + bytes + " bytes allocated over 100 training steps");
        assertTrue(bytes < 1024, bytes + " bytes allocated over 100 steps");
    }

    @Test
    void test_singleWindowPrediction_allocatesNothing() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        Predictor predictor = new Predictor(NetworkWeights.initial(NetworkConfig.defaultNetwork(), 2),
                KernelChoice.VECTOR);
        double[] window = TrainingBenchmark.syntheticTask(1, 3).inputs();
        double sum = 0;
        for (int i = 0; i < 2000; i++) {
            sum += predictor.predict(window);
        }
        long before = mx.getThreadAllocatedBytes(thread);
        long after0 = mx.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 100; i++) {
            sum += predictor.predict(window);
        }
        long bytes = (mx.getThreadAllocatedBytes(thread) - after0) - (after0 - before);
        assertTrue(Double.isFinite(sum));
        assertTrue(bytes < 1024, bytes + " bytes allocated over 100 predictions");
    }

    static long allocatedOverSteps(KernelChoice kernel, int steps) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        SequenceDataset data = TrainingBenchmark.syntheticTask(512, 1);
        NetworkConfig network = NetworkConfig.defaultNetwork();
        TrainingConfig training = TrainingConfig.defaults().withBatchSize(32).withDropout(0.1).withL2(1e-5);
        Trainer trainer = new Trainer(network, training, kernel);
        trainer.engineFor(data.window());
        trainer.load(NetworkWeights.initial(network, 1), AdamState.initial(network));
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = (i * 37) % order.length;
        }
        SplittableRandom random = new SplittableRandom(5);
        int batches = data.size() / 32;
        for (int s = 0; s < 300; s++) {
            trainer.step(data, order, (s % batches) * 32, 32, random);
        }
        long before = mx.getThreadAllocatedBytes(thread);
        long after0 = mx.getThreadAllocatedBytes(thread);
        for (int s = 0; s < steps; s++) {
            trainer.step(data, order, (s % batches) * 32, 32, random);
        }
        long after = mx.getThreadAllocatedBytes(thread);
        return (after - after0) - (after0 - before);
    }
}
