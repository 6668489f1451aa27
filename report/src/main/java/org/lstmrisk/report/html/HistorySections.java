package org.lstmrisk.report.html;

import java.util.List;
import org.lstmrisk.report.ForecastHistory;

/**
 * The two history sections: the portfolio's forecast σp each day of the last year against realised measures, and
 * one small chart per stock of its forecast against its realised volatility. Values are drawn in percent a day.
 * This class is immutable and thread-safe.
 */
final class HistorySections {

    private static final String CAP_NOTE = "y axis up to the 98th percentile of the realised values (at least "
            + "1.25 × the highest forecast): the few higher days run off the top";

    private final TimeSeriesChart chart;

    /** Sections drawn with {@code chart}. */
    HistorySections(TimeSeriesChart chart) {
        this.chart = chart;
    }

    /** The portfolio section body. */
    String portfolio(ForecastHistory h) {
        String horizon = HeadlineSection.days(h.horizonDays());
        String realisedName = h.horizonDays() == 1 ? "realised: |portfolio return| the next day"
                : "realised: portfolio volatility over the next " + horizon;
        List<LineSeries> lines = List.of(
                new LineSeries(realisedName, percent(h.portfolioRealised()), ChartStyle.REALISED, 0.8f),
                new LineSeries("realised: trailing " + h.trailingDays() + "-day volatility",
                        percent(h.portfolioTrailingRealised()), ChartStyle.SMOOTH, 1.6f),
                new LineSeries("forecast σp", percent(h.portfolioForecast()), ChartStyle.FORECAST, 1.9f));
        StringBuilder sb = new StringBuilder();
        sb.append(legend(List.of(
                new String[] {"forecast", "forecast σp made at each close for the next " + horizon},
                new String[] {"realised", realisedName.substring("realised: ".length())},
                new String[] {"smooth", "trailing " + h.trailingDays() + "-day realised volatility (up to that day)"},
                new String[] {"none", CAP_NOTE})));
        double top = axisTop(h.portfolioForecast(), h.portfolioRealised());
        sb.append(chart.render(h.dates(), lines, "% a day", false, top, 11, 1100, 300, "chart-portfolio-history"));
        return sb.toString();
    }

    /** Above this many positions the grid shows {@link #LARGE_BOOK_PANELS} charts only. */
    static final int MAX_PANELS = 50;

    /** The charts of a large book: its largest contributors to σp. */
    static final int LARGE_BOOK_PANELS = 24;

    /** The per-stock section body: a legend and a grid of small charts in report order. */
    String stocks(ForecastHistory h) {
        return stocks(h, h.tickers());
    }

    /**
     * The per-stock section body with a chart for each of {@code shown} (in that order); a note says how many
     * positions are left out when it is not all of them.
     */
    String stocks(ForecastHistory h, List<String> shown) {
        StringBuilder sb = new StringBuilder();
        if (shown.size() < h.tickers().size()) {
            sb.append("<p class=\"explain\">The ").append(shown.size()).append(" largest contributors to σp of ")
                    .append(h.tickers().size()).append(" positions; forecasts.csv has every position's forecast.</p>\n");
        }
        String horizon = HeadlineSection.days(h.horizonDays());
        sb.append(legend(List.of(
                new String[] {"forecast", "forecast for the next " + horizon + ", made at each close"},
                new String[] {"realised", "realised close-to-close volatility over that " + horizon},
                new String[] {"none", CAP_NOTE})));
        sb.append("<div class=\"grid\" id=\"stock-grid\">\n");
        for (String ticker : shown) {
            int i = h.tickers().indexOf(ticker);
            double[] forecast = h.forecast(i);
            double[] realised = h.realised(i);
            StockPanel p = StockPanel.of(ticker, forecast, realised);
            sb.append("<figure data-ticker=\"").append(HtmlText.escape(ticker)).append("\"><figcaption><b>")
                    .append(HtmlText.escape(ticker)).append("</b>now ").append(Html.percent(p.lastForecast(), 2))
                    .append(" · year: forecast ").append(Html.percent(p.meanForecast(), 2))
                    .append(", realised ").append(Html.percent(p.realised(), 2)).append("</figcaption>");
            List<LineSeries> lines = List.of(
                    new LineSeries("realised", percent(realised), ChartStyle.REALISED, 0.7f),
                    new LineSeries("forecast", percent(forecast), ChartStyle.FORECAST, 1.5f));
            double top = axisTop(forecast, realised);
            sb.append(chart.render(h.dates(), lines, null, false, top, 9, 300, 140, "chart-stock-" + (i + 1)));
            sb.append("</figure>\n");
        }
        return sb.append("</div>\n").toString();
    }

    /**
     * The top of a history chart's y axis, in percent: the 98th percentile of the realised values or 1.25 times the
     * highest forecast, whichever is higher, so that a few extreme days do not flatten the forecast line.
     */
    static double axisTop(double[] forecast, double[] realised) {
        double highest = 0;
        for (double f : forecast) {
            highest = Math.max(highest, f);
        }
        double[] finite = java.util.Arrays.stream(realised).filter(Double::isFinite).sorted().toArray();
        double p98 = finite.length == 0 ? 0 : finite[(int) Math.floor(0.98 * (finite.length - 1))];
        return 100 * Math.max(1.25 * highest, p98) * 1.04;
    }

    static String legend(List<String[]> keys) {
        StringBuilder sb = new StringBuilder("<div class=\"legend\">");
        for (String[] k : keys) {
            sb.append("<span>");
            if (!"none".equals(k[0])) {
                sb.append("<span class=\"key ").append(k[0]).append("\"></span>");
            }
            sb.append(HtmlText.escape(k[1])).append("</span>");
        }
        return sb.append("</div>\n").toString();
    }

    private static double[] percent(double[] fractions) {
        double[] out = new double[fractions.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = 100 * fractions[k];
        }
        return out;
    }
}
