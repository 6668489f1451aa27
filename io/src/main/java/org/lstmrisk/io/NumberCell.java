package org.lstmrisk.io;

/**
 * Parses a numeric CSV cell strictly: an optional sign, digits with an optional decimal point, an optional
 * exponent; nothing else ({@code NaN}, {@code Infinity}, hex or a {@code d}/{@code f} suffix are refused).
 * Checks the syntax before parsing so that the happy path throws no exceptions.
 */
final class NumberCell {

    private NumberCell() {
    }

    /**
     * The number in data row {@code row}, column {@code column} of {@code table}.
     *
     * @throws DataInputException naming the cell when it is empty, {@code null}, {@code NaN}, not a number,
     *                            or too large to be finite
     */
    static double parse(CsvTable table, int row, int column) throws DataInputException {
        String cell = table.cell(row, column);
        if (!isDecimal(cell)) {
            throw table.error(row, column, whyNotANumber(cell));
        }
        double v = exactFastPath(cell);
        if (Double.isNaN(v)) {
            v = Double.parseDouble(cell);
        }
        if (!Double.isFinite(v)) {
            throw table.error(row, column, "'" + cell + "' is not a finite number");
        }
        return v;
    }

    private static String whyNotANumber(String cell) {
        if (cell.isEmpty()) {
            return "empty cell, expected a number";
        }
        if (cell.equalsIgnoreCase("null")) {
            return "'" + cell + "' cell, expected a number";
        }
        if (cell.equalsIgnoreCase("nan")) {
            return "NaN, expected a number";
        }
        if (cell.toLowerCase(java.util.Locale.ROOT).contains("inf")) {
            return "'" + cell + "' is not a finite number";
        }
        return "'" + cell + "' is not a number";
    }

    /** True for {@code [+-]?(digits[.digits?]|.digits)([eE][+-]?digits)?}. */
    static boolean isDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22};

    /**
     * The value of a cell that {@link #isDecimal} accepted, when it is {@code [+-]?digits[.digits]} whose digits
     * (leading zeros aside) make an integer m ≤ 2⁵³ with at most 22 decimals: then m and 10^k are exact doubles and
     * one division rounds correctly, so the result is {@link Double#parseDouble}'s to the bit (Clinger's fast
     * path). NaN for any other cell (an exponent, more digits), which the caller parses the general way.
     */
    static double exactFastPath(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long mantissa = 0;
        int decimals = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                point = true;
                continue;
            }
            if (!isDigit(c)) {
                return Double.NaN; // an exponent
            }
            mantissa = mantissa * 10 + (c - '0');
            if (mantissa > (1L << 53)) {
                return Double.NaN;
            }
            if (point) {
                decimals++;
            }
        }
        if (decimals >= POWERS_OF_TEN.length) {
            return Double.NaN;
        }
        double v = mantissa / POWERS_OF_TEN[decimals];
        return negative ? -v : v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
