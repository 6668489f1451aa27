package org.lstmrisk.experiments;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lstmrisk.report.document.Document;
import org.lstmrisk.report.document.MarkdownRenderer;

/**
 * The files of {@code lstm-risk experiment sp500}: {@code sp500.json}, {@code sp500.md}, one SVG per prediction
 * mode and {@code sp500.html} inlining them. Stateless.
 */
public final class Sp500Files {

    private final Sp500Tables tables;
    private final ExperimentCharts charts;
    private final ExperimentJson json;
    private final ExperimentPage page;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /** Files built from these collaborators. */
    public Sp500Files(Sp500Tables tables, ExperimentCharts charts, ExperimentJson json, ExperimentPage page) {
        this.tables = tables;
        this.charts = charts;
        this.json = json;
        this.page = page;
    }

    /** File name → bytes, in a fixed order. */
    public Map<String, byte[]> files(Sp500Result result) {
        Document document = tables.document(result);
        String md = markdown.render(document);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("sp500.json", json.write("sp500", result));
        files.put("sp500.md", md.getBytes(StandardCharsets.UTF_8));
        Map<String, String> svgs = new LinkedHashMap<>();
        for (PredictionModeResult m : result.modes()) {
            String svg = charts.predictions("S&P 500 test slice: " + m.mode(), m, "pred-" + m.mode());
            svgs.put(m.mode(), svg);
            files.put("prediction-" + m.mode() + ".svg", svg.getBytes(StandardCharsets.UTF_8));
        }
        files.put("sp500.html", page.render("S&P 500 window normalisation", document, svgs)
                .getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
