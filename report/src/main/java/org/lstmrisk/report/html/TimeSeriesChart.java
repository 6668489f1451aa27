package org.lstmrisk.report.html;

import java.awt.BasicStroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Line charts of daily values in percent over dates, as inline SVG: the per-stock small multiples and the
 * portfolio's volatility history. Dates are drawn in UTC with English month names, so the output does not depend
 * on the machine's time zone or locale. This class is immutable and thread-safe.
 */
final class TimeSeriesChart {

    private final SvgRenderer svg;

    /** A chart maker that draws with {@code svg}. */
    TimeSeriesChart(SvgRenderer svg) {
        this.svg = svg;
    }

    /**
     * The SVG of {@code lines} over {@code dates}.
     *
     * @param dates      the x values
     * @param lines      the lines, drawn in order (the last on top)
     * @param yLabel     the y axis label, or {@code null}
     * @param legend     whether to draw a legend under the plot
     * @param yMax       the top of the y axis, or NaN to fit all values
     * @param fontSize   the base font size in points
     * @param width      the width in pixels
     * @param height     the height in pixels
     * @param id         the element id, unique in the page
     */
    String render(List<LocalDate> dates, List<LineSeries> lines, String yLabel, boolean legend, double yMax,
                  int fontSize, int width, int height, String id) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (LineSeries line : lines) {
            double[] values = line.values();
            if (values.length != dates.size()) {
                throw new IllegalArgumentException(line.name() + " has " + values.length + " values for "
                        + dates.size() + " dates");
            }
            XYSeries series = new XYSeries(line.name(), false, true);
            for (int k = 0; k < values.length; k++) {
                if (Double.isFinite(values[k])) {
                    series.add(millis(dates.get(k)), values[k]);
                }
            }
            dataset.addSeries(series);
        }
        DateAxis x = new DateAxis(null, TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ENGLISH);
        SimpleDateFormat months = new SimpleDateFormat("MMM yy", Locale.ENGLISH);
        months.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        x.setDateFormatOverride(months);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(true);
        y.setNumberFormatOverride(new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        if (Double.isFinite(yMax) && yMax > 0) {
            y.setRange(0, yMax);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        new ChartStyle(fontSize).apply(chart);
        renderer.setDrawSeriesLineAsPath(true);
        for (int s = 0; s < lines.size(); s++) {
            renderer.setSeriesPaint(s, lines.get(s).color());
            renderer.setSeriesStroke(s, new BasicStroke(lines.get(s).width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        return svg.render(chart, width, height, id);
    }

    private static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
