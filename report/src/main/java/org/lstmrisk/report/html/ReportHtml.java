package org.lstmrisk.report.html;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.lstmrisk.io.Fingerprints;
import org.lstmrisk.report.ForecastHistory;
import org.lstmrisk.report.RiskReport;

/**
 * Renders {@code report.html}, the page a risk officer reads: headline figures, run details, the limits table,
 * risk contributions, the portfolio's and each stock's forecast history against realised volatility, the
 * correlation heat map and, when the run trained models, their loss curves. The page is self-contained (inline CSS
 * and SVG charts, no network: a content security policy forbids any fetch), prints on A4, and is deterministic: the
 * same inputs give the same bytes (no clock, no random ids, fixed locale).
 * This class is immutable and thread-safe.
 */
public final class ReportHtml {

    private final HeadlineSection headline = new HeadlineSection();
    private final RunDetailsSection details = new RunDetailsSection();
    private final LimitsSection limits = new LimitsSection();
    private final ContributionsSection contributions;
    private final HistorySections history;
    private final CorrelationSection correlation;
    private final TrainingSection training;

    /** A renderer with the standard charts. */
    public ReportHtml() {
        SvgRenderer svg = new SvgRenderer();
        this.contributions = new ContributionsSection(new ContributionChart(svg));
        this.history = new HistorySections(new TimeSeriesChart(svg));
        this.correlation = new CorrelationSection(new CorrelationHeatmap(svg));
        this.training = new TrainingSection(new LossCurveChart(svg));
    }

    /**
     * The UTF-8 bytes of the page.
     *
     * @param report      the run's figures (the same as report.json's)
     * @param forecasts   the forecast history of the run's positions over the last year
     * @param trainedWith the training of the run's neural models, or {@link TrainingHistory#NONE}
     * @throws IllegalArgumentException when the history's positions differ from the report's
     */
    public byte[] render(RiskReport report, ForecastHistory forecasts, TrainingHistory trainedWith) {
        if (!forecasts.tickers().equals(report.universe().tickers())) {
            throw new IllegalArgumentException("the forecast history's tickers " + forecasts.tickers()
                    + " differ from the report's " + report.universe().tickers());
        }
        String title = "Portfolio risk " + report.asOf();
        StringBuilder sb = new StringBuilder(1 << 20);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:; script-src '").append(sha256(LoadProbe.SCRIPT))
                .append("'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"lstm-risk\">\n")
                .append("<title>").append(HtmlText.escape(title)).append(" · lstm-risk</title>\n")
                .append("<style>\n").append(PageStyle.CSS).append("</style>\n")
                .append("<script>").append(LoadProbe.SCRIPT).append("</script>\n")
                .append("</head>\n<body data-load=\"pending\" data-errors=\"0\">\n<main>\n");

        sb.append("<header class=\"top\"><div><h1>").append(HtmlText.escape(title)).append("</h1><div class=\"sub\">")
                .append("model ").append(HtmlText.escape(report.model())).append(" · horizon ")
                .append(HeadlineSection.days(report.horizonDays())).append(" · ")
                .append(report.universe().tickers().size()).append(" positions · ")
                .append(HtmlText.escape(report.data().source())).append("</div></div>")
                .append(limits.badge(report.limits())).append("</header>\n");

        sb.append("<section id=\"summary\">\n").append(headline.render(report))
                .append(details.render(report, historyNote(forecasts))).append("</section>\n");

        open(sb, "limits", "Limits", null);
        for (String warning : report.warnings()) {
            sb.append("<p class=\"note-box\" data-key=\"warning\">Warning: ").append(HtmlText.escape(warning))
                    .append("</p>\n");
        }
        sb.append(limits.render(report.limits())).append("</section>\n");

        open(sb, "contributions", "Risk contributions", "Each position's share of the portfolio's volatility σp: "
                + "its component w<sub>i</sub>(Σw)<sub>i</sub>/σp divided by σp; the shares sum to 100 %. "
                + "A negative share (a hedge) lowers σp.");
        sb.append(contributions.render(report)).append("</section>\n");

        open(sb, "portfolio-history", "Portfolio volatility over the last year",
                "Each day's σp from that day's per-stock forecasts and the " + report.correlationWindowDays()
                        + "-day correlation ending that day, with today's weights, against the realised volatility of the "
                        + "portfolio's daily return (weighted sum of log returns). Models " + HtmlText.escape(historyNote(forecasts)) + ".");
        sb.append(history.portfolio(forecasts)).append("</section>\n");

        open(sb, "stock-history", "Forecast against realised volatility, per stock",
                "Daily volatility in percent over " + forecasts.dates().get(0) + " to "
                        + forecasts.dates().get(forecasts.size() - 1) + ". The realised value is not known yet for the last "
                        + HeadlineSection.days(forecasts.horizonDays()) + ". Captions: today's forecast, and over the year "
                        + "the root mean square of the forecasts and of the realised values.");
        sb.append(report.universe().tickers().size() > HistorySections.MAX_PANELS
                ? history.stocks(forecasts, ContributionsSection.topContributors(report, HistorySections.LARGE_BOOK_PANELS))
                : history.stocks(forecasts)).append("</section>\n");

        open(sb, "correlation", "Correlation", null);
        sb.append(correlation.render(report)).append("</section>\n");

        if (!trainedWith.isEmpty()) {
            open(sb, "training", "Training loss", "Loss per epoch of each model trained in this run.");
            sb.append(training.render(trainedWith)).append("</section>\n");
        }

        sb.append("<footer>lstm-risk report for ").append(report.asOf()).append(". The figures are those of report.json "
                + "in the same folder, which is the contract for other systems; this page shows them in percent.</footer>\n");
        sb.append("</main>\n</body>\n</html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String historyNote(ForecastHistory h) {
        String first = h.model().split("\\+")[0];
        boolean neural = first.equals("lstm") || first.equals("rnn");
        String inSample = "today's model (trained on data up to " + h.dates().get(h.dates().size() - 1) + ") applied to "
                + "each past day's window: an in-sample view of its fit, not a record of earlier forecasts";
        String outOfSample = "fitted on data up to " + h.dates().get(0) + ", then updated one day at a time as in the "
                + "nightly run (no refit)";
        if (neural && first.equals(h.model())) {
            return inSample + "; lstm-risk evaluate measures it out of sample";
        }
        if (neural) {
            return "the " + first + " part is " + inSample + "; the other parts are " + outOfSample
                    + "; each day combined as in the run; lstm-risk evaluate measures it out of sample";
        }
        return outOfSample;
    }

    private static void open(StringBuilder sb, String id, String heading, String explanationHtml) {
        sb.append("<section id=\"").append(id).append("\">\n<h2>").append(HtmlText.escape(heading)).append("</h2>\n");
        if (explanationHtml != null) {
            sb.append("<p class=\"explain\">").append(explanationHtml).append("</p>\n");
        }
    }

    private static String sha256(String script) {
        return "sha256-" + Base64.getEncoder().encodeToString(
                Fingerprints.digest(script.getBytes(StandardCharsets.UTF_8)));
    }
}
