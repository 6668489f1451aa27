package org.lstmrisk.io;

import java.util.regex.Pattern;

/**
 * One field of a CSV file the application writes: quoted per RFC 4180 when it holds a comma, a quote or a line
 * break (quotes doubled), and, when it is text starting with {@code = + - @} (or a tab or carriage return) that
 * is not a plain number, prefixed with a single quote so that a spreadsheet shows it as text instead of running
 * it as a formula ({@code =HYPERLINK(...)} becomes {@code '=HYPERLINK(...)}). Numbers such as {@code -0.25},
 * {@code 1.0E-4} or {@code -Infinity} are written as they are. This class is stateless.
 */
public final class CsvField {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?([eE][-+]?\\d+)?|Infinity|NaN)");

    private CsvField() {
    }

    /** {@code text} as a CSV field; {@code null} is an empty field. */
    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text;
        char first = s.charAt(0);
        if ((first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
                && !NUMBER.matcher(s).matches()) {
            s = "'" + s;
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
