package org.lstmrisk.report.html;

import java.awt.BasicStroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One model's loss per epoch (training, and validation when present) as a small line chart in inline SVG.
 * This class is immutable and thread-safe.
 */
final class LossCurveChart {

    private final SvgRenderer svg;

    /** A chart maker that draws with {@code svg}. */
    LossCurveChart(SvgRenderer svg) {
        this.svg = svg;
    }

    /** The SVG of {@code curve}. */
    String render(LossCurve curve, int width, int height, String id) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(series("training", curve.trainingLoss()));
        double[] validation = curve.validationLoss();
        if (validation.length > 0) {
            dataset.addSeries(series("validation", validation));
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        NumberAxis epochs = new NumberAxis("epoch");
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        epochs.setAutoRangeIncludesZero(false);
        NumberAxis loss = new NumberAxis("loss");
        loss.setNumberFormatOverride(new DecimalFormat("0.0##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        XYPlot plot = new XYPlot(dataset, epochs, loss, renderer);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        new ChartStyle(10).apply(chart);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setSeriesPaint(0, ChartStyle.FORECAST);
        renderer.setSeriesPaint(1, ChartStyle.SMOOTH);
        renderer.setSeriesStroke(0, new BasicStroke(1.6f));
        renderer.setSeriesStroke(1, new BasicStroke(1.6f));
        return svg.render(chart, width, height, id);
    }

    private static XYSeries series(String name, double[] values) {
        XYSeries s = new XYSeries(name, false, true);
        for (int e = 0; e < values.length; e++) {
            s.add(e + 1, values[e]);
        }
        return s;
    }
}
