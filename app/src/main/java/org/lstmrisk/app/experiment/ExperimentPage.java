package org.lstmrisk.app.experiment;

import java.util.Map;

/**
 * A small self-contained HTML page: the Markdown report as preformatted text and the charts inlined as SVG.
 * Stateless.
 */
public final class ExperimentPage {

    /** The page titled {@code title} with {@code markdown} and {@code charts} (caption → SVG element), in order. */
    public String render(String title, String markdown, Map<String, String> charts) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:1100px;margin:1em auto;padding:0 1em}"
                        + "pre{font-size:12px;overflow-x:auto;background:#f6f6f6;padding:.5em}"
                        + "figure{margin:1em 0}svg{max-width:100%;height:auto}</style></head><body>\n");
        sb.append("<h1>").append(escape(title)).append("</h1>\n<pre>").append(escape(markdown)).append("</pre>\n");
        for (Map.Entry<String, String> c : charts.entrySet()) {
            sb.append("<figure><figcaption>").append(escape(c.getKey())).append("</figcaption>\n")
                    .append(c.getValue()).append("</figure>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
