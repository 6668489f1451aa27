package org.lstmrisk.report.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look shared by every chart of the page: a sans-serif font, white background, light grid, no outlines, and
 * the series colours. Applied per chart (JFreeChart's global theme is never changed). This class is immutable and
 * thread-safe.
 */
final class ChartStyle {

    /** The forecast line: a strong blue. */
    static final Color FORECAST = new Color(0x1f, 0x5f, 0xa8);
    /** The noisy realised series: a light grey. */
    static final Color REALISED = new Color(0xa0, 0xa6, 0xae);
    /** A smooth realised measure: orange. */
    static final Color SMOOTH = new Color(0xe0, 0x7b, 0x1a);
    /** Negative values (a hedge's share): teal. */
    static final Color NEGATIVE = new Color(0x2a, 0x9d, 0x8f);
    /** Axis and label text. */
    static final Color TEXT = new Color(0x33, 0x3a, 0x44);
    /** Grid lines. */
    static final Color GRID = new Color(0xe3, 0xe6, 0xea);

    private static final String FAMILY = "SansSerif";

    private final StandardChartTheme theme;

    /** The style with a base font of {@code fontSize} points (axis labels one point smaller). */
    ChartStyle(int fontSize) {
        theme = new StandardChartTheme("lstm-risk");
        theme.setExtraLargeFont(new Font(FAMILY, Font.BOLD, fontSize + 2));
        theme.setLargeFont(new Font(FAMILY, Font.BOLD, fontSize));
        theme.setRegularFont(new Font(FAMILY, Font.PLAIN, fontSize));
        theme.setSmallFont(new Font(FAMILY, Font.PLAIN, fontSize - 1));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setLegendItemPaint(TEXT);
        theme.setTitlePaint(TEXT);
        theme.setShadowVisible(false);
        theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        theme.setXYBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
    }

    /** Applies the style to {@code chart} and returns it. */
    JFreeChart apply(JFreeChart chart) {
        theme.apply(chart);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 2, 2, 2));
        if (chart.getPlot() instanceof XYPlot xy) {
            xy.setOutlineVisible(false);
            xy.setDomainGridlineStroke(new BasicStroke(0.6f));
            xy.setRangeGridlineStroke(new BasicStroke(0.6f));
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                quiet(xy.getRangeAxis(i));
            }
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                quiet(xy.getDomainAxis(i));
            }
        }
        return chart;
    }

    private static void quiet(ValueAxis axis) {
        if (axis != null) {
            axis.setAxisLineVisible(false);
            axis.setTickMarksVisible(false);
        }
    }
}
