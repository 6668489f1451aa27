package org.lstmrisk.report.html;

import java.awt.Color;
import java.util.Objects;

/**
 * One line of a time-series chart: values in percent, one per day of the chart ({@code NaN} where there is no
 * value), drawn in a colour and width. This class is immutable and thread-safe.
 *
 * @param name   the legend text
 * @param values one value per day, in percent; NaN leaves a gap
 * @param color  the line colour
 * @param width  the line width in pixels
 */
record LineSeries(String name, double[] values, Color color, float width) {

    /** Validates and copies. */
    LineSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        values = values.clone();
        if (!(width > 0)) {
            throw new IllegalArgumentException("line width must be positive, was " + width);
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
