package org.lstmrisk.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lstmrisk.report.RiskReport;
import org.lstmrisk.portfolio.PortfolioRisk;

/**
 * The headline cards: σp a day and annualised, VaR at each level and ES at each level, in percent of portfolio
 * value. This class is immutable and thread-safe.
 */
final class HeadlineSection {

    /** The figures of {@code report}, in display order. */
    List<HeadlineFigure> figures(RiskReport report) {
        PortfolioRisk risk = report.risk();
        String over = "over " + days(report.horizonDays())
                + (report.var().method().equals("normal") ? "" : " (" + report.var().method() + ")");
        var out = new ArrayList<HeadlineFigure>();
        out.add(new HeadlineFigure("volatility", "Portfolio volatility", risk.volatility(),
                Html.percent(risk.volatility(), 3), "σp, daily, forecast for the next " + days(report.horizonDays())));
        out.add(new HeadlineFigure("volatilityAnnualized", "Annualised volatility", risk.volatilityAnnualized(),
                Html.percent(risk.volatilityAnnualized(), 2), "σp × √252"));
        for (Map.Entry<Double, Double> e : risk.valueAtRisk().entrySet()) {
            String level = Html.level(e.getKey());
            out.add(new HeadlineFigure("var" + level, "VaR " + level + " %", e.getValue(),
                    Html.percent(e.getValue(), 3), "of portfolio value " + over));
        }
        for (Map.Entry<Double, Double> e : risk.expectedShortfall().entrySet()) {
            String level = Html.level(e.getKey());
            out.add(new HeadlineFigure("es" + level, "ES " + level + " %", e.getValue(),
                    Html.percent(e.getValue(), 3), "expected shortfall, " + over));
        }
        return out;
    }

    /** The cards' HTML. */
    String render(RiskReport report) {
        StringBuilder sb = new StringBuilder("<div class=\"cards\" id=\"headline\">\n");
        for (HeadlineFigure f : figures(report)) {
            sb.append("<div class=\"card\" data-key=\"").append(HtmlText.escape(f.key()))
                    .append("\" data-value=\"").append(f.value()).append("\">")
                    .append("<div class=\"label\">").append(HtmlText.escape(f.label())).append("</div>")
                    .append("<div class=\"value\">").append(HtmlText.escape(f.text())).append("</div>")
                    .append("<div class=\"note\">").append(HtmlText.escape(f.note())).append("</div></div>\n");
        }
        return sb.append("</div>\n").toString();
    }

    static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
