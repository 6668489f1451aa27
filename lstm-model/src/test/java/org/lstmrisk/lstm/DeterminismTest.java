package org.lstmrisk.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lstmrisk.lstm.kernel.KernelChoice;

/** Same seed and data give the same weights bit for bit, also when several networks train in parallel. */
class DeterminismTest {

    private static final NetworkConfig NETWORK = new NetworkConfig(2, List.of(12, 8), CellType.LSTM, 4);

    @ParameterizedTest
    @EnumSource(KernelChoice.class)
    void test_sameSeedSameData_sameWeights_sequentialAndParallel(KernelChoice kernel) throws Exception {
        int tasks = 4;
        List<TrainingResult> sequential = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            sequential.add(train(t, kernel));
        }
        ExecutorService pool = Executors.newFixedThreadPool(tasks);
        try {
            List<Future<TrainingResult>> futures = new ArrayList<>();
            for (int t = 0; t < tasks; t++) {
                int task = t;
                futures.add(pool.submit(() -> train(task, kernel)));
            }
            for (int t = 0; t < tasks; t++) {
                TrainingResult parallel = futures.get(t).get();
                assertEquals(sequential.get(t), parallel, "task " + t);
                assertEquals(sequential.get(t).weights(), parallel.weights());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(train(1, kernel).weights(), sequential.get(1).weights());
        assertNotEquals(sequential.get(0).weights(), sequential.get(1).weights(), "different seeds should differ");
    }

    private static TrainingResult train(int task, KernelChoice kernel) {
        TrainingConfig training = TrainingConfig.defaults().withEpochs(3).withBatchSize(16).withDropout(0.2)
                .withL2(1e-4).withSeed(100 + task).withValidationFraction(0.2);
        return new Trainer(NETWORK, training, kernel).fit(data(task));
    }

    private static SequenceDataset data(int task) {
        SplittableRandom random = new SplittableRandom(task);
        int n = 150;
        int window = 10;
        double[] x = new double[n * window * 2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int s = 0; s < window * 2; s++) {
                x[i * window * 2 + s] = random.nextGaussian();
                sum += x[i * window * 2 + s];
            }
            y[i] = Math.tanh(sum / 5);
        }
        return new SequenceDataset(x, y, window, 2);
    }
}
