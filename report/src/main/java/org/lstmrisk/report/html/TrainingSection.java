package org.lstmrisk.report.html;

/**
 * The training section, present only when the run trained models: one small loss-per-epoch chart per trained
 * model. This class is immutable and thread-safe.
 */
final class TrainingSection {

    private final LossCurveChart chart;

    /** A section drawn with {@code chart}. */
    TrainingSection(LossCurveChart chart) {
        this.chart = chart;
    }

    /** The section body; empty when {@code training} is empty. */
    String render(TrainingHistory training) {
        if (training.isEmpty()) {
            return "";
        }
        boolean validation = training.curves().stream().anyMatch(c -> c.validationLoss().length > 0);
        StringBuilder sb = new StringBuilder();
        sb.append(HistorySections.legend(validation
                ? java.util.List.of(new String[] {"forecast", "training loss"}, new String[] {"validation", "validation loss"})
                : java.util.List.<String[]>of(new String[] {"forecast", "training loss"})));
        sb.append("<div class=\"grid\" id=\"training-grid\">\n");
        int i = 0;
        for (LossCurve c : training.curves()) {
            i++;
            double[] t = c.trainingLoss();
            sb.append("<figure data-ticker=\"").append(HtmlText.escape(c.ticker())).append("\"><figcaption><b>")
                    .append(HtmlText.escape(c.ticker())).append("</b>").append(c.epochs()).append(" epochs, final training loss ")
                    .append(String.format(java.util.Locale.ROOT, "%.3g", t[t.length - 1])).append("</figcaption>")
                    .append(chart.render(c, 300, 140, "chart-loss-" + i)).append("</figure>\n");
        }
        return sb.append("</div>\n").toString();
    }
}
