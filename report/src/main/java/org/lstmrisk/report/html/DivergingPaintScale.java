package org.lstmrisk.report.html;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A diverging colour scale from −1 (blue) through 0 (white) to +1 (red), the ColorBrewer RdBu ramp, for
 * correlations. Values outside [−1, 1] are clamped. This class is immutable and thread-safe.
 */
final class DivergingPaintScale implements PaintScale {

    private static final Color[] RAMP = {
            new Color(0x05, 0x30, 0x61), new Color(0x21, 0x66, 0xac), new Color(0x43, 0x93, 0xc3),
            new Color(0x92, 0xc5, 0xde), new Color(0xd1, 0xe5, 0xf0), new Color(0xf7, 0xf7, 0xf7),
            new Color(0xfd, 0xdb, 0xc7), new Color(0xf4, 0xa5, 0x82), new Color(0xd6, 0x60, 0x4d),
            new Color(0xb2, 0x18, 0x2b), new Color(0x67, 0x00, 0x1f)};

    @Override
    public double getLowerBound() {
        return -1;
    }

    @Override
    public double getUpperBound() {
        return 1;
    }

    /** The colour of {@code value}: linear between the eleven stops of the ramp. */
    @Override
    public Paint getPaint(double value) {
        return color(value);
    }

    /** The colour of {@code value} in [−1, 1] (clamped; NaN is grey). */
    Color color(double value) {
        if (Double.isNaN(value)) {
            return Color.LIGHT_GRAY;
        }
        double v = Math.max(-1, Math.min(1, value));
        double pos = (v + 1) / 2 * (RAMP.length - 1);
        int i = Math.min((int) Math.floor(pos), RAMP.length - 2);
        double f = pos - i;
        Color a = RAMP[i];
        Color b = RAMP[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DivergingPaintScale;
    }

    @Override
    public int hashCode() {
        return DivergingPaintScale.class.hashCode();
    }
}
