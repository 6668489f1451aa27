package org.lstmrisk.report.document;

import java.util.List;
import org.lstmrisk.report.html.HtmlText;

/**
 * A {@link Document} as an HTML fragment for a page's body: {@code <h1>}–{@code <h3>}, {@code <p>}, a bullet list as
 * its lead paragraph and {@code <ul>}, a table as {@code <table>} with the header in {@code <th>} cells; bold as
 * {@code <b>}; all text escaped by {@link HtmlText#escapeContent}. One element per line. Stateless.
 */
public final class HtmlRenderer {

    /** The HTML of {@code document}. */
    public String render(Document document) {
        StringBuilder sb = new StringBuilder();
        for (Block b : document.blocks()) {
            if (b instanceof Block.Heading h) {
                sb.append("<h").append(h.level()).append('>').append(inline(h.text()))
                        .append("</h").append(h.level()).append(">\n");
            } else if (b instanceof Block.Paragraph p) {
                paragraph(sb, p.text());
            } else if (b instanceof Block.Bullets l) {
                paragraph(sb, l.lead());
                sb.append("<ul>\n");
                for (Text item : l.items()) {
                    sb.append("<li>").append(inline(item)).append("</li>\n");
                }
                sb.append("</ul>\n");
            } else if (b instanceof Block.Table t) {
                sb.append("<table>\n<tr>");
                for (String h : t.header()) {
                    sb.append("<th>").append(HtmlText.escapeContent(h)).append("</th>");
                }
                sb.append("</tr>\n");
                for (List<Text> row : t.rows()) {
                    sb.append("<tr>");
                    for (Text c : row) {
                        sb.append("<td>").append(inline(c)).append("</td>");
                    }
                    sb.append("</tr>\n");
                }
                sb.append("</table>\n");
            }
        }
        return sb.toString();
    }

    private static void paragraph(StringBuilder sb, Text text) {
        sb.append("<p>").append(inline(text)).append("</p>\n");
    }

    private static String inline(Text text) {
        StringBuilder sb = new StringBuilder();
        for (Text.Run r : text.runs()) {
            String s = HtmlText.escapeContent(r.text());
            sb.append(r.bold() ? "<b>" + s + "</b>" : s);
        }
        return sb.toString();
    }
}
