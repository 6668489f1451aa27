package org.lstmrisk.lstm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lstmrisk.lstm.kernel.KernelChoice;

/**
 * Central finite differences (step 1e-6, double precision) against the analytic BPTT gradient, tensor by
 * tensor: relative error ‖g_analytic − g_numeric‖ / (‖g_analytic‖ + ‖g_numeric‖) below 1e-6.
 */
class GradientCheckTest {

    private static final double STEP = 1e-6;
    private static final double TOLERANCE = 1e-6;
    private static final int WINDOW = 5;
    private static final int SAMPLES = 4;

    @ParameterizedTest
    @EnumSource(KernelChoice.class)
    void test_gradient_singleLstmLayer(KernelChoice kernel) {
        check(new NetworkConfig(2, List.of(3), CellType.LSTM, 0), base(Loss.mse()), kernel, false);
    }

    @ParameterizedTest
    @EnumSource(KernelChoice.class)
    void test_gradient_stackedLstmWithDenseHead(KernelChoice kernel) {
        check(new NetworkConfig(2, List.of(4, 3), CellType.LSTM, 2), base(Loss.mse()), kernel, false);
    }

    @ParameterizedTest
    @EnumSource(KernelChoice.class)
    void test_gradient_stackedRnnWithDenseHead(KernelChoice kernel) {
        check(new NetworkConfig(3, List.of(3, 4), CellType.RNN, 3), base(Loss.mse()), kernel, false);
    }

    @ParameterizedTest
    @EnumSource(KernelChoice.class)
    void test_gradient_vectorWideLayers(KernelChoice kernel) {
        // hidden sizes above and not multiple of the vector length exercise the vector and tail code paths
        check(new NetworkConfig(3, List.of(11, 9), CellType.LSTM, 5), base(Loss.mse()), kernel, false);
    }

    @ParameterizedTest
    @EnumSource(KernelChoice.class)
    void test_gradient_huberLoss(KernelChoice kernel) {
        check(new NetworkConfig(2, List.of(4, 3), CellType.LSTM, 2), base(Loss.huber(0.8)), kernel, false);
    }

    @ParameterizedTest
    @EnumSource(KernelChoice.class)
    void test_gradient_qlikeLoss(KernelChoice kernel) {
        check(new NetworkConfig(2, List.of(4, 3), CellType.LSTM, 2), base(Loss.qlike()), kernel, false);
    }

    @ParameterizedTest
    @EnumSource(KernelChoice.class)
    void test_gradient_withL2(KernelChoice kernel) {
        check(new NetworkConfig(2, List.of(4, 3), CellType.LSTM, 2), base(Loss.mse()).withL2(0.05), kernel, false);
    }

    @ParameterizedTest
    @EnumSource(KernelChoice.class)
    void test_gradient_withFixedDropoutMasks(KernelChoice kernel) {
        check(new NetworkConfig(2, List.of(4, 3), CellType.LSTM, 2), base(Loss.mse()).withDropout(0.3), kernel,
                true);
        check(new NetworkConfig(2, List.of(4, 3), CellType.RNN, 0), base(Loss.mse()).withDropout(0.3), kernel, true);
    }

    @ParameterizedTest
    @EnumSource(KernelChoice.class)
    void test_gradient_withLinearSkipPath(KernelChoice kernel) {
        check(new NetworkConfig(2, List.of(4, 3), CellType.LSTM, 2, 3), base(Loss.qlike()), kernel, false);
        check(new NetworkConfig(3, List.of(3), CellType.RNN, 0, WINDOW), base(Loss.mse()), kernel, false);
        check(new NetworkConfig(2, List.of(4, 3), CellType.LSTM, 0, 1), base(Loss.mse()).withDropout(0.3).withL2(0.05),
                kernel, true);
    }

    private static TrainingConfig base(Loss loss) {
        return TrainingConfig.defaults().withBatchSize(SAMPLES).withLoss(loss).withClipNorm(0);
    }

    private static void check(NetworkConfig config, TrainingConfig training, KernelChoice kernel, boolean dropout) {
        SplittableRandom random = new SplittableRandom(42);
        SequenceDataset data = dataset(config.inputSize(), random, training.loss() instanceof Loss.Qlike);
        Trainer trainer = new Trainer(config, training, kernel);
        NetworkEngine engine = trainer.engineFor(WINDOW);
        trainer.load(NetworkWeights.initial(config, 7), AdamState.initial(config));
        double[] p = engine.parameters();
        for (int i = 0; i < p.length; i++) {
            p[i] += 0.3 * (random.nextDouble() - 0.5); // move off the special initial biases
        }
        engine.refreshTransposes();
        if (dropout) {
            engine.drawDropoutMasks(random, training.dropout(), SAMPLES);
        }
        trainer.lossAndGradient(data, null, 0, SAMPLES, dropout);
        double[] analytic = engine.gradient().clone();
        double[] numeric = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double keep = p[i];
            p[i] = keep + STEP;
            engine.refreshTransposes();
            double plus = trainer.lossAndGradient(data, null, 0, SAMPLES, dropout) + trainer.l2Penalty();
            p[i] = keep - STEP;
            engine.refreshTransposes();
            double minus = trainer.lossAndGradient(data, null, 0, SAMPLES, dropout) + trainer.l2Penalty();
            p[i] = keep;
            numeric[i] = (plus - minus) / (2 * STEP);
        }
        engine.refreshTransposes();
        for (ParameterLayout.Entry e : engine.layout().entries()) {
            double diff = 0;
            double sum = 0;
            double na = 0;
            for (int i = e.offset(); i < e.offset() + e.size(); i++) {
                diff += (analytic[i] - numeric[i]) * (analytic[i] - numeric[i]);
                sum += analytic[i] * analytic[i] + numeric[i] * numeric[i];
                na += analytic[i] * analytic[i];
            }
            double rel = Math.sqrt(diff) / Math.max(Math.sqrt(na) + Math.sqrt(sum - na), 1e-300);
            assertTrue(na > 0, e.name() + ": analytic gradient is zero, the check would prove nothing");
            assertTrue(rel < TOLERANCE, config + " " + training.loss() + " " + kernel + " dropout " + dropout + ": "
                    + e.name() + " relative error " + rel);
        }
    }

    private static SequenceDataset dataset(int features, SplittableRandom random, boolean positiveTargets) {
        double[] x = new double[SAMPLES * WINDOW * features];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        double[] y = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            y[i] = positiveTargets ? 0.2 + random.nextDouble() * 2 : random.nextGaussian();
        }
        return new SequenceDataset(x, y, WINDOW, features);
    }
}
