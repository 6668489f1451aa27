package org.lstmrisk.experiments;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The experiments' charts as standalone SVG text (JFreeChart drawn on JFreeSVG): loss curves, error histograms and
 * prediction paths. Deterministic: fixed sizes, a fixed id prefix per chart, coordinates rounded to 0.1. Stateless.
 */
public final class ExperimentCharts {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 360;
    private static final int BINS = 40;

    /** Training and validation MSE (scaled values) per epoch of {@code outcome}, on a log axis. */
    public String lossCurve(String title, ModelOutcome outcome, String id) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("training MSE", outcome.trainLoss()));
        if (!outcome.validationLoss().isEmpty()) {
            data.addSeries(series("validation MSE", outcome.validationLoss()));
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "epoch", "MSE (scaled)", data,
                PlotOrientation.VERTICAL, true, false, false);
        LogAxis axis = new LogAxis("MSE (scaled, log)");
        axis.setSmallestValue(1e-7);
        axis.setTickUnit(new NumberTickUnit(1.0)); // one tick per power of ten
        axis.setNumberFormatOverride(new DecimalFormat("0E0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        chart.getXYPlot().setRangeAxis(axis);
        return svg(style(chart), id);
    }

    /** A histogram of {@code errors} (predicted − actual, index points). */
    public String errorHistogram(String title, double[] errors, String id) {
        HistogramDataset data = new HistogramDataset();
        data.addSeries("test errors", errors, BINS);
        JFreeChart chart = ChartFactory.createHistogram(title, "predicted − actual (index points)", "days", data,
                PlotOrientation.VERTICAL, false, false, false);
        XYBarRenderer bars = (XYBarRenderer) chart.getXYPlot().getRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x4a, 0x78, 0xb0));
        return svg(style(chart), id);
    }

    /**
     * Actual closes and predictions (index points) against the test step; each fed-back sequence is drawn as its
     * own line from its start.
     */
    public String predictions(String title, PredictionModeResult mode, String id) {
        XYSeriesCollection data = new XYSeriesCollection();
        double[] actual = mode.actualPrice();
        double[] predicted = mode.predictedPrice();
        XYSeries truth = new XYSeries("actual close");
        for (int i = 0; i < actual.length; i++) {
            truth.add(i, actual[i]);
        }
        data.addSeries(truth);
        int[] starts = mode.sequenceStarts().length == 0 ? new int[] {0} : mode.sequenceStarts();
        for (int k = 0; k < starts.length; k++) {
            int end = k + 1 < starts.length ? starts[k + 1] : predicted.length;
            XYSeries s = new XYSeries(k == 0 ? "prediction" : "prediction " + (k + 1));
            for (int i = starts[k]; i < end; i++) {
                s.add(i, predicted[i]);
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "test step (trading days)", "close (index points)",
                data, PlotOrientation.VERTICAL, true, false, false);
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer lines = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        lines.setSeriesPaint(0, Color.BLACK);
        for (int k = 1; k < data.getSeriesCount(); k++) {
            lines.setSeriesPaint(k, new Color(0xd0, 0x50, 0x20));
            lines.setSeriesStroke(k, new BasicStroke(1.2f));
            lines.setSeriesVisibleInLegend(k, k == 1);
        }
        return svg(style(chart), id);
    }

    private static XYSeries series(String name, List<Double> values) {
        XYSeries s = new XYSeries(name);
        for (int i = 0; i < values.size(); i++) {
            s.add(i + 1, Math.max(values.get(i), 1e-12));
        }
        return s;
    }

    private static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        if (plot.getRenderer() instanceof XYLineAndShapeRenderer lines) {
            lines.setDrawSeriesLineAsPath(true);
            lines.setDefaultShapesVisible(false);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        return chart;
    }

    private static String svg(JFreeChart chart, String id) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(id + "-");
        g.setGeomDoubleConverter(v -> Double.toString(Math.round(v * 10) / 10.0));
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement(id) + "\n";
    }
}
