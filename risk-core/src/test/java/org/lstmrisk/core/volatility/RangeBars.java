package org.lstmrisk.core.volatility;

import java.time.LocalDate;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.TestPrices;

/** Four hand-made consistent OHLC bars shared by the estimator tests. */
final class RangeBars {

    static final double[] OPEN = {100, 101, 99.5, 102};
    static final double[] HIGH = {102, 103.5, 101, 104};
    static final double[] LOW = {99, 100.2, 98, 101.3};
    static final double[] CLOSE = {101.2, 100.5, 100.8, 103.1};

    private RangeBars() {
    }

    static PriceSeries series() {
        return new PriceSeries("BAR", TestPrices.weekdays(LocalDate.of(2024, 1, 1), 4), OPEN, HIGH, LOW, CLOSE, null);
    }
}
