package org.lstmrisk.experiments;

import java.util.Map;
import org.lstmrisk.report.document.Document;
import org.lstmrisk.report.document.HtmlRenderer;
import org.lstmrisk.report.html.HtmlText;

/**
 * A small self-contained HTML page: a title, the experiment's {@link Document} (the same one its Markdown is written
 * from) rendered as HTML, then the charts inlined as SVG. Stateless.
 */
public final class ExperimentPage {

    private final HtmlRenderer body = new HtmlRenderer();

    /** The page titled {@code title} with {@code document} and {@code charts} (caption → SVG element), in order. */
    public String render(String title, Document document, Map<String, String> charts) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(HtmlText.escapeContent(title))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:1200px;margin:1em auto;padding:0 1em}"
                        + "table{border-collapse:collapse;font-size:13px;margin:.5em 0}"
                        + "td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}"
                        + "td:first-child,th:first-child{text-align:left}"
                        + "figure{margin:1em 0}svg{max-width:100%;height:auto}</style></head><body>\n");
        sb.append("<h1>").append(HtmlText.escapeContent(title)).append("</h1>\n").append(body.render(document));
        for (Map.Entry<String, String> c : charts.entrySet()) {
            sb.append("<figure><figcaption>").append(HtmlText.escapeContent(c.getKey())).append("</figcaption>\n")
                    .append(c.getValue()).append("</figure>\n");
        }
        return sb.append("</body></html>\n").toString();
    }
}
