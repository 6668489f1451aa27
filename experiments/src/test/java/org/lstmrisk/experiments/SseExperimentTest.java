package org.lstmrisk.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.progress.Progress;
import org.lstmrisk.lstm.kernel.KernelChoice;

/**
 * One SSE split on a short synthetic random walk with few epochs: the naive row and the split are right, the
 * scaler is fitted on the training closes only, and changing test-slice prices changes neither the scaler nor
 * the training.
 */
class SseExperimentTest {

    private static final int N = 260;
    private static final SseSettings SETTINGS = new SseSettings(7, List.of(8, 8), 3, 32, 2025, 0);

    private final double[] closes = SyntheticSeries.randomWalk(N, 99);
    private final List<LocalDate> dates = SyntheticSeries.weekdays(LocalDate.of(2020, 1, 1), N);

    private SseRun run(double[] series) {
        return new SseExperiment().runOnce("test", dates, series, SplitFractions.published(), SETTINGS, 2025,
                KernelChoice.OJALGO, Progress.SILENT);
    }

    @Test
    void test_naiveRow_isYesterdaysCloseOnTheTestDays() {
        SseRun r = run(closes);
        int samples = N - 7;
        int train = (int) Math.floor(samples * 0.70);
        int validation = (int) Math.floor(samples * 0.15);
        assertEquals(new SampleSplit(train, validation, samples - train - validation), r.split());
        int firstTarget = train + validation + 7;
        double[] actual = new double[N - firstTarget];
        double[] naive = new double[N - firstTarget];
        double abs = 0;
        double sq = 0;
        for (int t = firstTarget; t < N; t++) {
            actual[t - firstTarget] = closes[t];
            naive[t - firstTarget] = closes[t - 1];
            abs += Math.abs(closes[t - 1] - closes[t]);
            sq += (closes[t - 1] - closes[t]) * (closes[t - 1] - closes[t]);
        }
        assertEquals(abs / actual.length, r.naive().mae(), 1e-9);
        assertEquals(Math.sqrt(sq / actual.length), r.naive().rmse(), 1e-9);
        assertEquals(RegressionMetrics.of(naive, actual), r.naive());
        assertEquals(dates.get(firstTarget), r.firstTestDate());
        assertEquals(dates.get(N - 1), r.lastTestDate());
        assertEquals(actual.length, r.lstm().testErrors().length);
        assertEquals(actual.length, r.lstm().test().observations());
    }

    @Test
    void test_scaler_isFittedOnTrainingClosesOnly_andTestPricesDoNotChangeTraining() {
        SseRun r = run(closes);
        int lastTrainingClose = r.split().train() + 7; // exclusive: the last training sample's target + 1
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < lastTrainingClose; i++) {
            min = Math.min(min, closes[i]);
            max = Math.max(max, closes[i]);
        }
        assertEquals(min, r.scalerMin(), 1e-9);
        assertEquals(max, r.scalerMax(), 1e-9);

        double[] changed = closes.clone();
        int firstTestOnlyClose = r.split().testStart() + 7;
        for (int i = firstTestOnlyClose; i < N; i++) {
            changed[i] = closes[i] * 1.5 + 200;
        }
        SseRun c = run(changed);
        assertEquals(r.scalerMin(), c.scalerMin());
        assertEquals(r.scalerMax(), c.scalerMax());
        assertEquals(r.lstm().trainLoss(), c.lstm().trainLoss());
        assertEquals(r.lstm().validationLoss(), c.lstm().validationLoss());
        assertEquals(r.rnn().trainLoss(), c.rnn().trainLoss());
        assertEquals(r.rnn().bestEpoch(), c.rnn().bestEpoch());
        assertNotEquals(r.naive(), c.naive());
    }

    @Test
    void test_run_isDeterministic() {
        SseRun a = run(closes);
        SseRun b = run(closes);
        assertEquals(a.lstm().test(), b.lstm().test());
        assertArrayEquals(a.rnn().testErrors(), b.rnn().testErrors());
    }
}
