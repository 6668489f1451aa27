package org.lstmrisk.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small self-contained HTML page: the Markdown report (headings, paragraphs, bullet lists and pipe tables, which is
 * all the experiments write) rendered as HTML, then the charts inlined as SVG. Stateless.
 */
public final class ExperimentPage {

    /** The page titled {@code title} with {@code markdown} and {@code charts} (caption → SVG element), in order. */
    public String render(String title, String markdown, Map<String, String> charts) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:1200px;margin:1em auto;padding:0 1em}"
                        + "table{border-collapse:collapse;font-size:13px;margin:.5em 0}"
                        + "td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}"
                        + "td:first-child,th:first-child{text-align:left}"
                        + "figure{margin:1em 0}svg{max-width:100%;height:auto}</style></head><body>\n");
        sb.append("<h1>").append(escape(title)).append("</h1>\n").append(html(markdown));
        for (Map.Entry<String, String> c : charts.entrySet()) {
            sb.append("<figure><figcaption>").append(escape(c.getKey())).append("</figcaption>\n")
                    .append(c.getValue()).append("</figure>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    /** The subset of Markdown the experiments write, as HTML. */
    static String html(String markdown) {
        StringBuilder sb = new StringBuilder();
        List<String> table = new ArrayList<>();
        boolean list = false;
        for (String line : (markdown + "\n").split("\n", -1)) {
            if (line.startsWith("|")) {
                table.add(line);
                continue;
            }
            if (!table.isEmpty()) {
                sb.append(table(table));
                table.clear();
            }
            boolean item = line.startsWith("- ");
            if (list && !item) {
                sb.append("</ul>\n");
                list = false;
            }
            if (item) {
                if (!list) {
                    sb.append("<ul>\n");
                    list = true;
                }
                sb.append("<li>").append(inline(line.substring(2))).append("</li>\n");
            } else if (line.startsWith("### ")) {
                sb.append("<h3>").append(inline(line.substring(4))).append("</h3>\n");
            } else if (line.startsWith("## ")) {
                sb.append("<h2>").append(inline(line.substring(3))).append("</h2>\n");
            } else if (!line.isBlank()) {
                sb.append("<p>").append(inline(line)).append("</p>\n");
            }
        }
        return sb.toString();
    }

    private static String table(List<String> rows) {
        StringBuilder sb = new StringBuilder("<table>\n");
        for (int r = 0; r < rows.size(); r++) {
            String row = rows.get(r).trim();
            if (row.startsWith("|---") || row.startsWith("|:--")) {
                continue;
            }
            String[] cells = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length()).split("\\|", -1);
            String tag = r == 0 ? "th" : "td";
            sb.append("<tr>");
            for (String cell : cells) {
                sb.append('<').append(tag).append('>').append(inline(cell.trim())).append("</").append(tag).append('>');
            }
            sb.append("</tr>\n");
        }
        return sb.append("</table>\n").toString();
    }

    private static String inline(String s) {
        return escape(s).replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
