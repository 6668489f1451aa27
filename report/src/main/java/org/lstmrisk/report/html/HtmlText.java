package org.lstmrisk.report.html;

/**
 * The one HTML escaper of the project: every page (report.html, evaluation.html, the experiment pages) escapes its
 * text here. Stateless.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /**
     * {@code text} escaped for element content and double-quoted attribute values: {@code & < > " '} become
     * entities.
     */
    public static String escape(String text) {
        return escape(text, true);
    }

    /**
     * {@code text} escaped for element content only: {@code & < >} become entities, quotes stay as written. Not for
     * attribute values.
     */
    public static String escapeContent(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean quotes) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(quotes ? "&quot;" : "\"");
                case '\'' -> sb.append(quotes ? "&#39;" : "'");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
