package org.lstmrisk.experiments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded synthetic index levels for the experiment tests: a noisy random walk around 3000 points. */
final class SyntheticSeries {

    private SyntheticSeries() {
    }

    static double[] randomWalk(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[n];
        double level = 3000;
        for (int i = 0; i < n; i++) {
            level *= Math.exp(0.0002 + 0.012 * gaussian(random));
            out[i] = level;
        }
        return out;
    }

    static List<LocalDate> weekdays(LocalDate first, int n) {
        List<LocalDate> dates = new ArrayList<>(n);
        LocalDate d = first;
        while (dates.size() < n) {
            if (d.getDayOfWeek().getValue() <= 5) {
                dates.add(d);
            }
            d = d.plusDays(1);
        }
        return dates;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
