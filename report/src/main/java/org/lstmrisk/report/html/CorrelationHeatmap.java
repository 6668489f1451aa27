package org.lstmrisk.report.html;

import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The correlation matrix as a heat map: one cell per pair of tickers, labelled on both axes in report order (the
 * first ticker at the top left), on a diverging scale from −1 (blue) to +1 (red) with a legend, as inline SVG.
 * This class is immutable and thread-safe.
 */
final class CorrelationHeatmap {

    private final SvgRenderer svg;

    /** A chart maker that draws with {@code svg}. */
    CorrelationHeatmap(SvgRenderer svg) {
        this.svg = svg;
    }

    /** The SVG of {@code rho} (square, symmetric) with {@code tickers} as labels. */
    String render(List<String> tickers, double[][] rho, String id) {
        int n = tickers.size();
        double[][] xyz = new double[3][n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                xyz[0][k] = j;
                xyz[1][k] = i;
                xyz[2][k] = rho[i][j];
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("correlation", xyz);
        String[] labels = tickers.toArray(String[]::new);
        SymbolAxis x = new SymbolAxis(null, labels);
        x.setVerticalTickLabels(true);
        x.setGridBandsVisible(false);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setGridBandsVisible(false);
        y.setInverted(true);
        y.setLowerMargin(0);
        y.setUpperMargin(0);
        DivergingPaintScale scale = new DivergingPaintScale();
        XYBlockRenderer renderer = new FilledBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        x.setRange(-0.5, n - 0.5);
        y.setRange(-0.5, n - 0.5);

        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        new ChartStyle(11).apply(chart);
        Font small = new Font("SansSerif", Font.PLAIN, n > 20 ? 10 : 11);
        x.setTickLabelFont(small);
        y.setTickLabelFont(small);
        NumberAxis legendAxis = new NumberAxis("correlation");
        legendAxis.setRange(-1, 1);
        legendAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.5,
                new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        legendAxis.setTickLabelFont(small);
        legendAxis.setLabelFont(small);
        legendAxis.setAxisLineVisible(false);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(14);
        legend.setSubdivisionCount(40);
        legend.setMargin(new RectangleInsets(40, 14, 40, 4));
        legend.setBackgroundPaint(java.awt.Color.WHITE);
        chart.addSubtitle(legend);
        int cell = n > 20 ? 20 : n > 10 ? 28 : 40;
        int side = cell * n;
        return svg.render(chart, side + 150, side + 60, id);
    }
}
