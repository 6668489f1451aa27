package org.lstmrisk.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.lstmrisk.report.document.Document;
import org.lstmrisk.report.document.HtmlRenderer;
import org.lstmrisk.report.html.HtmlText;

/**
 * {@code evaluation.html}: one self-contained page, readable offline, with the pooled table (the same
 * {@link Document} as {@code pooled.md}, rendered as HTML) and every chart inlined as SVG. This class is immutable
 * and thread-safe.
 */
public final class EvaluationHtml {

    private final HtmlRenderer body = new HtmlRenderer();

    /** The page for the pooled table's document {@code pooled} and the charts (file name → SVG bytes). */
    public byte[] render(Document pooled, Map<String, byte[]> charts) {
        var sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>lstm-risk evaluation</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em;max-width:1400px}table{border-collapse:collapse;")
                .append("font-size:12px}td,th{border:1px solid #ccc;padding:3px 6px;text-align:right}")
                .append("td:first-child,th:first-child{text-align:left}figure{margin:1.5em 0}</style></head><body>\n");
        sb.append(body.render(pooled));
        for (var chart : charts.entrySet()) {
            sb.append("<figure>").append(new String(chart.getValue(), StandardCharsets.UTF_8))
                    .append("<figcaption>").append(HtmlText.escapeContent(chart.getKey()))
                    .append("</figcaption></figure>\n");
        }
        sb.append("</body></html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
