package org.lstmrisk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PriceSeriesRangeAccessTest {

    @Test
    void openHighLowByIndex_equalArrayElements() {
        double[] o = {10, 11};
        double[] h = {12, 13};
        double[] l = {9, 10.5};
        double[] c = {11, 12};
        PriceSeries s = new PriceSeries("X", TestPrices.weekdays(LocalDate.of(2024, 1, 1), 2), o, h, l, c, null);
        for (int i = 0; i < 2; i++) {
            assertEquals(o[i], s.open(i));
            assertEquals(h[i], s.high(i));
            assertEquals(l[i], s.low(i));
        }
    }

    @Test
    void openHighLowByIndex_failOnClosesOnlySeries() {
        PriceSeries s = TestPrices.closes("X", 1, 2);
        assertThrows(IllegalStateException.class, () -> s.open(0));
        assertThrows(IllegalStateException.class, () -> s.high(0));
        assertThrows(IllegalStateException.class, () -> s.low(0));
    }
}
