package org.lstmrisk.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmrisk.lstm.SequenceDataset;

/** Repeat splits stay in their ranges and are reproducible; the window normalisation and its inverse are right. */
class SplitAndNormalisationTest {

    @Test
    void test_randomRepeats_respectRangesAndAreReproducible() {
        List<SplitFractions> a = SplitFractions.randomRepeats(2025, 1000);
        assertEquals(1000, a.size());
        for (SplitFractions f : a) {
            assertTrue(f.train() >= 0.6 && f.train() < 0.8, "train " + f.train());
            assertTrue(f.validation() >= 0.1 && f.validation() < 0.2, "validation " + f.validation());
            assertTrue(f.test() > 0 && f.test() <= 0.3 + 1e-12, "test " + f.test());
        }
        assertEquals(a, SplitFractions.randomRepeats(2025, 1000));
        assertEquals(a.subList(0, 5), SplitFractions.randomRepeats(2025, 5));
        assertNotEquals(a.subList(0, 5), SplitFractions.randomRepeats(2026, 5));
    }

    @Test
    void test_publishedSplit_countsRoundTrainAndValidationDown() {
        SampleSplit s = SplitFractions.published().apply(3632);
        assertEquals(2542, s.train());
        assertEquals(544, s.validation());
        assertEquals(546, s.test());
        assertEquals(3086, s.testStart());
    }

    @Test
    void test_windowNormalisation_dividesByFirstRowMinusOneAndInverts() {
        double[][] rows = {{100, 1000}, {110, 500}, {90, 1500}, {120, 2000}};
        double[][] n = WindowNormaliser.normalise(rows, 1, 3);
        assertArrayEquals(new double[] {0, 0}, n[0], 0);
        assertArrayEquals(new double[] {90 / 110.0 - 1, 2}, n[1], 1e-15);
        assertArrayEquals(new double[] {120 / 110.0 - 1, 3}, n[2], 1e-15);
        for (int t = 0; t < 3; t++) {
            for (int j = 0; j < 2; j++) {
                assertEquals(rows[1 + t][j], WindowNormaliser.denormalise(rows[1][j], n[t][j]), 1e-12);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> WindowNormaliser.normalise(new double[][] {{0}, {1}}, 0, 2));
    }

    @Test
    void test_normalisedWindows_inputsAndTargetsAsTheTutorial() {
        double[] close = SyntheticSeries.randomWalk(30, 11);
        double[][] rows = new double[30][];
        for (int i = 0; i < 30; i++) {
            rows[i] = new double[] {close[i], 1000 + i};
        }
        int window = 5;
        SequenceDataset d = NormalisedWindows.of(rows, 10, 30, window);
        assertEquals(30 - 10 - window, d.size());
        assertEquals(window - 1, d.window());
        double[] in = d.inputs();
        for (int i = 0; i < d.size(); i++) {
            int s = 10 + i;
            for (int t = 0; t < window - 1; t++) {
                assertEquals(close[s + t] / close[s] - 1, in[(i * (window - 1) + t) * 2], 1e-15);
                assertEquals((1000.0 + s + t) / (1000 + s) - 1, in[(i * (window - 1) + t) * 2 + 1], 1e-15);
            }
            assertEquals(close[s + window - 1] / close[s] - 1, d.targets()[i], 1e-15);
        }
    }
}
