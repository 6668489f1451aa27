package org.lstmrisk.report.html;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The horizontal bar chart of each position's share of portfolio risk (component / σp, in percent), largest
 * first, as inline SVG. Negative shares (hedges) are drawn in another colour. This class is immutable and
 * thread-safe.
 */
final class ContributionChart {

    /** Pixels per bar. */
    static final int ROW_HEIGHT = 19;

    private final SvgRenderer svg;

    /** A chart maker that draws with {@code svg}. */
    ContributionChart(SvgRenderer svg) {
        this.svg = svg;
    }

    /** The SVG of {@code positions}, in the order given (sort them first). */
    String render(List<PositionRow> positions, int width, String id) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (PositionRow p : positions) {
            dataset.addValue(100 * p.share(), "share of risk", p.ticker());
        }
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return positions.get(column).share() < 0 ? ChartStyle.NEGATIVE : ChartStyle.FORECAST;
            }
        };
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0);
        renderer.setMaximumBarWidth(1);
        DecimalFormat pct = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", pct));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        renderer.setItemLabelAnchorOffset(3);
        CategoryAxis tickers = new CategoryAxis(null);
        tickers.setCategoryMargin(0.25);
        tickers.setLowerMargin(0.01);
        tickers.setUpperMargin(0.01);
        NumberAxis share = new NumberAxis("share of portfolio risk, %");
        share.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        share.setUpperMargin(0.12);
        share.setLowerMargin(0.06);
        CategoryPlot plot = new CategoryPlot(dataset, tickers, share, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(ChartStyle.TEXT);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        new ChartStyle(11).apply(chart);
        renderer.setDefaultItemLabelFont(new Font("SansSerif", Font.PLAIN, 10));
        renderer.setDefaultItemLabelPaint(ChartStyle.TEXT);
        tickers.setAxisLineVisible(false);
        tickers.setTickMarksVisible(false);
        share.setAxisLineVisible(false);
        share.setTickMarksVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setBackgroundPaint(Color.WHITE);
        int height = ROW_HEIGHT * positions.size() + 50;
        return svg.render(chart, width, height, id);
    }
}
