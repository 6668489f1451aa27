package org.lstmrisk.evaluation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.lstmrisk.core.TradingCalendar;

/**
 * The evaluation's charts as standalone SVG files (JFreeChart drawn on JFreeSVG): forecast against realised volatility
 * for the portfolio and the first few tickers, the VaR exceedances of each model, and the volatility-targeting equity
 * curves beside buy-and-hold. Deterministic: fixed sizes, fixed SVG id prefix, coordinates rounded to 0.1. This class
 * is immutable and thread-safe.
 */
public final class EvaluationCharts {

    /** Tickers drawn individually (the first ones of the span). */
    static final int TICKER_CHARTS = 3;

    /** Days in the trailing window that smooths the realised volatility drawn beside the forecasts. */
    static final int SMOOTHING_DAYS = 21;

    private static final int WIDTH = 960;
    private static final int HEIGHT = 420;

    /** File name → SVG bytes, in a fixed order. */
    public Map<String, byte[]> render(Evaluation e) {
        var out = new LinkedHashMap<String, byte[]>();
        PortfolioEvaluation p = e.portfolio();
        List<String> models = e.forecasts().models();
        out.put("chart-portfolio-volatility.svg", svg(volatilityChart("Portfolio: forecast σp vs realised volatility",
                p.dates(), p.realisedVolatility(), p.sigma(), models)));
        ForecastPanel panel = e.forecasts();
        for (int i = 0; i < Math.min(TICKER_CHARTS, panel.tickers().size()); i++) {
            double[][] f = new double[models.size()][];
            for (int m = 0; m < models.size(); m++) {
                f[m] = panel.forecast()[m][i];
            }
            String ticker = panel.tickers().get(i);
            out.put("chart-volatility-" + ticker + ".svg", svg(volatilityChart(ticker
                    + ": forecast vs realised volatility", panel.dates(), panel.realised()[i], f, models)));
        }
        for (int m = 0; m < models.size(); m++) {
            out.put("chart-var-" + models.get(m) + ".svg", svg(varChart(e, m)));
        }
        out.put("chart-vol-targeting.svg", svg(equityChart(e)));
        return out;
    }

    private static JFreeChart volatilityChart(String title, List<LocalDate> dates, double[] realised,
                                              double[][] forecast, List<String> models) {
        var data = new TimeSeriesCollection();
        var smoothed = new TimeSeries("realised (" + SMOOTHING_DAYS + "-day RMS)");
        double annualise = TradingCalendar.SQRT_DAYS_PER_YEAR;
        for (int t = 0; t < dates.size(); t++) {
            double sum = 0;
            int k = 0;
            for (int u = Math.max(0, t - SMOOTHING_DAYS + 1); u <= t; u++) {
                sum += realised[u] * realised[u];
                k++;
            }
            smoothed.add(day(dates.get(t)), 100 * annualise * Math.sqrt(sum / k));
        }
        data.addSeries(smoothed);
        for (int m = 0; m < models.size(); m++) {
            var s = new TimeSeries(models.get(m));
            for (int t = 0; t < dates.size(); t++) {
                s.add(day(dates.get(t)), 100 * annualise * forecast[m][t]);
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, "forecast date",
                "volatility, % a year (daily × √252)", data, true, false, false);
        chart.addSubtitle(new TextTitle("Realised: the target proxy over t+1…t+h, smoothed over " + SMOOTHING_DAYS
                + " days for readability"));
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer().setSeriesPaint(0, Color.LIGHT_GRAY);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(2.5f));
        style(chart);
        return chart;
    }

    private static JFreeChart varChart(Evaluation e, int m) {
        PortfolioEvaluation p = e.portfolio();
        String model = e.forecasts().models().get(m);
        var lines = new TimeSeriesCollection();
        var returns = new TimeSeries("realised portfolio return");
        var var = new TimeSeries("−VaR " + Numbers.percent(e.settings().varLevel(), 1) + " %");
        var hits = new TimeSeries("exceptions");
        for (int t = 0; t < p.dates().size(); t++) {
            Day d = day(p.dates().get(t));
            returns.add(d, 100 * p.realisedReturn()[t]);
            var.add(d, -100 * p.valueAtRisk()[m][t]);
            if (p.exceptions()[m][t]) {
                hits.add(d, 100 * p.realisedReturn()[t]);
            }
        }
        lines.addSeries(returns);
        lines.addSeries(var);
        VarBacktestSummary v = p.models().get(m).valueAtRisk();
        JFreeChart chart = ChartFactory.createTimeSeriesChart("VaR exceedances: " + model + " — " + v.exceptions()
                + " exceptions, " + Numbers.fixed(v.expectedExceptions(), 1) + " expected", "forecast date",
                "return over the horizon, %", lines, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer().setSeriesPaint(0, Color.GRAY);
        plot.getRenderer().setSeriesPaint(1, new Color(0x1f, 0x77, 0xb4));
        var points = new TimeSeriesCollection(hits);
        var shapes = new XYLineAndShapeRenderer(false, true);
        shapes.setSeriesPaint(0, Color.RED);
        shapes.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        plot.setDataset(1, points);
        plot.setRenderer(1, shapes);
        style(chart);
        return chart;
    }

    private static JFreeChart equityChart(Evaluation e) {
        PortfolioEvaluation p = e.portfolio();
        double[] r = p.simpleReturns();
        var data = new TimeSeriesCollection();
        var hold = new TimeSeries("buy-and-hold");
        double w = 1;
        hold.add(day(p.returnDates().get(0)), w);
        for (int t = 1; t < r.length; t++) {
            w *= 1 + r[t];
            hold.add(day(p.returnDates().get(t)), w);
        }
        data.addSeries(hold);
        for (PortfolioModelResult m : p.models()) {
            double[] exposure = m.targeting().exposures();
            var s = new TimeSeries("target " + Numbers.percent(e.settings().volTargetAnnualised(), 0) + " %: "
                    + m.model());
            double wealth = 1;
            s.add(day(p.returnDates().get(0)), wealth);
            for (int t = 1; t < r.length; t++) {
                wealth *= 1 + exposure[t - 1] * r[t];
                s.add(day(p.returnDates().get(t)), wealth);
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart("Volatility targeting: wealth of 1 invested",
                "date", "wealth", data, true, false, false);
        chart.addSubtitle(new TextTitle("exposure_t = min(" + Numbers.fixed(e.settings().maxExposure(), 2)
                + ", target / σp,t), applied to the next day's portfolio return; no costs, cash earns 0"));
        chart.getXYPlot().getRenderer().setSeriesPaint(0, Color.BLACK);
        style(chart);
        return chart;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        if (plot.getRenderer() instanceof XYLineAndShapeRenderer lines) {
            lines.setDrawSeriesLineAsPath(true);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    }

    private static Day day(LocalDate d) {
        return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static byte[] svg(JFreeChart chart) {
        var g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix("c");
        g.setGeomDoubleConverter(v -> Double.toString(Math.round(v * 10) / 10.0));
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return (g.getSVGElement() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
