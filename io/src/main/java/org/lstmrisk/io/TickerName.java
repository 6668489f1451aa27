package org.lstmrisk.io;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for a ticker symbol read from a file or given on the command line. A ticker becomes part of file
 * names in the state folder ({@code models/gNNNNNN/lstm/<TICKER>.model}), of CSV files and of the HTML report,
 * so it is checked at the edge where it is read: 1 to {@value #MAX_LENGTH} characters, each an ASCII letter, a
 * digit or one of {@code . - _ ^ =}, the first a letter, a digit or {@code ^} (so {@code ^GSPC}, {@code BRK-B},
 * {@code 000001.SS} and {@code EURUSD=X} are tickers; {@code ..}, {@code a/b}, {@code /etc/passwd}, a name with
 * a space or a control character, or one starting with {@code = + - @} is not). This class is stateless.
 */
public final class TickerName {

    /** The longest ticker accepted, in characters. */
    public static final int MAX_LENGTH = 32;

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9^][A-Za-z0-9._^=-]{0," + (MAX_LENGTH - 1) + "}");

    private TickerName() {
    }

    /** Why {@code ticker} is not a valid ticker, or empty when it is. */
    public static Optional<String> problem(String ticker) {
        if (ticker == null || ticker.isEmpty()) {
            return Optional.of("blank ticker");
        }
        if (VALID.matcher(ticker).matches()) {
            return Optional.empty();
        }
        return Optional.of("invalid ticker '" + printable(ticker) + "': a ticker is 1 to " + MAX_LENGTH
                + " characters, letters, digits and . - _ ^ =, starting with a letter, a digit or ^");
    }

    /** {@code text} cut to 40 characters with control characters shown as {@code ?}, for a one-line message. */
    public static String printable(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        StringBuilder sb = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? '?' : c));
        return sb.toString();
    }
}
