package org.lstmrisk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@link PriceHistory#calendar()}: the merged union equals a sorted set's union of the same dates. */
class PriceHistoryCalendarTest {

    @Test
    void theCalendarIsTheSortedUnion_ofOverlappingGappedAndEqualCalendars() {
        var rng = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int tickers = 1 + rng.nextInt(6);
            List<PriceSeries> series = new ArrayList<>();
            var expected = new TreeSet<LocalDate>();
            List<LocalDate> shared = null;
            for (int t = 0; t < tickers; t++) {
                List<LocalDate> dates;
                if (shared != null && rng.nextInt(3) == 0) {
                    dates = shared; // the common case: the same exchange calendar
                } else {
                    dates = new ArrayList<>();
                    LocalDate d = LocalDate.of(2020, 1, 1).plusDays(rng.nextInt(30));
                    int n = 1 + rng.nextInt(40);
                    for (int k = 0; k < n; k++) {
                        dates.add(d);
                        d = d.plusDays(1 + rng.nextInt(4));
                    }
                }
                shared = dates;
                expected.addAll(dates);
                double[] closes = new double[dates.size()];
                java.util.Arrays.fill(closes, 100);
                series.add(PriceSeries.ofCloses("T" + t, dates, closes));
            }
            assertEquals(List.copyOf(expected), new PriceHistory(series).calendar(), "trial " + trial);
        }
    }
}
