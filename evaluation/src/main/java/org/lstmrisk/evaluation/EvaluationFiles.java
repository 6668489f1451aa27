package org.lstmrisk.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lstmrisk.report.document.Document;
import org.lstmrisk.report.document.MarkdownRenderer;

/**
 * Renders every file of an evaluation folder, name → bytes, in a fixed order: {@code evaluation.json},
 * {@code pooled.md}, {@code pooled.csv}, {@code per-ticker.csv}, {@code forecasts.csv}, {@code portfolio.csv}, the
 * {@code chart-*.svg} files and {@code evaluation.html}. This class is immutable and thread-safe.
 */
public final class EvaluationFiles {

    private final EvaluationJson json = new EvaluationJson();
    private final PooledTable pooled = new PooledTable();
    private final PerTickerCsv perTicker = new PerTickerCsv();
    private final ForecastSeriesCsv forecasts = new ForecastSeriesCsv();
    private final PortfolioSeriesCsv portfolio = new PortfolioSeriesCsv();
    private final EvaluationCharts charts = new EvaluationCharts();
    private final EvaluationHtml html = new EvaluationHtml();
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /** The files of {@code e}. */
    public Map<String, byte[]> render(Evaluation e) {
        var files = new LinkedHashMap<String, byte[]>();
        files.put("evaluation.json", json.render(e));
        Document page = pooled.document(e);
        files.put("pooled.md", markdown.render(page).getBytes(StandardCharsets.UTF_8));
        files.put("pooled.csv", pooled.csv(e));
        files.put("per-ticker.csv", perTicker.render(e));
        files.put("forecasts.csv", forecasts.render(e));
        files.put("portfolio.csv", portfolio.render(e));
        Map<String, byte[]> svg = charts.render(e);
        files.putAll(svg);
        files.put("evaluation.html", html.render(page, svg));
        return files;
    }
}
