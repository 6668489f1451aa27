package org.lstmrisk.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code evaluation.html}: one self-contained page, readable offline, with the pooled table (the Markdown rendered as
 * an HTML table) and every chart inlined as SVG. This class is immutable and thread-safe.
 */
public final class EvaluationHtml {

    /** The page for the pooled Markdown {@code pooledMarkdown} and the charts (file name → SVG bytes). */
    public byte[] render(byte[] pooledMarkdown, Map<String, byte[]> charts) {
        var sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>lstm-risk evaluation</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em;max-width:1400px}table{border-collapse:collapse;")
                .append("font-size:12px}td,th{border:1px solid #ccc;padding:3px 6px;text-align:right}")
                .append("td:first-child,th:first-child{text-align:left}figure{margin:1.5em 0}</style></head><body>\n");
        boolean inTable = false;
        for (String line : new String(pooledMarkdown, StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("|---")) {
                continue;
            }
            if (line.startsWith("|")) {
                String tag = inTable ? "td" : "th";
                if (!inTable) {
                    sb.append("<table>\n");
                    inTable = true;
                }
                sb.append("<tr>");
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                for (String c : cells) {
                    sb.append('<').append(tag).append('>').append(escape(c.trim())).append("</").append(tag).append('>');
                }
                sb.append("</tr>\n");
                continue;
            }
            if (inTable) {
                sb.append("</table>\n");
                inTable = false;
            }
            if (line.startsWith("# ")) {
                sb.append("<h1>").append(escape(line.substring(2))).append("</h1>\n");
            } else if (!line.isBlank()) {
                sb.append("<p>").append(escape(line).replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>")).append("</p>\n");
            }
        }
        if (inTable) {
            sb.append("</table>\n");
        }
        for (var chart : charts.entrySet()) {
            sb.append("<figure>").append(new String(chart.getValue(), StandardCharsets.UTF_8))
                    .append("<figcaption>").append(escape(chart.getKey())).append("</figcaption></figure>\n");
        }
        sb.append("</body></html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
