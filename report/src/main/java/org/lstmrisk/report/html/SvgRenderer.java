package org.lstmrisk.report.html;

import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a JFreeChart into an inline {@code <svg>} element with JFreeSVG. The output is deterministic: the ids
 * JFreeSVG puts in {@code <defs>} (clip paths, gradients) start with the element's own id instead of JFreeSVG's
 * default time-based prefix, so several charts in one page never share an id, and coordinates are written with
 * one decimal (two in transforms) in a fixed locale. This class is immutable and thread-safe.
 */
final class SvgRenderer {

    /**
     * The {@code <svg>} of {@code chart} drawn at {@code width} × {@code height} pixels, scalable through its
     * view box.
     *
     * @param id the element's id, unique in the page (letters, digits and hyphens)
     */
    String render(JFreeChart chart, int width, int height, String id) {
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("chart id must be lower-case letters, digits and hyphens: '" + id + "'");
        }
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        g.setGeomDoubleConverter(SvgRenderer::oneDecimal);
        g.setTransformDoubleConverter(SvgRenderer::twoDecimals);
        chart.draw(g, new Rectangle(0, 0, width, height));
        String svg = g.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
        return svg.replace("<svg ", "<svg role=\"img\" ");
    }

    private static String oneDecimal(double x) {
        return fixed(x, 10);
    }

    private static String twoDecimals(double x) {
        return fixed(x, 100);
    }

    /**
     * {@code x} rounded to 1/{@code scale} (10 or 100) without trailing zeros, e.g. 12.5, 3, -0.25: a fast,
     * locale-free replacement for {@code String.format}, which dominated the rendering time.
     */
    static String fixed(double x, long scale) {
        if (!Double.isFinite(x)) {
            return "0";
        }
        long v = Math.round(x * scale);
        if (v == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder(12);
        if (v < 0) {
            sb.append('-');
            v = -v;
        }
        sb.append(v / scale);
        long fraction = v % scale;
        if (fraction != 0) {
            sb.append('.');
            if (scale == 100) {
                sb.append((char) ('0' + fraction / 10));
                if (fraction % 10 != 0) {
                    sb.append((char) ('0' + fraction % 10));
                }
            } else {
                sb.append((char) ('0' + fraction));
            }
        }
        return sb.toString();
    }
}
